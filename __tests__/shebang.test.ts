// The binfmt_misc wrappers of node and deno, run by the kernel itself (as
// binfmt_misc runs an interpreter, a script's #! line decides), with the
// runtime at a path holding a space, a quote and a dollar sign.
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { moduleBytes } from '../src/probes/catalog.js'
import { denoWrapperScript } from '../src/runtimes/deno.js'
import { nodeWrapperScript } from '../src/runtimes/node.js'
import { shebang } from '../src/runtimes/shebang.js'
import { tempDir } from './helpers/fake-runtimes.js'

const AWKWARD = "tools with spaces, a ' quote and $HOME"

test('a plain path with one argument is the #! line itself; anything else goes through env -S', () => {
  expect(shebang('/usr/bin/node', ['--no-warnings'])).toBe('#!/usr/bin/node --no-warnings')
  expect(shebang('/usr/bin/deno', ['run', '--quiet'])).toBe('#!/usr/bin/env -S /usr/bin/deno run --quiet')
  expect(shebang(`/opt/${AWKWARD}/node`, ['--no-warnings'])).toBe(
    "#!/usr/bin/env -S '/opt/tools with spaces, a \\' quote and $HOME/node' --no-warnings"
  )
})

describe.each([
  ['node', process.execPath, nodeWrapperScript],
  ['deno', resolve('node_modules/.bin/deno'), denoWrapperScript]
])('the %s wrapper, its runtime at an awkward path', (id, binary, wrapper) => {
  const here = existsSync(binary) ? test : test.skip
  here('runs a module as the kernel runs it: exit 42 from proc_exit(42)', () => {
    const dir = tempDir()
    const folder = join(dir, AWKWARD)
    mkdirSync(folder)
    const runtime = join(folder, id)
    symlinkSync(binary, runtime)
    const script = join(dir, `${id}-wrapper`)
    writeFileSync(script, wrapper(runtime))
    chmodSync(script, 0o755)
    writeFileSync(join(dir, 'exit-code.wasm'), moduleBytes('exit-code'))
    const run = spawnSync(script, ['exit-code.wasm'], { cwd: dir, encoding: 'utf8', timeout: 60_000 })
    expect([run.status, run.error?.message, run.stderr]).toEqual([42, undefined, ''])
  })
})
