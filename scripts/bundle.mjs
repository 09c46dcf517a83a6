// Bundles the action and the CLI with @vercel/ncc into dist/ (committed:
// GitHub runs dist/index.js as it is). Deterministic, so CI can compare a
// fresh bundle with what is committed.
import { execFileSync } from 'node:child_process'
import { chmodSync, rmSync, writeFileSync } from 'node:fs'

const entries = [
  { source: 'src/index.ts', out: 'dist' },
  { source: 'src/cli.ts', out: 'dist/cli' }
]

rmSync('dist', { recursive: true, force: true })
for (const { source, out } of entries) {
  execFileSync('npx', ['ncc', 'build', source, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    stdio: 'inherit'
  })
}
// The bundles are ES modules: Node needs to be told so for dist/.
writeFileSync('dist/package.json', `${JSON.stringify({ type: 'module' }, null, 2)}\n`)
chmodSync('dist/cli/index.js', 0o755)
