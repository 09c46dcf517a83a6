// A runtime that ships shared libraries beside its binary (WasmEdge's lib/)
// runs only with their folder on the loader's path.
import { delimiter } from 'node:path'

/** Where the loader looks for shared libraries (Windows: next to PATH's executables). */
export const LIBRARY_PATH_VARIABLE =
  process.platform === 'darwin'
    ? 'DYLD_LIBRARY_PATH'
    : process.platform === 'win32'
      ? 'PATH'
      : 'LD_LIBRARY_PATH'

/** The loader's library path, with `libDir` first (WasmEdge's shared library). */
export function withLibraryPath(env: NodeJS.ProcessEnv, libDir: string | undefined): NodeJS.ProcessEnv {
  if (!libDir) return env
  const name = LIBRARY_PATH_VARIABLE
  return { ...env, [name]: [libDir, env[name]].filter(Boolean).join(delimiter) }
}
