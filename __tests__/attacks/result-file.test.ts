// Attacks on the result file: a process killed while writing it must leave
// the file whole (the one before, or the new one), never half of it.
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { failedRunResult } from '../../src/engine.js'
import { writeResultFile } from '../../src/publish/result-file.js'
import { tempDir } from '../helpers/fake-runtimes.js'

const TSX = `--import=${pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href}`

/** A child that writes a 13 MB result to `path` again and again, until killed. */
function writerLoop(path: string) {
  const program = `
    import { writeResultFile } from ${JSON.stringify(pathToFileURL(resolve('src/publish/result-file.ts')).href)}
    import { failedRunResult } from ${JSON.stringify(pathToFileURL(resolve('src/engine.ts')).href)}
    const result = failedRunResult('x'.repeat(13 * 1024 * 1024), { rule: 'none', ok: true, message: '' })
    process.stdout.write('ready\\n')
    for (;;) writeResultFile(${JSON.stringify(path)}, result)
  `
  return spawn(process.execPath, [TSX, '--input-type=module', '-e', program], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
}

test('a writer killed mid-write, five times, leaves a whole result file each time', async () => {
  const dir = tempDir()
  const path = join(dir, 'wasi-probe-x.json')
  writeResultFile(path, failedRunResult('before', { rule: 'none', ok: true, message: '' }))
  for (let attempt = 0; attempt < 5; attempt++) {
    const child = writerLoop(path)
    await new Promise<void>((ready) => child.stdout.once('data', () => ready()))
    // Somewhere in the middle of some write: each takes tens of milliseconds.
    await new Promise((wait) => setTimeout(wait, 150 + attempt * 37))
    child.kill('SIGKILL')
    await new Promise((closed) => child.on('close', closed))
    const text = readFileSync(path, 'utf8')
    expect(() => JSON.parse(text)).not.toThrow()
  }
  // What a killed writer leaves is a dot file beside it, which no result pattern matches.
  expect(readdirSync(dir).filter((name) => name.endsWith('.json'))).toEqual(['wasi-probe-x.json'])
}, 120_000)
