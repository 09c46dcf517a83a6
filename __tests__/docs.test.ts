// The README documents exactly the inputs and outputs the action files declare.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { type InputDeclaration, PROBE_INPUTS, REPORT_INPUTS } from '../src/inputs/declared.js'
import { InputError, parsePlan, type RawInputs } from '../src/inputs/plan.js'

/** Names declared under `inputs:` or `outputs:` in an action.yml (two-space indented keys). */
function declared(actionFile: string, section: 'inputs' | 'outputs'): string[] {
  const text = readFileSync(actionFile, 'utf8')
  const start = text.indexOf(`\n${section}:\n`)
  const rest = text.slice(start + section.length + 3)
  const end = rest.search(/\n\S/)
  return [...(end >= 0 ? rest.slice(0, end) : rest).matchAll(/^ {2}([\w-]+):/gm)].map((m) => m[1]).sort()
}

/** The first-column names of the table under `heading` in the README. */
function documented(heading: string): string[] {
  const readme = readFileSync('README.md', 'utf8')
  const start = readme.indexOf(`\n${heading}\n`)
  expect(start).toBeGreaterThan(-1)
  const rest = readme.slice(start + heading.length + 2)
  const table = rest.slice(rest.indexOf('\n|'), rest.search(/\n\n(?!\|)/) + 1)
  return [...table.matchAll(/^\| `([\w-]+)`/gm)].map((m) => m[1]).sort()
}

test.each([
  ['action.yml', 'inputs', '## Inputs'],
  ['action.yml', 'outputs', '## Outputs'],
  ['report/action.yml', 'inputs', '### Report inputs'],
  ['report/action.yml', 'outputs', '### Report outputs']
] as const)('%s %s are the README table under "%s"', (file, section, heading) => {
  const names = declared(file, section)
  expect(names.length).toBeGreaterThan(4)
  expect(documented(heading)).toEqual(names)
})

/** Input name → default, as an action.yml declares them. */
function declaredDefaults(actionFile: string): Record<string, string> {
  const text = readFileSync(actionFile, 'utf8')
  const start = text.indexOf('\ninputs:\n')
  const section = text.slice(start, text.indexOf('\noutputs:\n'))
  const defaults: Record<string, string> = {}
  for (const [, name, body] of section.matchAll(/^ {2}([\w-]+):\n((?: {4}.*\n|\n)*)/gm)) {
    const value = /^ {4}default: (.*)$/m.exec(body)?.[1] ?? ''
    defaults[name] = value.replace(/^'(.*)'$/, '$1')
  }
  return defaults
}

test.each([
  ['action.yml', PROBE_INPUTS],
  ['report/action.yml', REPORT_INPUTS]
] as const)(
  '%s declares exactly the inputs of src/inputs/declared.ts, with their defaults',
  (file, inputs) => {
    const fromTable = Object.fromEntries(
      (inputs as readonly InputDeclaration[]).map((i) => [i.name, i.default])
    )
    expect(declaredDefaults(file)).toEqual(fromTable)
  }
)

test("the README's input table gives each input the default action.yml gives it", () => {
  const readme = readFileSync('README.md', 'utf8')
  const start = readme.indexOf('\n## Inputs\n')
  const table = readme.slice(start, readme.indexOf('\n\n', readme.indexOf('\n|', start)))
  const shown = Object.fromEntries(
    [...table.matchAll(/^\| `([\w-]+)` +\| `(.*?)` +\|/gm)].map(([, name, value]) => [
      name,
      value === "''" ? '' : value
    ])
  )
  expect(shown).toEqual(Object.fromEntries(PROBE_INPUTS.map((i) => [i.name, i.default])))
})

test("the CLI's --help lists every flag the inputs declare", () => {
  const help = execFileSync(process.execPath, ['dist/cli/index.js', '--help'], { encoding: 'utf8' })
  const flags = [...help.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1])
  const declaredFlags = PROBE_INPUTS.flatMap((input) => ('flag' in input ? [input.flag.name] : []))
  expect(flags).toEqual([...declaredFlags, '--json', '--runners', '--help', '--version'])
})

test("the README's CLI table has every flag of the CLI's --help", () => {
  const help = execFileSync(process.execPath, ['dist/cli/index.js', '--help'], { encoding: 'utf8' })
  const flags = [...help.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]).sort()
  const readme = readFileSync('README.md', 'utf8')
  const cli = readme.slice(readme.indexOf('\n## CLI\n'), readme.indexOf('\nExit status'))
  const documentedFlags = [...cli.matchAll(/^\| (?:`-\w`, )?`(--[\w-]+)/gm)].map((m) => m[1]).sort()
  expect(flags.length).toBeGreaterThan(10)
  expect(documentedFlags).toEqual(flags)
})

/** The `with:` inputs of every README step that uses the probe action (plain `key: value` lines). */
function readmeProbeSteps(): Record<string, string>[] {
  const lines = readFileSync('README.md', 'utf8').split('\n')
  const steps: Record<string, string>[] = []
  lines.forEach((line, at) => {
    const uses = /^(\s*)(?:- )?uses: OWNER\/wasi-probe@v1\s*$/.exec(line)
    if (!uses) return
    const indent = line.indexOf('uses:')
    const inputs: Record<string, string> = {}
    let i = at + 1
    while (i < lines.length && lines[i].slice(0, indent).trim() === '' && lines[i].length > indent) {
      if (lines[i].slice(indent) === 'with:') {
        for (i++; i < lines.length && /^\s+\S/.test(lines[i]) && lines[i].search(/\S/) > indent; i++) {
          const pair = /^\s+([\w-]+): (.*)$/.exec(lines[i])
          if (pair) inputs[pair[1]] = pair[2]
        }
        break
      }
      i++
    }
    steps.push(inputs)
  })
  return steps
}

test('every probe step in the README is accepted as it is written', () => {
  const steps = readmeProbeSteps().filter((inputs) => !Object.values(inputs).some((v) => v.includes('${{')))
  expect(steps.filter((inputs) => Object.keys(inputs).length > 0).length).toBeGreaterThanOrEqual(4)
  for (const inputs of steps) {
    const raw = Object.fromEntries(
      PROBE_INPUTS.map((input) => [input.key, inputs[input.name] ?? input.default])
    ) as RawInputs
    expect([inputs, problemsOf(raw)]).toEqual([inputs, []])
  }
})

function problemsOf(raw: RawInputs): string[] {
  try {
    parsePlan(
      raw,
      () => 'result.json',
      (key) => key
    )
    return []
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
}
