// Whether these tests may register binfmt_misc entries on this machine.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { BINFMT_DIR, handlesWasm, scanBinfmt } from '../../src/runtimes/native.js'

/** Why entries cannot be registered here, or undefined when they can (mounting binfmt_misc if needed). */
export function whyBinfmtCannotBeRegistered(): string | undefined {
  if (process.platform !== 'linux') return `${process.platform} has no binfmt_misc`
  if (process.getuid?.() !== 0) return 'not root, so binfmt_misc entries cannot be registered'
  if (!existsSync(join(BINFMT_DIR, 'register'))) {
    try {
      execFileSync('mount', ['-t', 'binfmt_misc', 'binfmt_misc', BINFMT_DIR], { stdio: 'pipe' })
    } catch (error) {
      return `binfmt_misc is not mounted and could not be: ${(error as Error).message}`
    }
  }
  const scan = scanBinfmt()
  if (scan.state !== 'scanned') return `binfmt_misc is ${scan.state}`
  const existing = scan.entries.filter(handlesWasm)
  if (existing.length > 0) {
    return `this machine already has a .wasm handler (${existing.map((e) => e.name).join(', ')}), which would take our modules`
  }
  return undefined
}
