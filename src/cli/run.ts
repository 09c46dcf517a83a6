// `npx wasi-probe`: the same engine as the action, printing a table or JSON.
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { runProbe } from '../engine.js'
import { DEFAULT_TIMEOUT_SECONDS, InputError, parsePlan, type RawInputs } from '../inputs/plan.js'
import { writeResultFile } from '../publish/result-file.js'
import { terminalTable } from '../publish/terminal.js'
import { RUNTIME_IDS } from '../runtimes/index.js'
import { TOOL_VERSION } from '../version.js'

const FLAG_NAMES: Record<keyof RawInputs, string> = {
  label: '--label',
  native: '--native',
  nativeKeep: '--native-keep',
  runtimes: '--runtimes',
  probes: '--probes',
  modules: '--modules',
  expectations: '--expectations',
  timeout: '--timeout',
  failOn: '--fail-on',
  summary: '--summary',
  resultPath: '--result-path',
  install: '--install',
  token: '--token',
  githubApiUrl: '--github-api-url',
  downloadUrl: '--download-url',
  verify: '--no-verify',
  cache: '--cache'
}

export const HELP = `Usage: wasi-probe [options]

Which WebAssembly runtimes can run WASI programs on this machine? Runs small
embedded modules natively (binfmt_misc) and through every runtime found on
PATH or in the tool cache, and prints the support matrix.

Options:
  --runtimes LIST      runtimes to probe, comma, space or newline separated
                       (default: all: ${RUNTIME_IDS.join(', ')})
  --probes LIST        what to probe besides the basic modules: wasi (preview1
                       calls), features (Wasm proposals), all, or probe ids
  --modules PATH       your own .wasm files (globs allowed) or wasi-testsuite
                       suites (folders, or a folder with suites below it),
                       each test with an optional NAME.json spec; repeat
  --expectations PATH  wasi-testsuite expectation files (TOML) or a folder
                       of <runtime>/<os>.toml files: skip and expected-fail
                       tests per runtime; repeat for several
  --timeout SECONDS    limit for each module run (default ${DEFAULT_TIMEOUT_SECONDS}; your
                       modules: the wasi-testsuite runner's 5 unless given)
  --fail-on RULE       exit 1 unless: none (default), native, any, or a list of
                       runtime ids that must all pass
  --label TEXT         how the result names this host (default os-arch[-libc])
  --native MODE        detect (default), register, or register:<runtime>,
                       optionally followed by force: make .wasm files run
                       directly through binfmt_misc (Linux; root or sudo -n)
  --result-path FILE   also write the JSON result file there
  --install            install missing runtimes (pinned versions, or LIST
                       entries like wasmtime@48.0.0, wazero@1.11, wamr@latest)
  --token TOKEN        GitHub token for the releases API (default: $GITHUB_TOKEN)
  --github-api-url URL releases API (default https://api.github.com)
  --download-url URL   where release assets are downloaded (default https://github.com)
  --no-verify          install even a download no checksum covers (warns)
  --json               print the JSON result instead of the table
  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 done, 1 the --fail-on rule failed (or the probe could not
finish), 2 bad options.`

/** Outside GitHub Actions, give the engine the temp and tool-cache folders a runner would. */
function runnerLikeEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const cacheHome = env.XDG_CACHE_HOME || join(homedir(), '.cache')
  return {
    ...env,
    RUNNER_TEMP: env.RUNNER_TEMP || tmpdir(),
    RUNNER_TOOL_CACHE: env.RUNNER_TOOL_CACHE || join(cacheHome, 'wasi-probe', 'tool-cache')
  }
}

/**
 * @actions/tool-cache logs through @actions/core and @actions/exec, which
 * write workflow commands and tar's command line to stdout. In the CLI stdout
 * is ours (the table or the JSON): send the rest to stderr, without the debug
 * lines.
 */
function keepStdoutForOurOutput(): () => void {
  const write = process.stdout.write
  process.stdout.write = ((chunk: string | Uint8Array) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    const kept = text
      .split(/(?<=\n)/)
      .filter((line) => !line.startsWith('::debug::'))
      .join('')
    return kept === '' ? true : process.stderr.write(kept)
  }) as typeof process.stdout.write
  return () => {
    process.stdout.write = write
  }
}

export async function run(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        runtimes: { type: 'string' },
        label: { type: 'string' },
        native: { type: 'string' },
        probes: { type: 'string' },
        modules: { type: 'string', multiple: true },
        expectations: { type: 'string', multiple: true },
        timeout: { type: 'string' },
        'fail-on': { type: 'string' },
        'result-path': { type: 'string' },
        install: { type: 'boolean' },
        token: { type: 'string' },
        'github-api-url': { type: 'string' },
        'download-url': { type: 'string' },
        'no-verify': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' }
      },
      strict: true,
      allowPositionals: false
    })
  } catch (error) {
    err.write(`wasi-probe: ${error instanceof Error ? error.message : error}\nTry 'wasi-probe --help'.\n`)
    return 2
  }
  const { values } = parsed
  if (values.help) {
    out.write(`${HELP}\n`)
    return 0
  }
  if (values.version) {
    out.write(`${TOOL_VERSION}\n`)
    return 0
  }

  let plan
  try {
    plan = parsePlan(
      {
        runtimes: values.runtimes,
        label: values.label,
        native: values.native,
        // The CLI has no post step: what it registers stays (the summary says how to remove it).
        nativeKeep: 'true',
        probes: values.probes,
        modules: values.modules?.join('\n'),
        expectations: values.expectations?.join('\n'),
        timeout: values.timeout,
        failOn: values['fail-on'],
        resultPath: values['result-path'],
        install: values.install ? 'true' : 'false',
        token: values.token ?? process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN ?? '',
        githubApiUrl: values['github-api-url'],
        downloadUrl: values['download-url'],
        verify: values['no-verify'] ? 'false' : 'true'
      },
      () => '',
      (input) => FLAG_NAMES[input]
    )
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    err.write(`wasi-probe: ${error.problems.join('\nwasi-probe: ')}\n`)
    return 2
  }

  // @actions/tool-cache reads these from the process itself.
  const env = runnerLikeEnv(process.env)
  process.env.RUNNER_TEMP = env.RUNNER_TEMP
  process.env.RUNNER_TOOL_CACHE = env.RUNNER_TOOL_CACHE
  let result
  const restoreStdout = keepStdoutForOurOutput()
  try {
    result = await runProbe(plan, { env, warn: (message) => err.write(`wasi-probe: warning: ${message}\n`) })
    if (plan.resultPath) writeResultFile(plan.resultPath, result)
  } catch (error) {
    if (error instanceof InputError) {
      err.write(`wasi-probe: ${error.problems.join('\nwasi-probe: ')}\n`)
      return 2
    }
    err.write(`wasi-probe: could not finish: ${error instanceof Error ? error.message : error}\n`)
    return 1
  } finally {
    restoreStdout()
  }
  out.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${terminalTable(result)}\n`)
  return result.failOn.ok ? 0 : 1
}
