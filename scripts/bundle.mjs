// Bundles the action and the CLI with @vercel/ncc into dist/ (committed:
// GitHub runs dist/index.js as it is). Deterministic, so CI can compare a
// fresh bundle with what is committed. ncc type-checks the whole project
// (tsconfig.json); dist/ is replaced only when every bundle built.
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const entries = [
  { source: 'src/action/index.ts', out: '.' },
  { source: 'src/cli/index.ts', out: 'cli' },
  { source: 'src/report-action/index.ts', out: 'report' },
  { source: 'src/post/index.ts', out: 'post' }
]

const staging = mkdtempSync('.dist-')
try {
  const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
  for (const { source, out } of entries) {
    const args = [ncc, 'build', source, '-o', join(staging, out), '--license', 'licenses.txt', '--quiet']
    const run = spawnSync(process.execPath, args, { stdio: 'inherit' })
    if (run.status !== 0) {
      console.error(`bundle: ncc failed for ${source}; dist/ is left as it was.`)
      process.exit(1)
    }
  }
  // The bundles are ES modules: Node needs to be told so for dist/.
  writeFileSync(join(staging, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`)
  chmodSync(join(staging, 'cli', 'index.js'), 0o755)
  chmodSync(staging, 0o755)
  rmSync('dist', { recursive: true, force: true })
  renameSync(staging, 'dist')
} finally {
  rmSync(staging, { recursive: true, force: true })
}
