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
// The releases are built in a temp dir, laid out like the real linux x64 ones,
// with fake runtimes (__tests__/fixtures/fake-runtime) as the binaries and
// 4 MiB of random bytes packed beside them, so that moving and unpacking the
// archives is what costs, not starting processes. A loopback HTTP server in a
// child process (so that the timed spawnSync calls cannot block it) serves the
// releases API and the downloads, and counts the requests.
//
// Each figure is the median of BENCH_RUNS runs (default 7) after one warm-up,
// the cases taking turns; the cpu column is the children's user + system time
// (Linux only; the server's own time is not in it). Prints figures and ratios;
// exits 0 unless something crashes.
import { execFileSync, spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { get } from 'node:http'
import { cpus, loadavg, tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  BenchError,
  CLI,
  FAKE_RUNTIME_MODULE,
  fmtMs,
  msCells,
  plural,
  quote,
  run,
  runsFromEnv,
  stats,
  table,
  verdict
} from './common.mjs'

const PADDING_BYTES = 4 * 1024 * 1024
const TARGETS = { installRatio: 0.8, cacheHitMs: 50 }
const SERVER_START_MS = 15_000

/**
 * The four releases, as the real ones are named and laid out for linux x64
 * (see __tests__/helpers/release-fixtures.ts). `inner` is the binary's path in
 * the archive; `siblings` are the release's other assets (tiny dummies, so that
 * asset selection has the real choices to make).
 */
const RELEASES = [
  {
    id: 'wazero',
    version: '1.11.0',
    repo: 'wazero/wazero',
    tag: 'v1.11.0',
    personality: 'wazero',
    binary: 'wazero',
    asset: 'wazero_1.11.0_linux_amd64.tar.gz',
    format: 'tar.gz',
    inner: 'wazero',
    padding: 'share/padding.bin',
    extras: {},
    checksumFile: 'wazero_1.11.0_checksums.txt',
    siblings: [
      'wazero_1.11.0_darwin_amd64.tar.gz',
      'wazero_1.11.0_darwin_arm64.tar.gz',
      'wazero_1.11.0_linux_arm64.tar.gz',
      'wazero_1.11.0_windows_amd64.msi',
      'wazero_1.11.0_windows_amd64.zip'
    ]
  },
  {
    id: 'wasmtime',
    version: '48.0.1',
    repo: 'bytecodealliance/wasmtime',
    tag: 'v48.0.1',
    personality: 'wasmtime',
    binary: 'wasmtime',
    asset: 'wasmtime-v48.0.1-x86_64-linux.tar.xz',
    format: 'tar.xz',
    inner: 'wasmtime-v48.0.1-x86_64-linux/wasmtime',
    // Everything of a wasmtime archive sits in its top folder.
    padding: 'wasmtime-v48.0.1-x86_64-linux/share/padding.bin',
    extras: {
      'wasmtime-v48.0.1-x86_64-linux/LICENSE': 'Apache License 2.0 WITH LLVM-exception (fake)\n',
      'wasmtime-v48.0.1-x86_64-linux/README.md': '# wasmtime (fake)\n'
    },
    siblings: [
      'wasmtime-v48.0.1-aarch64-linux.tar.xz',
      'wasmtime-v48.0.1-aarch64-macos.tar.xz',
      'wasmtime-v48.0.1-aarch64-musl.tar.xz',
      'wasmtime-v48.0.1-aarch64-windows.zip',
      'wasmtime-v48.0.1-x86_64-musl.tar.xz',
      'wasmtime-v48.0.1-x86_64-macos.tar.xz',
      'wasmtime-v48.0.1-x86_64-windows.zip'
    ]
  },
  {
    id: 'wamr',
    version: '2.4.5',
    repo: 'bytecodealliance/wasm-micro-runtime',
    tag: 'WAMR-2.4.5',
    personality: 'iwasm',
    binary: 'iwasm',
    asset: 'iwasm-2.4.5-x86_64-ubuntu-22.04.tar.gz',
    format: 'tar.gz',
    inner: 'iwasm',
    padding: 'share/padding.bin',
    extras: {},
    siblings: [
      'iwasm-gc-eh-2.4.5-x86_64-ubuntu-22.04.tar.gz',
      'iwasm-2.4.5-x86_64-macos-15-intel.tar.gz',
      'iwasm-2.4.5-x86_64-windows-2022.zip',
      'wamrc-2.4.5-x86_64-ubuntu-22.04.tar.gz'
    ]
  },
  {
    id: 'wasm3',
    version: '0.5.0',
    repo: 'wasm3/wasm3',
    tag: 'v0.5.0',
    personality: 'wasm3',
    binary: 'wasm3',
    // A raw executable, no archive: it stays as it is (no padding).
    asset: 'wasm3-linux-x64.elf',
    format: 'raw',
    inner: null,
    padding: null,
    extras: {},
    siblings: ['wasm3-cosmopolitan.com', 'wasm3-win-x64.exe']
  }
]

/**
 * The release server, run as `node server.mjs config.json`: prints
 * {"port":N} once listening, exits when its stdin closes (so it cannot outlive
 * the bench). GET /__stats answers the request counts so far.
 */
const SERVER_SOURCE = `import { createServer } from 'node:http'
import { readFileSync } from 'node:fs'
const config = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const stats = { api: 0, download: 0, notFound: 0, bytes: 0 }
const key = (...parts) => parts.join('\\n')
const bodies = new Map()
const releases = new Map()
let base = ''
for (const release of config.releases) {
  releases.set(key(release.repo, release.tag), release)
  for (const asset of release.assets) bodies.set(key(release.repo, release.tag, asset.name), readFileSync(asset.file))
}
function releaseJson(release) {
  return {
    tag_name: release.tag,
    name: release.tag,
    draft: false,
    prerelease: false,
    assets: release.assets.map((asset) => ({
      name: asset.name,
      digest: 'sha256:' + asset.sha256,
      size: asset.size,
      browser_download_url: base + '/download/' + release.repo + '/releases/download/' +
        encodeURIComponent(release.tag) + '/' + encodeURIComponent(asset.name)
    }))
  }
}
function reply(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'content-length': String(body.length) })
  res.end(body)
}
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://bench.invalid')
  let parts
  try {
    parts = url.pathname.split('/').slice(1).map((part) => decodeURIComponent(part))
  } catch {
    parts = []
  }
  if (parts[0] === '__stats') return reply(res, 200, 'application/json', Buffer.from(JSON.stringify(stats)))
  // /api/repos/{owner}/{repo}/releases/tags/{tag}
  if (parts[0] === 'api') {
    stats.api += 1
    const release = parts.length === 7 && parts[1] === 'repos' && parts[4] === 'releases' && parts[5] === 'tags'
      ? releases.get(key(parts[2] + '/' + parts[3], parts[6]))
      : undefined
    if (release) return reply(res, 200, 'application/json; charset=utf-8', Buffer.from(JSON.stringify(releaseJson(release))))
  }
  // /download/{owner}/{repo}/releases/download/{tag}/{name}
  if (parts[0] === 'download') {
    stats.download += 1
    const body = parts.length === 7 && parts[3] === 'releases' && parts[4] === 'download'
      ? bodies.get(key(parts[1] + '/' + parts[2], parts[5], parts[6]))
      : undefined
    if (body) {
      stats.bytes += body.length
      return reply(res, 200, 'application/octet-stream', body)
    }
  }
  stats.notFound += 1
  reply(res, 404, 'application/json', Buffer.from('{"message":"Not Found"}'))
})
server.listen(0, '127.0.0.1', () => {
  base = 'http://127.0.0.1:' + server.address().port
  process.stdout.write(JSON.stringify({ port: server.address().port }) + '\\n')
})
process.stdin.on('end', () => process.exit(0))
process.stdin.resume()
`

const sha256Hex = (buffer) => createHash('sha256').update(buffer).digest('hex')

/** A wrapper script behaving like `personality` at `version`, as __tests__/helpers/fake-runtimes.ts writes them. */
function fakeRuntimeScript(personality, version) {
  return (
    `#!/usr/bin/env node\n` +
    `import(${JSON.stringify(pathToFileURL(FAKE_RUNTIME_MODULE).href)})` +
    `.then((fake) => fake.main(${JSON.stringify(personality)}, 'real', ${JSON.stringify(version)}))\n`
  )
}

/** A tar archive made by the system (GNU) tar of `files` (path → contents and mode). */
function tarArchive(format, files, scratch) {
  const root = mkdtempSync(join(scratch, 'root-'))
  const tops = new Set()
  for (const [path, { content, mode }] of Object.entries(files)) {
    const file = join(root, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, content)
    chmodSync(file, mode)
    tops.add(path.split('/')[0])
  }
  const out = join(scratch, `archive.${format}`)
  const options = ['--owner=0', '--group=0', '--numeric-owner', '--sort=name', '--mtime=2026-06-20 00:00Z']
  execFileSync(
    'tar',
    [...options, '-C', root, format === 'tar.xz' ? '-cJf' : '-czf', out, ...[...tops].sort()],
    {
      stdio: 'pipe'
    }
  )
  const body = readFileSync(out)
  rmSync(root, { recursive: true, force: true })
  rmSync(out, { force: true })
  return body
}

/** Writes every release's assets into `dir`; returns the server's config (releases with their assets' files). */
function buildReleases(dir) {
  const scratch = mkdtempSync(join(dir, 'scratch-'))
  const releases = []
  for (const spec of RELEASES) {
    const script = fakeRuntimeScript(spec.personality, spec.version)
    let body
    if (spec.format === 'raw') {
      body = Buffer.from(script)
    } else {
      const files = { [spec.inner]: { content: script, mode: 0o755 } }
      for (const [path, content] of Object.entries(spec.extras)) files[path] = { content, mode: 0o644 }
      files[spec.padding] = { content: randomBytes(PADDING_BYTES), mode: 0o644 }
      body = tarArchive(spec.format, files, scratch)
    }
    const bodies = [
      { name: spec.asset, body },
      ...spec.siblings.map((name) => ({ name, body: Buffer.from(`dummy asset ${name}\n`) }))
    ]
    if (spec.checksumFile) {
      // wazero's Makefile: `touch checksums.txt; sha256sum * >> checksums.txt`, so it lists itself, empty.
      const summed = [...bodies, { name: spec.checksumFile, body: Buffer.alloc(0) }].sort((a, b) =>
        a.name < b.name ? -1 : 1
      )
      const lines = summed.map((asset) => `${sha256Hex(asset.body)}  ${asset.name}\n`).join('')
      bodies.push({ name: spec.checksumFile, body: Buffer.from(lines) })
    }
    const releaseDir = join(dir, 'releases', spec.id)
    mkdirSync(releaseDir, { recursive: true })
    const assets = bodies
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map(({ name, body: bytes }) => {
        const file = join(releaseDir, name)
        writeFileSync(file, bytes)
        return { name, file, size: bytes.length, sha256: sha256Hex(bytes) }
      })
    releases.push({ repo: spec.repo, tag: spec.tag, assets })
  }
  rmSync(scratch, { recursive: true, force: true })
  return { releases }
}

/** Starts the server child; resolves once it listens. */
function startServer(temp, config) {
  const source = join(temp, 'server.mjs')
  const configFile = join(temp, 'server.json')
  writeFileSync(source, SERVER_SOURCE)
  writeFileSync(configFile, JSON.stringify(config))
  const child = spawn(process.execPath, [source, configFile], { stdio: ['pipe', 'pipe', 'inherit'] })
  return new Promise((resolvePort, reject) => {
    let output = ''
    const timer = setTimeout(() => {
      child.kill()
      reject(new BenchError(`the release server did not start within ${SERVER_START_MS} ms`))
    }, SERVER_START_MS)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(new BenchError(`the release server could not start: ${error.message}`))
    })
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new BenchError(`the release server ended (${signal ?? `exit code ${code}`}) before listening`))
    })
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk) => {
      output += chunk
      const newline = output.indexOf('\n')
      if (newline < 0) return
      clearTimeout(timer)
      const { port } = JSON.parse(output.slice(0, newline))
      resolvePort({ child, base: `http://127.0.0.1:${port}` })
    })
  })
}

function stopServer(server) {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return
  server.child.stdin.end()
  server.child.kill('SIGTERM')
}

/** The server's request counts so far (no keep-alive, so nothing stays open). */
function serverStats(base) {
  return new Promise((resolveStats, reject) => {
    const request = get(`${base}/__stats`, { agent: false }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk) => (body += chunk))
      response.on('end', () => {
        try {
          resolveStats(JSON.parse(body))
        } catch (error) {
          reject(error)
        }
      })
    })
    request.on('error', (error) =>
      reject(new BenchError(`the release server did not answer: ${error.message}`))
    )
  })
}

/**
 * The baseline: what a careful shell script does for each runtime in turn.
 * Arguments: API URL, download URL, a fresh directory to install into.
 */
function shellInstallScript() {
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
    `    digest=$(grep -o "\\"name\\":\\"$asset\\",\\"digest\\":\\"sha256:[0-9a-f]*\\"" "$work/release.json" | sed 's/.*sha256://; s/"$//')`,
    '    [ -n "$digest" ] || { echo "no digest for $asset" >&2; exit 1; }',
    '    echo "$digest  $work/$asset" | sha256sum -c --quiet -',
    '  fi',
    '  case $kind in',
    '    raw) mv "$work/$asset" "$dest/$binary" && chmod +x "$dest/$binary" ;;',
    '    *) tar -xf "$work/$asset" -C "$dest" ;;',
    '  esac',
    '  rm -rf "$work"',
    '}',
    ...RELEASES.map((r) =>
      [
        'fetch',
        r.id,
        r.repo,
        r.tag,
        r.asset,
        r.format === 'raw' ? 'raw' : 'tar',
        r.checksumFile ?? '',
        r.binary
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
        const before = await serverStats(server.base)
        const { ms, cpuMs, stdout } = run(c.label, c.command, c.args(context), env)
        const after = await serverStats(server.base)
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
function resultChecker(source, warnings, engineMs, verifiedBy) {
  return (stdout, { measured }) => {
    let result
    try {
      result = JSON.parse(stdout)
    } catch {
      throw new BenchError(`the CLI printed no JSON result:\n${stdout.slice(0, 500)}`)
    }
    if (measured && typeof result.durationMs === 'number') engineMs?.push(result.durationMs)
    for (const { id } of RELEASES) {
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
function shellChecker() {
  return (_stdout, { context }) => {
    for (const r of RELEASES) {
      const path = join(context.dir, r.id, r.inner ?? r.binary)
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
  if (!existsSync(CLI)) throw new BenchError(`${CLI} does not exist: run npm run bundle first`)
  if (!existsSync(FAKE_RUNTIME_MODULE)) throw new BenchError(`${FAKE_RUNTIME_MODULE} not found`)
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
    const config = buildReleases(temp)
    server = await startServer(temp, config)
    const apiUrl = `${server.base}/api`
    const downloadUrl = `${server.base}/download`
    const script = join(temp, 'install.sh')
    writeFileSync(script, shellInstallScript())

    const runtimesWithVersions = RELEASES.map((r) => `${r.id}@${r.version}`).join(',')
    const runtimeIds = RELEASES.map((r) => r.id).join(',')
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
        resultChecker('installed', warnings)(stdout, { measured: false })
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
          check: resultChecker('installed', warnings, engine.A, verifiedBy)
        },
        {
          label: 'P: wasi-probe (filled tool cache, no --install)',
          command: node,
          args: () => [CLI, '--runtimes', runtimeIds, '--json'],
          prepare: cliRun(filled),
          check: resultChecker('tool-cache', warnings, engine.P)
        },
        {
          label: 'C: wasi-probe --install (filled tool cache)',
          command: node,
          args: () => installArgs,
          prepare: cliRun(filled),
          check: resultChecker('tool-cache', warnings, engine.C)
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
          check: shellChecker()
        }
      ],
      runs,
      server
    )

    const rows = [
      [`A  wasi-probe --install ${RELEASES.length} runtimes (empty cache)`, ...msCells(a)],
      [`P  wasi-probe probe only (filled cache)`, ...msCells(p)],
      [`C  wasi-probe --install (filled cache: hit)`, ...msCells(c)],
      [`B  bash: curl + sha256sum + tar, one by one`, ...msCells(b)]
    ]
    const installMs = a.median - p.median
    const installRatio = installMs / b.median
    const hitMs = (c.median - p.median) / RELEASES.length
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

    const archives = RELEASES.map((r) => {
      const asset = config.releases.find((rel) => rel.repo === r.repo).assets.find((x) => x.name === r.asset)
      return `${r.asset} ${fmtSize(asset.size)}`
    })
    console.log(
      `wasi-probe install bench: node ${process.version}, ${process.platform}-${process.arch}, ` +
        `${cpus().length} CPUs, load ${loadBefore.toFixed(2)} → ${loadavg()[0].toFixed(2)}; ` +
        `median of ${plural(runs, 'run')} after 1 warm-up`
    )
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
          `cache hit (C − P)/${RELEASES.length} ≈ ${signed((engineC - engineP) / RELEASES.length)} per runtime`
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
    stopServer(server)
    rmSync(temp, { recursive: true, force: true })
  }
}

try {
  await main()
} catch (error) {
  if (!(error instanceof BenchError)) throw error
  console.error(`wasi-probe install bench: ${error.message}`)
  process.exitCode = 1
}
