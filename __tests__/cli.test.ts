// The CLI as a user meets it: --help that lists what the parser takes, bad
// input answered in JSON and in the result file too, a result file that
// cannot be written, a runtime named twice.
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { run as runAction } from '../src/action/run.js'
import { helpText } from '../src/cli/help.js'
import { InputError, parsePlan } from '../src/inputs/plan.js'
import { ALL_PROBES, PROBE_SETS } from '../src/probes/index.js'
import { INTERPRETER_ORDER, RUNTIMES, RUNTIME_IDS } from '../src/runtimes/index.js'
import { runActionInProcess } from './helpers/action.js'
import { cliInProcess } from './helpers/cli.js'
import { tempDir } from './helpers/fake-runtimes.js'
import { schemaErrors } from './helpers/schema.js'

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'))

/** The problems parsePlan finds in these flags' values, none when it takes them. */
function problemsWith(raw: Parameters<typeof parsePlan>[0]): string[] {
  try {
    parsePlan(
      raw,
      () => '',
      (key) => key
    )
    return []
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
}

/** The text of the help's `Values:` section under `name`, up to the next name as far in or further out. */
function valuesOf(help: string, name: string, indent = 2): string {
  const section = help.slice(help.indexOf('\nValues:\n'), help.indexOf('\nEnvironment:\n'))
  const lines = section.split('\n')
  const start = lines.findIndex((line) => line.startsWith(`${' '.repeat(indent)}${name} `))
  const end = lines.findIndex((line, at) => at > start && new RegExp(`^ {0,${indent}}\\S`).test(line))
  return lines
    .slice(start, end === -1 ? undefined : end)
    .map((line) => line.trim())
    .join(' ')
    .slice(name.length)
    .trim()
}

describe('--help', () => {
  const help = helpText()

  test('lists every runtime (aliases too), probe set and probe id, native mode, and the token variables', () => {
    for (const spec of RUNTIMES) {
      expect(help).toContain(spec.id)
      for (const alias of ('aliases' in spec ? spec.aliases : undefined) ?? []) expect(help).toContain(alias)
    }
    for (const set of PROBE_SETS.keys()) expect(valuesOf(help, set, 4)).not.toBe('')
    expect([...PROBE_SETS.keys()]).toEqual(expect.arrayContaining(['component', 'component-0.3']))
    for (const probe of ALL_PROBES) expect(help).toMatch(new RegExp(`[ :,]${probe.id}(,|$)`, 'm'))
    expect(valuesOf(help, 'native')).toContain(INTERPRETER_ORDER.join(', '))
    expect(valuesOf(help, 'native')).toContain('unregister')
    expect(help).toContain('$GITHUB_TOKEN, $GH_TOKEN')
    expect(help.split('\n').filter((line) => line.length > 80)).toEqual([])
  })

  test('what it lists is what the parser takes: every runtime, probe set and probe id it names is accepted', () => {
    const words = (text: string) => text.split(/[\s,:()]+/).filter((word) => /^[a-z][\w.-]*$/.test(word))
    const runtimes = words(valuesOf(help, 'runtimes')).filter(
      (word) => !['all', 'the', 'default', 'or', 'any', 'of'].includes(word)
    )
    expect(new Set(runtimes)).toEqual(new Set([...RUNTIME_IDS, 'iwasm']))
    expect(problemsWith({ runtimes: runtimes.join(' ').replace('iwasm', '') })).toEqual([])
    expect(problemsWith({ runtimes: 'iwasm' })).toEqual([])
    for (const set of PROBE_SETS.keys()) {
      const [, ids = ''] = valuesOf(help, set, 4).split(/: (?=[a-z])/)
      if (set !== 'all') expect(words(ids)).toEqual(PROBE_SETS.get(set)!.map((probe) => probe.id))
      expect(problemsWith({ probes: [set, ...words(ids)].join(' ') })).toEqual([])
    }
  })

  test('is what `wasi-probe --help` prints', async () => {
    const run = await cliInProcess(['--help'])
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(`${helpText()}\n`)
  })
})

describe('bad input', () => {
  test('--json prints a JSON error object, and --result-path gets it too, under the label asked for', async () => {
    const path = join(tempDir(), 'result.json')
    const run = await cliInProcess([
      '--runtimes',
      'bogus',
      '--label',
      'windows-x64',
      '--json',
      '--result-path',
      path
    ])
    expect(run.status).toBe(2)
    const printed = JSON.parse(run.stdout)
    expect(printed.error).toMatch(/^--runtimes has "bogus", not a known runtime\. Accepted: native, node/)
    expect(printed.host.label).toBe('windows-x64')
    expect(printed.runtimes).toEqual([])
    expect(schemaErrors(printed)).toEqual([])
    expect(readJson(path)).toEqual(printed)
    // Said once on stderr too, without a stack.
    expect(run.stderr).toBe(`wasi-probe: ${printed.error}\n`)
  })

  test('an unknown flag: the same, the flag named; a label with a line break is not used', async () => {
    const path = join(tempDir(), 'result.json')
    const run = await cliInProcess(['--runtime', 'node', '--label', 'a\nb', '--json', '--result-path', path])
    expect(run.status).toBe(2)
    const printed = JSON.parse(run.stdout)
    expect(printed.error).toMatch(/'--runtime'/)
    expect(printed.host.label).not.toContain('\n')
    expect(readJson(path)).toEqual(printed)
    expect(run.stderr).toContain("Try 'wasi-probe --help'.")
  })

  test('without --json or --result-path, only the message', async () => {
    const run = await cliInProcess(['--timeout', 'soon'])
    expect([run.status, run.stdout]).toEqual([2, ''])
    expect(run.stderr).toMatch(/^wasi-probe: --timeout is "soon"\. Accepted: a number of seconds/)
  })

  test('a runtime named twice is an input error, in the CLI and in the action', async () => {
    const cli = await cliInProcess(['--install', '--runtimes', 'wasmtime@47.0.0, wasmtime@48.0.0'])
    expect(cli.status).toBe(2)
    expect(cli.stderr).toContain(
      'wasi-probe: --runtimes names wasmtime more than once ("wasmtime@47.0.0", "wasmtime@48.0.0")'
    )
    const action = await runActionInProcess(runAction, {
      runtimes: 'wasmtime@47.0.0, wasmtime@48.0.0',
      install: 'true'
    })
    expect(action.status).toBe(1)
    expect(action.stdout).toMatch(
      /^::error::Input 'runtimes' names wasmtime more than once \("wasmtime@47\.0\.0", "wasmtime@48\.0\.0"\)/m
    )
  })
})

test('a result path that cannot be written: the table is printed all the same, and the exit status says so', async () => {
  const directory = join(tempDir(), 'taken')
  mkdirSync(directory)
  const run = await cliInProcess(['--runtimes', 'node', '--result-path', directory])
  expect(run.status).toBe(1)
  expect(run.stdout).toMatch(/^node\s+\S+\s+path\s+✅\s+✅\s+✅\s+pass$/m)
  expect(run.stderr).toContain(`wasi-probe: could not write the result file ${directory}: `)
})
