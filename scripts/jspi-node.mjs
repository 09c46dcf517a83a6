// A Node with JSPI (WebAssembly.Suspending) for the tests that run WASI 0.3
// components for real: the npm package of Node 24 for this platform
// (node-<os>-<arch>), packed with npm into node_modules/.cache/wasi-probe/
// once and unpacked beside it. It is never a devDependency: its `node` bin in
// node_modules/.bin would shadow the system node for every npm script.
//
//   node scripts/jspi-node.mjs     prints the path of its node, or why there is none (exit 1)
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const JSPI_NODE_VERSION = '24.22.3'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const CACHE = join(ROOT, 'node_modules', '.cache', 'wasi-probe')

/** The npm package of Node for this platform. */
function packageName() {
  const os = { linux: 'linux', darwin: 'darwin', win32: 'win' }[process.platform]
  if (!os) throw new Error(`no npm package of Node for ${process.platform}`)
  return `node-${os}-${process.arch}`
}

const hasJspi = (node) =>
  execFileSync(node, ['-p', "typeof WebAssembly.Suspending === 'function'"], { encoding: 'utf8' }).trim() ===
  'true'

/** The path of a Node with JSPI, fetched once; throws with the reason when it cannot be had. */
export function jspiNode() {
  const name = packageName()
  const dir = join(CACHE, `${name}-${JSPI_NODE_VERSION}`)
  const node = join(dir, process.platform === 'win32' ? 'node.exe' : join('bin', 'node'))
  if (!existsSync(node)) {
    mkdirSync(CACHE, { recursive: true })
    const partial = `${dir}.partial-${process.pid}`
    rmSync(partial, { recursive: true, force: true })
    mkdirSync(partial)
    try {
      // npm checks the tarball against the registry's integrity.
      const [packed] = JSON.parse(
        execFileSync(
          'npm',
          ['pack', `${name}@${JSPI_NODE_VERSION}`, '--json', '--pack-destination', partial],
          {
            cwd: partial,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'pipe']
          }
        )
      )
      execFileSync('tar', ['-xzf', join(partial, packed.filename), '-C', partial, '--strip-components=1'])
      rmSync(join(partial, packed.filename))
      rmSync(dir, { recursive: true, force: true })
      renameSync(partial, dir)
    } finally {
      rmSync(partial, { recursive: true, force: true })
    }
  }
  if (!hasJspi(node)) throw new Error(`${node} has no WebAssembly.Suspending`)
  return node
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.stdout.write(`${jspiNode()}\n`)
  } catch (error) {
    process.stderr.write(`no Node with JSPI: ${error instanceof Error ? error.message : error}\n`)
    process.exitCode = 1
  }
}
