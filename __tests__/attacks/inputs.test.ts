// Attacks through values: input values named like Object.prototype's own
// properties, and numbers no run can use. Each is an input error naming the
// value, never a crash, and never taken for something it is not.
import { join } from 'node:path'
import { run as runCli } from '../../src/cli/run.js'
import { InputError, parsePlan, type RawInputs } from '../../src/inputs/plan.js'
import { loadTests } from '../../src/probes/suites/load.js'
import { selectProbes } from '../../src/probes/index.js'
import { tempDir } from '../helpers/fake-runtimes.js'
import { printing, writeSuite } from '../helpers/test-modules.js'

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']

function problemsOf(raw: RawInputs): string[] {
  try {
    parsePlan(
      raw,
      () => '/tmp/result.json',
      (key) => `Input '${key}'`
    )
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  return []
}

describe('names of Object.prototype properties', () => {
  test.each(PROTOTYPE_NAMES)('probes: %s is an input error naming it', (name) => {
    expect(problemsOf({ probes: name })).toEqual([
      expect.stringContaining(`Input 'probes' has "${name.toLowerCase()}", not a probe set or probe id`)
    ])
  })

  test.each(PROTOTYPE_NAMES)('runtimes: %s is an input error naming it', (name) => {
    expect(problemsOf({ runtimes: name })).toEqual([
      expect.stringContaining(`Input 'runtimes' has "${name.toLowerCase()}", not a known runtime`)
    ])
  })

  test('the probe selection takes only its own set names', () => {
    expect(selectProbes(['constructor']).map((p) => p.id)).toEqual(selectProbes([]).map((p) => p.id))
  })

  test.each(PROTOTYPE_NAMES)('a kill with the signal %s is a spec error naming it', async (name) => {
    const suite = await writeSuite(join(tempDir(), 'suite'), {
      t: {
        module: printing(''),
        spec: { operations: [{ type: 'run' }, { type: 'kill', signal: name }, { type: 'wait' }] }
      }
    })
    const loaded = await loadTests([suite])
    expect(loaded.problems).toEqual([
      expect.stringMatching(new RegExp(`t\\.json: operation 2: unknown signal ${name}`))
    ])
  })

  test('the CLI: --probes constructor is a message and exit status 2, not a crash', async () => {
    let err = ''
    const status = await runCli(
      ['--probes', 'constructor'],
      { write: () => true },
      { write: (t: string) => (err += t) }
    )
    expect(status).toBe(2)
    expect(err).toContain('--probes has "constructor", not a probe set or probe id')
  })
})

describe('numbers no run can use', () => {
  test.each(['0.0001', '0.0009', '0'])(
    'timeout %s (under a millisecond) is an input error naming it',
    (timeout) => {
      expect(problemsOf({ timeout })).toEqual([
        expect.stringContaining(
          `Input 'timeout' is "${timeout}". Accepted: a number of seconds per module run, from 0.001`
        )
      ])
    }
  )

  test('timeout 0.001 is taken', () => {
    expect(problemsOf({ timeout: '0.001' })).toEqual([])
  })

  test.each([256, -65, 1e9])('exit_code %s is a spec error naming it', async (code) => {
    const suite = await writeSuite(join(tempDir(), 'suite'), {
      legacy: { module: printing(''), spec: { exit_code: code } },
      operations: {
        module: printing(''),
        spec: { operations: [{ type: 'run' }, { type: 'wait', exit_code: code }] }
      }
    })
    const loaded = await loadTests([suite])
    expect(loaded.problems).toEqual([
      expect.stringContaining(`legacy.json: "exit_code" is ${code}; accepted: 0 to 255, or -1 to -64`),
      expect.stringContaining(`operations.json: operation 2 "exit_code" is ${code}; accepted: 0 to 255`)
    ])
  })

  test.each([0, 255, -9])(
    'exit_code %s is taken (what a process can end with, as Python reports it)',
    async (code) => {
      const suite = await writeSuite(join(tempDir(), 'suite'), {
        t: { module: printing(''), spec: { exit_code: code } }
      })
      expect((await loadTests([suite])).problems).toEqual([])
    }
  )
})

describe('a malformed URL with a password', () => {
  test.each(['download-url', 'github-api-url'] as const)(
    '%s: the message names the input without the password',
    (name) => {
      const key = name === 'download-url' ? 'downloadUrl' : 'githubApiUrl'
      const problems = problemsOf({ install: 'true', [key]: 'https://user:s3cret-pass@[not-a-host' })
      expect(problems).toEqual([expect.stringContaining(`Input '${key}' is "https://***@[not-a-host"`)])
      expect(problems.join('\n')).not.toContain('s3cret-pass')
    }
  )
})
