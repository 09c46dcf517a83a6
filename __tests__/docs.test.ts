// The README documents exactly the inputs and outputs the action files declare.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

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

test("the README's CLI table has every flag of the CLI's --help", () => {
  const help = execFileSync(process.execPath, ['dist/cli/index.js', '--help'], { encoding: 'utf8' })
  const flags = [...help.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]).sort()
  const readme = readFileSync('README.md', 'utf8')
  const cli = readme.slice(readme.indexOf('\n## CLI\n'), readme.indexOf('\nExit status'))
  const documentedFlags = [...cli.matchAll(/^\| (?:`-\w`, )?`(--[\w-]+)/gm)].map((m) => m[1]).sort()
  expect(flags.length).toBeGreaterThan(10)
  expect(documentedFlags).toEqual(flags)
})
