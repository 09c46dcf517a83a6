// Benchmark (not a test): what `--install` costs, against a shell doing the
// same work by hand, and what a tool-cache hit costs.
//
//   A. `--install` of wazero, wasmtime, wamr and wasm3 into an empty tool cache
//   P. the same four probed from an already filled tool cache, without --install
//      (the probing that A also does after installing: A − P ≈ the install)
//   C. `--install` again on the filled tool cache (a cache hit for all four)
//   B. a bash script installing the four one after another: curl the release
//      JSON, curl the asset, sha256sum, tar -xf (or chmod +x)
//
// The releases are the tests' own fixtures (__tests__/helpers/release-fixtures.ts,
// laid out like the real linux x64 ones by release-catalog.ts), with fake runtimes
// as the binaries and 4 MiB of random bytes packed beside them, so that moving
// and unpacking the archives is what costs, not starting processes. The tests'
// loopback server serves them, in a child process (bench/serve-releases.ts, so
// that the timed spawnSync calls cannot block it), and counts the requests.
//
// Each figure is the median of BENCH_RUNS runs (default 7) after one warm-up,
// the cases taking turns; the cpu column is the children's user + system time
// (Linux only; the server's own time is not in it). Prints figures and ratios;
// exits 0 unless something crashes.
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import {
  BenchError,
  CLI,
  ROOT,
  fmtMs,
  msCells,
  plural,
  quote,
  run,
  runsFromEnv,
  stats,
  table,
  verdict,
  cliResult,
  requireBundles,
  machineLine,
  runBench
} from './common.mjs'

const PADDING_BYTES = 4 * 1024 * 1024
const TARGETS = { installRatio: 0.8, cacheHitMs: 50 }
const SERVER_START_MS = 15_000

/** The four runtimes installed, at the versions the fixtures publish. */
const WANTED = ['wazero@1.11.0', 'wasmtime@48.0.1', 'wamr@2.4.5', 'wasm3@0.5.0']

/** Starts bench/serve-releases.ts in a child (through tsx); resolves with what it serves once it listens. */
function startServer() {
  const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs')
  const child = spawn(
    process.execPath,
    [tsx, join(ROOT, 'bench/serve-releases.ts'), String(PADDING_BYTES), ...WANTED],
    {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'inherit']
    }
  )
  child.stdout.setEncoding('utf8')
  const lines = []
  const waiting = []
  let buffered = ''
  child.stdout.on('data', (chunk) => {
    buffered += chunk
    let newline
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, newline)
      buffered = buffered.slice(newline + 1)
      const next = waiting.shift()
      if (next) next(line)
      else lines.push(line)
    }
  })
  const nextLine = () =>
    new Promise((resolveLine, reject) => {
      if (lines.length > 0) return resolveLine(lines.shift())
      const timer = setTimeout(
        () => reject(new BenchError(`the release server did not answer within ${SERVER_START_MS} ms`)),
        SERVER_START_MS
      )
      waiting.push((line) => {
        clearTimeout(timer)
        resolveLine(line)
      })
    })
  child.on('exit', (code, signal) => {
    for (const reject of waiting.splice(0)) reject('')
    if (code !== 0)
      process.stderr.write(`bench: the release server ended (${signal ?? `exit code ${code}`})\n`)
  })
  return nextLine().then((line) => {
    if (!line) throw new BenchError('the release server ended before listening')
    return {
      ...JSON.parse(line),
      stats: async () => {
        child.stdin.write('stats\n')
        return JSON.parse(await nextLine())
      },
      stop: () => child.stdin.end()
    }
  })
}

/**
 * The baseline: what a careful shell script does for each runtime in turn.
 * Arguments: API URL, download URL, a fresh directory to install into.
 */
function shellInstallScript(releases) {
  const lines = [
    'set -euo pipefail',
    'api=$1 dl=$2 root=$3',
    'fetch() {',
    '  local id=$1 repo=$2 tag=$3 asset=$4 kind=$5 sums=$6 binary=$7',
    '  local work="$root/.download/$id" dest="$root/$id"',
    '  mkdir -p "$work" "$dest"',
    '  curl -fsSL -o "$work/release.json" "$api/repos/$repo/releases/tags/$tag"',
    '  curl -fsSL -o "$work/$asset" "$dl/$repo/releases/download/$tag/$asset"',
    '  if [ -n "$sums" ]; then',
    '    curl -fsSL -o "$work/$sums" "$dl/$repo/releases/download/$tag/$sums"',
    `    (cd "$work" && awk -v a="$asset" '$2 == a' "$sums" | grep . | sha256sum -c --quiet -)`,
    '  else',
    `    local digest`,
    `    digest=$(grep -o "\\"name\\":\\"$asset\\"[^}]*\\"digest\\":\\"sha256:[0-9a-f]*\\"" "$work/release.json" | sed 's/.*sha256://; s/"$//')`,
    '    [ -n "$digest" ] || { echo "no digest for $asset" >&2; exit 1; }',
    '    echo "$digest  $work/$asset" | sha256sum -c --quiet -',
    '  fi',
    '  case $kind in',
    '    raw) mv "$work/$asset" "$dest/$binary" && chmod +x "$dest/$binary" ;;',
    '    *) tar -xf "$work/$asset" -C "$dest" ;;',
    '  esac',
    '  rm -rf "$work"',
    '}',
    ...releases.map(({ id, layout }) =>
      [
        'fetch',
        id,
        layout.repo,
        layout.tag,
        layout.asset,
        // A raw binary is its own asset.
        layout.binary === layout.asset ? 'raw' : 'tar',
        layout.checksumFile ?? '',
        layout.binary
      ]
        .map((word, i) => (i === 0 ? word : quote(word)))
        .join(' ')
    )
  ]
  return `${lines.join('\n')}\n`
}

/**
 * CPU time (user + system, ms) of this process's waited-for children and their
 * own waited-for descendants, from /proc/self/stat (cutime + cstime, at the
 * usual 100 ticks a second); undefined where there is no /proc.
 */
/** Runs a command to its end; throws when it cannot start, times out, or exits non-zero. */
/**
 * Times each case `runs` times after one warm-up, the cases taking turns so
 * that drift on the machine hits all of them alike. A case's `prepare()` makes
 * its fresh folders before the clock starts (and gives the env and a cleanup
 * for after); `check` sees every output, the server's requests during the run,
 * and whether it is a measured run rather than the warm-up.
 */
async function timeCases(cases, runs, server) {
  const samples = cases.map(() => [])
  const cpu = cases.map(() => [])
  const requests = cases.map(() => [])
  for (let round = 0; round <= runs; round++) {
    for (const [i, c] of cases.entries()) {
      const { env, context, cleanup } = c.prepare()
      try {
        const before = await server.stats()
        const { ms, cpuMs, stdout } = run(c.label, c.command, c.args(context), env)
        const after = await server.stats()
        const counted = { api: after.api - before.api, download: after.download - before.download }
        counted.notFound = after.notFound - before.notFound
        c.check?.(stdout, { measured: round > 0, requests: counted, context })
        if (round > 0) {
          samples[i].push(ms)
          requests[i].push(counted)
          if (cpuMs !== undefined) cpu[i].push(cpuMs)
        }
      } finally {
        cleanup?.()
      }
    }
  }
  return samples.map((s, i) => ({
    ...stats(s),
    cpu: cpu[i].length === s.length ? stats(cpu[i]).median : undefined,
    requests: requests[i]
  }))
}

/**
 * Checks a probe's JSON result: the four must pass, from `source`. Keeps
 * warnings, the engine's durationMs and how each install was verified.
 */
function resultChecker(releases, source, warnings, engineMs, verifiedBy) {
  return (stdout, { measured }) => {
    const result = cliResult(stdout)
    if (measured && typeof result.durationMs === 'number') engineMs?.push(result.durationMs)
    for (const { id } of releases) {
      const outcome = result.runtimes?.find((r) => r.id === id)
      if (outcome?.status !== 'pass' || outcome.source !== source) {
        const what = outcome ? `${outcome.status} from ${outcome.source}` : 'absent'
        warnings.add(
          `${id} is ${what}${outcome?.reason ? ` (${outcome.reason})` : ''}, not pass from ${source}: ` +
            `the comparison is meaningless`
        )
      }
      if (verifiedBy && outcome?.install?.verifiedBy) verifiedBy.set(id, outcome.install.verifiedBy)
    }
  }
}

/** Checks that the shell baseline left every binary, executable, where its archive puts it. */
function shellChecker(releases) {
  return (_stdout, { context }) => {
    for (const { id, layout } of releases) {
      const path = join(context.dir, id, layout.binary)
      let mode = 0
      try {
        mode = statSync(path).mode
      } catch {
        throw new BenchError(`shell baseline: ${path} is missing`)
      }
      if (!(mode & 0o100)) throw new BenchError(`shell baseline: ${path} is not executable`)
    }
  }
}

const fmtSize = (bytes) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`
const signed = (ms) => `${ms >= 0 ? '+' : ''}${ms.toFixed(1)} ms`

/** `4 API + 5 download` when every run made the same requests, else the range of each. */
function requestSummary(requests) {
  const range = (key) => {
    const values = requests.map((r) => r[key])
    const low = Math.min(...values)
    const high = Math.max(...values)
    return low === high ? `${low}` : `${low}–${high}`
  }
  const notFound = requests.some((r) => r.notFound > 0) ? ` (${range('notFound')} answered 404)` : ''
  return `${range('api')} API + ${range('download')} download${notFound}`
}

/** The bundle's files and their times: if they change during the run, the figures mix two builds. */
function bundleStamp() {
  const dir = dirname(CLI)
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => `${name}@${statSync(join(dir, name)).mtimeMs}`)
    .join(',')
}

/** The environment of every timed command: no runtime on PATH, no token, no proxy. */
function cleanEnv(extra) {
  const env = { ...process.env }
  for (const name of Object.keys(env)) {
    if (/^(https?_proxy|all_proxy|no_proxy|github_token|gh_token)$/i.test(name)) delete env[name]
  }
  return { ...env, PATH: [dirname(process.execPath), '/usr/bin', '/bin'].join(delimiter), ...extra }
}

async function main() {
  requireBundles(CLI)
  const runs = runsFromEnv()
  const node = process.execPath
  const log = (text) => process.stderr.write(`bench: ${text}\n`)
  const loadBefore = loadavg()[0]
  const bundleBefore = bundleStamp()
  const temp = mkdtempSync(join(tmpdir(), 'wasi-probe-bench-install-'))
  let server
  try {
    log(
      `node ${process.version}, ${process.platform}-${process.arch}, ${cpus().length} CPUs, ${plural(runs, 'run')} + 1 warm-up`
    )
    log(`building the four releases (${fmtSize(PADDING_BYTES)} of random padding in each archive)`)
    server = await startServer()
    const { apiUrl, downloadUrl, releases } = server
    const script = join(temp, 'install.sh')
    writeFileSync(script, shellInstallScript(releases))

    const runtimesWithVersions = WANTED.join(',')
    const runtimeIds = releases.map((r) => r.id).join(',')
    const installArgs = [
      CLI,
      '--runtimes',
      runtimesWithVersions,
      '--install',
      '--github-api-url',
      apiUrl,
      '--download-url',
      downloadUrl,
      '--json'
    ]
    const fresh = (prefix) => mkdtempSync(join(temp, prefix))
    /** A fresh RUNNER_TEMP (and, unless given, a fresh empty RUNNER_TOOL_CACHE) for one run. */
    const cliRun = (toolCache) => () => {
      const runnerTemp = fresh('runner-temp-')
      const cache = toolCache ?? fresh('tool-cache-')
      return {
        env: cleanEnv({ RUNNER_TEMP: runnerTemp, RUNNER_TOOL_CACHE: cache }),
        context: {},
        cleanup: () => {
          rmSync(runnerTemp, { recursive: true, force: true })
          if (!toolCache) rmSync(cache, { recursive: true, force: true })
        }
      }
    }

    const warnings = new Set()
    // The filled tool cache of P and C, from one install run (untimed).
    log('filling a tool cache for the cache-hit and probe-only cases')
    const filled = fresh('filled-tool-cache-')
    {
      const { env, cleanup } = cliRun(filled)()
      try {
        const { stdout } = run('filling the tool cache', node, installArgs, env)
        resultChecker(releases, 'installed', warnings)(stdout, { measured: false })
      } finally {
        cleanup()
      }
    }

    log('A, P, C and B, taking turns')
    const engine = { A: [], P: [], C: [] }
    const verifiedBy = new Map()
    const [a, p, c, b] = await timeCases(
      [
        {
          label: 'A: wasi-probe --install (empty tool cache)',
          command: node,
          args: () => installArgs,
          prepare: cliRun(undefined),
          check: resultChecker(releases, 'installed', warnings, engine.A, verifiedBy)
        },
        {
          label: 'P: wasi-probe (filled tool cache, no --install)',
          command: node,
          args: () => [CLI, '--runtimes', runtimeIds, '--json'],
          prepare: cliRun(filled),
          check: resultChecker(releases, 'tool-cache', warnings, engine.P)
        },
        {
          label: 'C: wasi-probe --install (filled tool cache)',
          command: node,
          args: () => installArgs,
          prepare: cliRun(filled),
          check: resultChecker(releases, 'tool-cache', warnings, engine.C)
        },
        {
          label: 'B: shell curl + sha256sum + tar',
          command: 'bash',
          args: (context) => [script, apiUrl, downloadUrl, context.dir],
          prepare: () => {
            const dir = fresh('shell-')
            return {
              env: cleanEnv({}),
              context: { dir },
              cleanup: () => rmSync(dir, { recursive: true, force: true })
            }
          },
          check: shellChecker(releases)
        }
      ],
      runs,
      server
    )

    const rows = [
      [`A  wasi-probe --install ${releases.length} runtimes (empty cache)`, ...msCells(a)],
      [`P  wasi-probe probe only (filled cache)`, ...msCells(p)],
      [`C  wasi-probe --install (filled cache: hit)`, ...msCells(c)],
      [`B  bash: curl + sha256sum + tar, one by one`, ...msCells(b)]
    ]
    const installMs = a.median - p.median
    const installRatio = installMs / b.median
    const hitMs = (c.median - p.median) / releases.length
    const cRequests = c.requests.reduce((sum, r) => sum + r.api + r.download + r.notFound, 0)
    const comparisons = [
      [
        'A−P install only / B shell',
        `${installRatio.toFixed(2)}×`,
        `≤ ${TARGETS.installRatio.toFixed(2)}×`,
        verdict(installRatio <= TARGETS.installRatio)
      ],
      ['A whole CLI run / B shell', `${(a.median / b.median).toFixed(2)}×`, '(info)', ''],
      [
        '(C−P)/4 cache hit per runtime',
        signed(hitMs),
        `< ${TARGETS.cacheHitMs} ms`,
        verdict(hitMs < TARGETS.cacheHitMs)
      ],
      ['C requests to the server', `${cRequests}`, '0', verdict(cRequests === 0)]
    ]

    const archives = releases.map((r) => `${r.layout.asset} ${fmtSize(r.size)}`)
    console.log(machineLine('wasi-probe install bench', loadBefore, runs))
    console.log(`archives: ${archives.join(', ')}`)
    console.log(
      `(each archive carries ${fmtSize(PADDING_BYTES)} of random bytes in share/padding.bin, so that download ` +
        `and extraction dominate, not process start-up; wasm3 is a raw file, left small)\n`
    )
    console.log(table(['measurement', 'median', 'min', 'max', 'cpu (median)'], rows))
    console.log('')
    console.log(table(['comparison', 'figure', 'target', 'verdict'], comparisons))
    console.log('')
    console.log(
      `install share: A − P = ${fmtMs(installMs)} (A ${fmtMs(a.median)} − probe-only ${fmtMs(p.median)}); ` +
        `shell B ${fmtMs(b.median)}`
    )
    if (engine.A.length > 0 && engine.P.length > 0 && engine.C.length > 0) {
      // The engine's own clock leaves out node start-up and output, so it is less noisy than the wall.
      const [engineA, engineP, engineC] = [engine.A, engine.P, engine.C].map((ms) => stats(ms).median)
      console.log(
        `engine durationMs (median, from the JSON): A ${fmtMs(engineA)}, P ${fmtMs(engineP)}, ` +
          `C ${fmtMs(engineC)}; inside the engine: install A − P ≈ ${fmtMs(engineA - engineP)}, ` +
          `cache hit (C − P)/${releases.length} ≈ ${signed((engineC - engineP) / releases.length)} per runtime`
      )
    }
    console.log(
      `requests per run: A ${requestSummary(a.requests)}, P ${requestSummary(p.requests)}, ` +
        `C ${requestSummary(c.requests)}, B ${requestSummary(b.requests)}`
    )
    if (verifiedBy.size > 0) {
      console.log(`A verified by: ${[...verifiedBy].map(([id, by]) => `${id} ${by}`).join(', ')}`)
    }
    if (process.env.NODE_EXTRA_CA_CERTS) {
      console.log(
        'note: NODE_EXTRA_CA_CERTS is set: every node process (the CLI, the fake runtimes) pays for it'
      )
    }
    if (bundleStamp() !== bundleBefore) {
      warnings.add(`${CLI} (or a chunk beside it) changed during the bench: the figures mix two builds`)
    }
    for (const warning of warnings) console.log(`WARNING: ${warning}`)
  } finally {
    server?.stop()
    rmSync(temp, { recursive: true, force: true })
  }
}

await runBench(main, 'wasi-probe install bench')
