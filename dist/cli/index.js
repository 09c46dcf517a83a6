#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ HELP),
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7531);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8422);
/* harmony import */ var _report_result_file_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6076);
/* harmony import */ var _report_terminal_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(5510);
/* harmony import */ var _runtimes_index_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(4000);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(311);
// `npx wasi-probe`: the same engine as the action, printing a table or JSON.









const FLAG_NAMES = {
    label: '--label',
    native: '--native',
    nativeKeep: '--native-keep',
    runtimes: '--runtimes',
    probes: '--probes',
    modules: '--modules',
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
};
const HELP = `Usage: wasi-probe [options]

Which WebAssembly runtimes can run WASI programs on this machine? Runs small
embedded modules natively (binfmt_misc) and through every runtime found on
PATH or in the tool cache, and prints the support matrix.

Options:
  --runtimes LIST      runtimes to probe, comma, space or newline separated
                       (default: all: ${_runtimes_index_js__WEBPACK_IMPORTED_MODULE_7__/* .RUNTIME_IDS */ .oU.join(', ')})
  --probes LIST        what to probe besides the basic modules: wasi (preview1
                       calls), features (Wasm proposals), all, or probe ids
  --modules PATH       your own .wasm files (globs allowed) or wasi-testsuite
                       style directories, each with optional NAME.json
                       expectations; repeat for several
  --timeout SECONDS    limit for each module run (default ${_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_TIMEOUT_SECONDS */ .KU})
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
finish), 2 bad options.`;
/** Outside GitHub Actions, give the engine the temp and tool-cache folders a runner would. */
function runnerLikeEnv(env) {
    const cacheHome = env.XDG_CACHE_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), '.cache');
    return {
        ...env,
        RUNNER_TEMP: env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(),
        RUNNER_TOOL_CACHE: env.RUNNER_TOOL_CACHE || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cacheHome, 'wasi-probe', 'tool-cache')
    };
}
/**
 * @actions/tool-cache logs through @actions/core and @actions/exec, which
 * write workflow commands and tar's command line to stdout. In the CLI stdout
 * is ours (the table or the JSON): send the rest to stderr, without the debug
 * lines.
 */
function keepStdoutForOurOutput() {
    const write = process.stdout.write;
    process.stdout.write = ((chunk) => {
        const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        const kept = text
            .split(/(?<=\n)/)
            .filter((line) => !line.startsWith('::debug::'))
            .join('');
        return kept === '' ? true : process.stderr.write(kept);
    });
    return () => {
        process.stdout.write = write;
    };
}
async function main(argv, out = process.stdout, err = process.stderr) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args: argv,
            options: {
                runtimes: { type: 'string' },
                label: { type: 'string' },
                native: { type: 'string' },
                probes: { type: 'string' },
                modules: { type: 'string', multiple: true },
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
        });
    }
    catch (error) {
        err.write(`wasi-probe: ${error instanceof Error ? error.message : error}\nTry 'wasi-probe --help'.\n`);
        return 2;
    }
    const { values } = parsed;
    if (values.help) {
        out.write(`${HELP}\n`);
        return 0;
    }
    if (values.version) {
        out.write(`${_version_js__WEBPACK_IMPORTED_MODULE_8__/* .TOOL_VERSION */ .w}\n`);
        return 0;
    }
    let plan;
    try {
        plan = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePlan */ .vS)({
            runtimes: values.runtimes,
            label: values.label,
            native: values.native,
            // The CLI has no post step: what it registers stays (the summary says how to remove it).
            nativeKeep: 'true',
            probes: values.probes,
            modules: values.modules?.join('\n'),
            timeout: values.timeout,
            failOn: values['fail-on'],
            resultPath: values['result-path'],
            install: values.install ? 'true' : 'false',
            token: values.token ?? process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN ?? '',
            githubApiUrl: values['github-api-url'],
            downloadUrl: values['download-url'],
            verify: values['no-verify'] ? 'false' : 'true'
        }, () => '', (input) => FLAG_NAMES[input]);
    }
    catch (error) {
        if (!(error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz))
            throw error;
        err.write(`wasi-probe: ${error.problems.join('\nwasi-probe: ')}\n`);
        return 2;
    }
    // @actions/tool-cache reads these from the process itself.
    const env = runnerLikeEnv(process.env);
    process.env.RUNNER_TEMP = env.RUNNER_TEMP;
    process.env.RUNNER_TOOL_CACHE = env.RUNNER_TOOL_CACHE;
    let result;
    const restoreStdout = keepStdoutForOurOutput();
    try {
        result = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .runProbe */ .m)(plan, { env, warn: (message) => err.write(`wasi-probe: warning: ${message}\n`) });
        if (plan.resultPath)
            (0,_report_result_file_js__WEBPACK_IMPORTED_MODULE_5__/* .writeResultFile */ .t)(plan.resultPath, result);
    }
    catch (error) {
        if (error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz) {
            err.write(`wasi-probe: ${error.problems.join('\nwasi-probe: ')}\n`);
            return 2;
        }
        err.write(`wasi-probe: could not finish: ${error instanceof Error ? error.message : error}\n`);
        return 1;
    }
    finally {
        restoreStdout();
    }
    out.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${(0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_6__/* .terminalTable */ .R)(result)}\n`);
    return result.failOn.ok ? 0 : 1;
}
process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7531:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ runProbe)
});

// UNUSED EXPORTS: failedRunResult

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/host.ts
// The machine the probe runs on, as the result file and the label name it.

const OS_NAMES = { linux: 'linux', darwin: 'macos', win32: 'windows' };
/** glibc or musl on Linux, null elsewhere. */
function detectLibc() {
    if (process.platform !== 'linux')
        return null;
    const report = process.report?.getReport();
    if (report?.header?.glibcVersionRuntime)
        return 'glibc';
    try {
        if ((0,external_node_fs_.readdirSync)('/lib').some((name) => name.startsWith('ld-musl-')))
            return 'musl';
    }
    catch {
        // No /lib: fall through.
    }
    return (0,external_node_fs_.existsSync)('/etc/alpine-release') ? 'musl' : 'glibc';
}
function host_detectHost(env = process.env) {
    const os = OS_NAMES[process.platform] ?? process.platform;
    const arch = process.arch;
    const libc = detectLibc();
    return {
        os,
        arch,
        libc,
        label: [os, arch, libc].filter(Boolean).join('-'),
        runner: env.RUNNER_NAME || null
    };
}
/** The host as release assets are chosen for it; undefined where no runtime publishes builds. */
function platformOf(host) {
    if (host.os !== 'linux' && host.os !== 'macos' && host.os !== 'windows')
        return undefined;
    if (host.arch !== 'x64' && host.arch !== 'arm64')
        return undefined;
    return { os: host.os, arch: host.arch, libc: host.os === 'linux' ? (host.libc ?? 'glibc') : null };
}

// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __nccwpck_require__(8422);
// EXTERNAL MODULE: ./src/probes/index.ts + 3 modules
var src_probes = __nccwpck_require__(9553);
// EXTERNAL MODULE: ./src/probes/catalog.ts + 1 modules
var catalog = __nccwpck_require__(7431);
// EXTERNAL MODULE: ./src/provision/binfmt.ts
var binfmt = __nccwpck_require__(9719);
// EXTERNAL MODULE: ./src/runtimes/index.ts + 7 modules
var src_runtimes = __nccwpck_require__(4000);
// EXTERNAL MODULE: ./src/provision/discover.ts
var discover = __nccwpck_require__(2872);
;// CONCATENATED MODULE: ./src/provision/provision.ts


async function provision(plan, env, platform, options = {}) {
    const result = { located: new Map(), absent: new Map(), installs: new Map() };
    const install = plan.install;
    // The installer and the Actions cache client are large: loaded only when asked for,
    // so that probing alone starts fast.
    const installer = install ? await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(838), __nccwpck_require__.e(88), __nccwpck_require__.e(687)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8687)) : undefined;
    const api = install
        ? new (await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(480)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9480))).ReleasesApi(install.apiUrl, install.token)
        : undefined;
    const warn = options.warn ?? (() => { });
    let cache;
    if (install?.cache && platform) {
        const { actionsCache, actionsCacheAvailable } = await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(838), __nccwpck_require__.e(324), __nccwpck_require__.e(88), __nccwpck_require__.e(312), __nccwpck_require__.e(127)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7127));
        if (actionsCacheAvailable())
            cache = actionsCache(platform, warn);
        else
            warn('cache: true, but the Actions cache service is not available here: runtimes are downloaded');
    }
    await Promise.all(plan.runtimes.map(async (id) => {
        const spec = (0,src_runtimes/* runtimeById */.Vl)(id);
        if (!spec || spec.kind === 'native')
            return;
        const requested = install?.versions[id];
        // A version asked for is installed (or taken from the tool cache); without
        // one, whatever is on the machine will do.
        const found = requested === undefined ? (0,discover/* locate */.x5)(spec, env) : undefined;
        if (found) {
            result.located.set(id, found);
            return;
        }
        if (!install || !installer || !api || spec.kind !== 'cli') {
            result.absent.set(id, { status: 'missing', reason: 'not found on PATH or in the tool cache' });
            return;
        }
        if (!platform) {
            result.absent.set(id, {
                status: 'unavailable',
                reason: `no runtime builds are published for ${process.platform}-${process.arch}`
            });
            return;
        }
        const outcome = await installer.installRuntime(spec, requested, {
            platform,
            api,
            apiUrl: install.apiUrl,
            downloadUrl: install.downloadUrl,
            token: install.token,
            verify: install.verify,
            manifest: options.manifest,
            cache,
            warn
        });
        result.installs.set(id, outcome.record);
        if (outcome.kind === 'ready')
            result.located.set(id, outcome.located);
        else if (outcome.kind === 'unavailable')
            result.absent.set(id, { status: 'unavailable', reason: outcome.reason });
        else {
            result.absent.set(id, {
                status: 'error',
                reason: `install failed at ${outcome.stage}: ${outcome.reason}`,
                failedStage: outcome.stage
            });
        }
    }));
    return result;
}

;// CONCATENATED MODULE: ./src/report/fail-on.ts
function describeFailOn(failOn) {
    if (failOn.kind === 'runtimes')
        return failOn.ids.join(', ');
    return failOn.kind;
}
function evaluateFailOn(failOn, runtimes) {
    const rule = describeFailOn(failOn);
    const passed = runtimes.filter((r) => r.status === 'pass').map((r) => r.id);
    if (failOn.kind === 'none')
        return { rule, ok: true, message: 'fail-on is none: the step does not fail on results' };
    if (failOn.kind === 'any') {
        return passed.length > 0
            ? { rule, ok: true, message: `at least one runtime passed: ${passed.join(', ')}` }
            : { rule, ok: false, message: 'fail-on: any, but no runtime passed the basic probes' };
    }
    const notPassed = runtimes.filter((r) => failOn.ids.includes(r.id) && r.status !== 'pass');
    if (notPassed.length === 0)
        return { rule, ok: true, message: `${rule} passed` };
    const details = notPassed.map((r) => `${r.id} is ${r.status}${r.reason ? ` (${r.reason})` : ''}`);
    return { rule, ok: false, message: `fail-on: ${rule} must pass, but ${details.join('; ')}` };
}

;// CONCATENATED MODULE: ./src/report/result.ts
const result_RESULT_SCHEMA = 'wasi-probe/result@1';
/** How much of a module's stdout and stderr the result file keeps. */
const EXCERPT_CHARS = 2000;

// EXTERNAL MODULE: ./src/runtimes/native.ts
var runtimes_native = __nccwpck_require__(574);
// EXTERNAL MODULE: ./src/runtimes/spec.ts
var runtimes_spec = __nccwpck_require__(5942);
;// CONCATENATED MODULE: ./src/run/classify.ts
const SPAWN_ERRORS = {
    ENOENT: 'not found',
    EACCES: 'permission denied (not executable, or on a noexec mount)',
    ENOEXEC: 'not an executable format this system can run',
    EPERM: 'operation not permitted'
};
/** A dynamic loader that could not find a library exits 127 and says so. */
const MISSING_LIBRARY = /error while loading shared libraries|Library not loaded|dyld(\[\d+\])?:/;
function classify(expect, observation, isTrap, timeoutMs) {
    if (observation.spawnError) {
        const meaning = SPAWN_ERRORS[observation.spawnError];
        return {
            status: 'error',
            reason: `could not start: ${observation.spawnError}${meaning ? ` (${meaning})` : ''}`
        };
    }
    if (observation.timedOut) {
        return { status: 'timeout', reason: `still running after ${timeoutMs / 1000}s, killed` };
    }
    const run = {
        exitCode: observation.exitCode,
        signal: observation.signal,
        stdout: observation.stdout.text,
        stderr: observation.stderr.text
    };
    if (run.exitCode === 127 && MISSING_LIBRARY.test(run.stderr)) {
        return { status: 'error', reason: `could not start: ${firstLine(run.stderr)}` };
    }
    if (expect.recordOnly)
        return { status: 'recorded', reason: `${describeEnd(run)} (recorded, not judged)` };
    // `nonzero`: the run must fail, whichever way (an exit code, a signal, a trap).
    const exitMatches = expect.exitCode === 'nonzero'
        ? run.exitCode !== 0 || run.signal !== null
        : run.exitCode === expect.exitCode;
    const stdoutMatches = expect.stdout === undefined || run.stdout === expect.stdout;
    const stderrMatches = (expect.stderrIncludes === undefined || run.stderr.includes(expect.stderrIncludes)) &&
        (expect.stderr === undefined || run.stderr === expect.stderr);
    if (exitMatches && stdoutMatches && stderrMatches)
        return { status: 'pass' };
    if (!exitMatches && observation.trap !== undefined)
        return { status: 'trap', reason: `trap: ${observation.trap}` };
    if (!exitMatches && isTrap(run)) {
        return { status: 'trap', reason: `trap (${describeEnd(run)}): ${firstLine(run.stderr || run.stdout)}` };
    }
    if (!exitMatches) {
        const expected = expect.exitCode === 'nonzero' ? 'a failure' : `exit code ${expect.exitCode}`;
        return { status: 'fail', reason: `${describeEnd(run)}, expected ${expected}` };
    }
    if (!stdoutMatches) {
        return {
            status: 'fail',
            reason: `stdout ${JSON.stringify(clip(run.stdout))}, expected ${JSON.stringify(expect.stdout)}`
        };
    }
    return {
        status: 'fail',
        reason: expect.stderr !== undefined
            ? `stderr ${JSON.stringify(clip(run.stderr))}, expected ${JSON.stringify(expect.stderr)}`
            : `stderr lacks ${JSON.stringify(expect.stderrIncludes)}`
    };
}
function describeEnd(run) {
    return run.signal ? `killed by ${run.signal}` : `exit code ${run.exitCode}`;
}
function firstLine(text) {
    return clip(text.trim().split('\n')[0] ?? '');
}
function clip(text, max = 120) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}

;// CONCATENATED MODULE: ./src/run/outcome.ts

function probeOutcome(probe, verdict, observation) {
    return {
        id: probe.id,
        category: probe.category,
        ...(probe.suite ? { suite: probe.suite } : {}),
        status: verdict.status,
        ...(verdict.reason ? { reason: verdict.reason } : {}),
        exitCode: observation.exitCode,
        signal: observation.signal,
        expected: probe.expect,
        stdout: observation.stdout.text.slice(0, EXCERPT_CHARS),
        stderr: observation.stderr.text.slice(0, EXCERPT_CHARS),
        stdoutBytes: observation.stdout.bytes,
        stderrBytes: observation.stderr.bytes,
        durationMs: observation.durationMs
    };
}
/** A probe that did not run, with the reason. */
function probeNotRun(probe, status, reason) {
    return {
        id: probe.id,
        category: probe.category,
        ...(probe.suite ? { suite: probe.suite } : {}),
        status,
        reason,
        exitCode: null,
        signal: null,
        expected: probe.expect,
        stdout: '',
        stderr: '',
        stdoutBytes: 0,
        stderrBytes: 0,
        durationMs: 0
    };
}
/** Why `limits` keep a runtime from running `probe`, or undefined when nothing does. */
function unsupportedReason(probe, limits) {
    if (!limits)
        return undefined;
    if (probe.args.length > 0 && limits.args)
        return limits.args;
    if (Object.keys(probe.env).length > 0 && limits.env)
        return limits.env;
    if ((probe.dir || probe.copyDirs?.length) && limits.dirs)
        return limits.dirs;
    if (probe.category === 'component' && limits.components)
        return limits.components;
    return undefined;
}
/**
 * A runtime supports WASI when every basic probe it can express passes (the
 * capability probes say how well, not whether). Otherwise it failed, or, when
 * nothing could even start, it is an error.
 */
function runtimeStatus(probes) {
    const basic = probes.some((p) => p.category === 'basic')
        ? probes.filter((p) => p.category === 'basic')
        : probes;
    const ran = basic.filter((p) => p.status !== 'unsupported');
    if (ran.length === 0)
        return { status: 'unsupported', reason: 'no probe can run on this runtime' };
    const failed = ran.filter((p) => p.status !== 'pass');
    if (failed.length === 0)
        return { status: 'pass' };
    const reason = failed.map((p) => `${p.id}: ${p.reason ?? p.status}`).join('; ');
    const nothingStarted = failed.length === ran.length && failed.every((p) => p.status === 'error');
    return { status: nothingStarted ? 'error' : 'fail', reason, failedStage: 'run' };
}
function runtimeOutcome(spec, fields) {
    return {
        id: spec.id,
        name: spec.name,
        version: null,
        path: null,
        source: null,
        probes: [],
        durationMs: 0,
        ...fields
    };
}
/** The outcome of a runtime that ran its probes: where it was, what it said, how it went. */
function ranOutcome(spec, located, version, probes, started) {
    return runtimeOutcome(spec, {
        version,
        path: located.path,
        source: located.source,
        ...(located.libDir ? { libDir: located.libDir } : {}),
        ...runtimeStatus(probes),
        probes,
        durationMs: Math.round(performance.now() - started)
    });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/run/process.ts
// Spawning with a timeout that kills the whole process tree, and output
// captured up to a bound. @actions/exec has no timeout, hence our own.


/** How much of each of stdout and stderr is kept; the rest is only counted. */
const CAPTURE_LIMIT_BYTES = 64 * 1024;
const EMPTY_CAPTURE = { text: '', bytes: 0 };
/** Collects chunks until the limit, then only counts. */
class BoundedCapture {
    chunks = [];
    kept = 0;
    total = 0;
    add(chunk) {
        this.total += chunk.length;
        const room = CAPTURE_LIMIT_BYTES - this.kept;
        if (room <= 0)
            return;
        const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
        this.chunks.push(part);
        this.kept += part.length;
    }
    result() {
        return { text: Buffer.concat(this.chunks).toString('utf8'), bytes: this.total };
    }
}
/** The first CAPTURE_LIMIT_BYTES of a file, and its size. A missing file reads as empty. */
function readCapturedFile(path) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
    }
    catch {
        return EMPTY_CAPTURE;
    }
    try {
        const bytes = (0,external_node_fs_.statSync)(path).size;
        const buffer = Buffer.alloc(Math.min(bytes, CAPTURE_LIMIT_BYTES));
        const read = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, 0);
        return { text: buffer.subarray(0, read).toString('utf8'), bytes };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Kills a child and everything it started. On POSIX the child leads its own
 * process group (spawned with `detached`), so the group is signalled.
 */
function killTree(child) {
    if (child.pid === undefined)
        return;
    if (process.platform === 'win32') {
        (0,external_node_child_process_.spawnSync)('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' });
        return;
    }
    try {
        process.kill(-child.pid, 'SIGKILL');
    }
    catch {
        child.kill('SIGKILL');
    }
}
/** Spawns without a shell, in a process group of its own where the OS has them. */
function spawnIsolated(request, stdout = 'pipe') {
    return (0,external_node_child_process_.spawn)(request.command, request.args, {
        cwd: request.cwd,
        env: request.env ?? process.env,
        stdio: ['ignore', stdout, 'pipe'],
        detached: process.platform !== 'win32',
        windowsHide: true
    });
}
/** Runs one process to its end or to the timeout; never rejects. */
function runProcess(request) {
    return new Promise((resolve) => {
        const started = performance.now();
        const stdout = new BoundedCapture();
        const stderr = new BoundedCapture();
        let timedOut = false;
        let spawnError;
        let settled = false;
        const child = spawnIsolated(request);
        const timer = setTimeout(() => {
            timedOut = true;
            killTree(child);
        }, request.timeoutMs);
        child.stdout?.on('data', (chunk) => stdout.add(chunk));
        child.stderr?.on('data', (chunk) => stderr.add(chunk));
        const finish = (exitCode, signal) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve({
                exitCode,
                signal,
                stdout: stdout.result(),
                stderr: stderr.result(),
                durationMs: Math.round(performance.now() - started),
                timedOut,
                ...(spawnError ? { spawnError } : {})
            });
        };
        child.on('error', (error) => {
            spawnError = error.code ?? error.message;
            finish(null, null);
        });
        // 'close' waits for the streams too, so no output is lost.
        child.on('close', (code, signal) => finish(code, signal));
    });
}

;// CONCATENATED MODULE: ./src/run/native-runtime.ts
// Executes the modules themselves, as `./module.wasm`, and lets the kernel
// find the handler. Only a visible binfmt_misc entry for .wasm makes that
// worth trying: without one, Node's spawn falls back to /bin/sh.









/** Where modules may be executed from: a temp dir may be mounted noexec. */
function defaultCandidateDirs(env = process.env) {
    const dirs = [env.RUNNER_TEMP, (0,external_node_os_.tmpdir)(), '/dev/shm', process.cwd(), (0,external_node_os_.homedir)()];
    return [...new Set(dirs.filter((dir) => Boolean(dir)))];
}
function unsupported(reason, entries = []) {
    return {
        native: {
            status: 'unsupported',
            handler: null,
            flags: null,
            entries: entries.map(toHandler),
            dir: null,
            reason
        },
        runtime: runtimeOutcome(runtimes_native/* native */.Yk, { status: 'unsupported', reason, source: 'kernel' })
    };
}
function toHandler(entry) {
    return { name: entry.name, interpreter: entry.interpreter, flags: entry.flags };
}
async function runNative(probes, context) {
    if (process.platform === 'darwin')
        return unsupported('macOS has no binfmt_misc: a .wasm file cannot be executed directly');
    if (process.platform === 'win32') {
        const association = (0,runtimes_native/* windowsAssociation */.Zg)();
        return unsupported(association
            ? `Windows runs a .wasm file only through the shell's file association: ${association}`
            : 'Windows has no file association for .wasm (assoc .wasm), and no binfmt_misc');
    }
    if (process.platform !== 'linux')
        return unsupported(`${process.platform} has no binfmt_misc`);
    const scan = (0,runtimes_native/* scanBinfmt */.e0)(context.binfmtDir);
    if (scan.state === 'not-mounted') {
        return unsupported('binfmt_misc is not mounted at /proc/sys/fs/binfmt_misc: no handler for .wasm can be seen');
    }
    if (scan.state === 'disabled')
        return unsupported('binfmt_misc is disabled (its status file says so)');
    const entries = scan.entries.filter(runtimes_native/* handlesWasm */.mU);
    if (entries.length === 0) {
        return unsupported('no enabled binfmt_misc entry for the \\0asm magic or the .wasm extension');
    }
    const handler = entries[0];
    const started = performance.now();
    const { dir, outcomes, tried } = await executeModules(probes, context);
    if (dir === null) {
        return unsupported(`a .wasm handler is registered, but no directory allows execution (tried ${tried.join(', ')})`, entries);
    }
    const { status, reason } = runtimeStatus(outcomes);
    const dirNote = tried.length > 1
        ? ` (executed from ${dir}; ${tried.slice(0, -1).join(', ')} refused execution: noexec)`
        : '';
    // The kernel tries the most recently registered entry first; procfs does not say which that is.
    const several = entries.length > 1
        ? ` (${entries.length} entries handle .wasm: ${entries.map((e) => e.name).join(', ')}; the most recently registered one is used)`
        : '';
    const fullReason = [reason, dirNote.trim(), several.trim()].filter(Boolean).join(' ') || undefined;
    return {
        native: {
            status,
            handler: handler.interpreter,
            flags: handler.flags,
            entries: entries.map(toHandler),
            dir,
            ...(fullReason ? { reason: fullReason } : {})
        },
        runtime: runtimeOutcome(runtimes_native/* native */.Yk, {
            status,
            ...(fullReason ? { reason: fullReason } : {}),
            version: null,
            path: handler.interpreter,
            source: 'kernel',
            probes: outcomes,
            durationMs: Math.round(performance.now() - started)
        })
    };
}
/**
 * Writes each module with mode 0755 and executes it. When a directory refuses
 * execution (EACCES: mounted noexec), the next candidate is tried.
 */
async function executeModules(probes, context) {
    const tried = [];
    for (const candidate of context.candidateDirs ?? defaultCandidateDirs(context.env)) {
        let dir;
        try {
            dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(candidate, 'wasi-probe-native-'));
        }
        catch {
            continue;
        }
        tried.push(candidate);
        try {
            const outcomes = [];
            for (const probe of probes) {
                const why = unsupportedReason(probe, runtimes_native/* native */.Yk.limits);
                if (why) {
                    outcomes.push(probeNotRun(probe, 'unsupported', why));
                    continue;
                }
                const observation = await executeModule(dir, probe, context);
                if (observation.spawnError === 'EACCES' && outcomes.length === 0)
                    break;
                outcomes.push(probeOutcome(probe, classify(probe.expect, observation, runtimes_spec/* looksLikeTrap */.nC, context.timeoutMs), observation));
            }
            if (outcomes.length > 0)
                return { dir: candidate, outcomes, tried };
        }
        finally {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
    }
    return { dir: null, outcomes: [], tried };
}
async function executeModule(dir, probe, context) {
    const path = (0,external_node_path_.join)(dir, `${probe.id.replace(/[^\w.-]/g, '_')}.wasm`);
    (0,external_node_fs_.writeFileSync)(path, (0,catalog/* probeBytes */.Wu)(probe));
    (0,external_node_fs_.chmodSync)(path, 0o755);
    return runProcess({
        command: path,
        args: probe.args,
        timeoutMs: context.timeoutMs,
        env: context.env,
        cwd: dir
    });
}

;// CONCATENATED MODULE: ./src/run/cell-dir.ts
// The directory a probe preopens: made fresh for each run, holding the files
// the probe needs, checked afterwards for the files the probe must leave.


/** Fresh directories for the probe's run, or undefined when the probe preopens none. */
function prepareCellDir(probe, workDir) {
    if (!probe.dir && !probe.copyDirs?.length)
        return undefined;
    const root = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(workDir, 'dirs-'));
    const preopens = [];
    if (probe.dir) {
        for (const [path, content] of Object.entries(probe.dir.files)) {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(root, path)), { recursive: true });
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(root, path), content);
        }
        preopens.push({ guest: probe.dir.guest, host: root });
    }
    for (const [i, { guest, from }] of (probe.copyDirs ?? []).entries()) {
        // A copy per run: the user's own files are never changed.
        const host = (0,external_node_path_.join)(root, `copy-${i}-${(0,external_node_path_.basename)(from)}`);
        // wasi-testsuite marks what an earlier run left behind as NAME.cleanup: the copy starts without them.
        (0,external_node_fs_.cpSync)(from, host, { recursive: true, filter: (source) => !source.endsWith('.cleanup') });
        preopens.push({ guest, host });
    }
    return { root, preopens };
}
/** A passing verdict stays one only if the directory holds what the probe must leave there. */
function checkCellDir(probe, dirs, verdict) {
    if (verdict.status !== 'pass' || !dirs || !probe.expect.files)
        return verdict;
    const dir = dirs.root;
    for (const [path, expected] of Object.entries(probe.expect.files)) {
        let found;
        try {
            found = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, path), 'utf8');
        }
        catch {
            return { status: 'fail', reason: `the run left no file ${path}` };
        }
        if (found !== expected) {
            return {
                status: 'fail',
                reason: `file ${path} holds ${JSON.stringify(found.slice(0, 120))}, expected ${JSON.stringify(expected)}`
            };
        }
    }
    return verdict;
}
function removeCellDir(dirs) {
    if (dirs)
        (0,external_node_fs_.rmSync)(dirs.root, { recursive: true, force: true });
}

;// CONCATENATED MODULE: ./src/run/cli-runtime.ts




/** Asks the runtime for its version; null when it cannot tell. */
async function queryVersion(spec, located, context) {
    const observation = await runProcess({
        command: located.path,
        args: spec.versionArgs,
        timeoutMs: context.timeoutMs,
        env: context.env
    });
    return spec.parseVersion(`${observation.stdout.text}\n${observation.stderr.text}`) ?? null;
}
async function runCliRuntime(spec, located, probes, context) {
    const started = performance.now();
    // The version query runs beside the modules, so nothing waits for it. A
    // binary that cannot start fails every module with the reason.
    const [version, outcomes] = await Promise.all([
        queryVersion(spec, located, context),
        runProbes(spec, located, probes, context)
    ]);
    return ranOutcome(spec, located, version, outcomes, started);
}
/** Each module in a process of its own, one after the other. */
async function runProbes(spec, located, probes, context) {
    const outcomes = [];
    for (const probe of probes) {
        const unsupported = unsupportedReason(probe, spec.limits);
        if (unsupported) {
            outcomes.push(probeNotRun(probe, 'unsupported', unsupported));
            continue;
        }
        const dir = prepareCellDir(probe, context.workDir);
        try {
            const args = spec.argv({
                module: context.modulePaths.get(probe.module),
                args: probe.args,
                env: probe.env,
                dirs: dir?.preopens ?? []
            });
            const observation = await runProcess({
                command: located.path,
                args,
                timeoutMs: context.timeoutMs,
                env: context.env
            });
            const verdict = checkCellDir(probe, dir, classify(probe.expect, observation, spec.isTrap, context.timeoutMs));
            outcomes.push(probeOutcome(probe, verdict, observation));
        }
        finally {
            removeCellDir(dir);
        }
    }
    return outcomes;
}

// EXTERNAL MODULE: ./src/runtimes/node.ts
var node = __nccwpck_require__(7321);
;// CONCATENATED MODULE: ./src/run/node-batch.ts
// Runs several modules through node:wasi in one child `node`, keeping every
// module's verdict its own: a module that hangs or kills the child ends only
// its own cell, and the modules after it run again in a fresh child.




/**
 * The runner needs nothing from the environment that node reads at start-up:
 * NODE_OPTIONS could preload code into it, and NODE_EXTRA_CA_CERTS alone costs
 * tens of milliseconds of start-up for certificates it never uses.
 */
function childEnv(env) {
    const copy = { ...env };
    delete copy.NODE_OPTIONS;
    delete copy.NODE_EXTRA_CA_CERTS;
    return copy;
}
/** Writes the runner program once per batch and returns its path. */
function runnerPath(workDir) {
    const path = (0,external_node_path_.join)(workDir, 'node-wasi-runner.cjs');
    (0,external_node_fs_.writeFileSync)(path, node/* NODE_WASI_RUNNER_SOURCE */.b);
    return path;
}
/**
 * Runs `jobs` with the `node` at `nodePath`; each job gets `timeoutMs`.
 * Resolves with one observation per job id, never rejects.
 */
async function runNodeBatch(nodePath, jobs, timeoutMs, workDir) {
    const results = new Map();
    // A folder of its own: several batches may run at once in one work directory.
    const batchDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(workDir, 'node-batch-'));
    const runner = runnerPath(batchDir);
    let remaining = jobs;
    let round = 0;
    while (remaining.length > 0) {
        round += 1;
        await runOneChild(nodePath, runner, remaining, timeoutMs, batchDir, round, results);
        const before = remaining.length;
        remaining = remaining.filter((job) => !results.has(job.id));
        // runOneChild settles at least one job per round; this guards the loop anyway.
        if (remaining.length === before)
            break;
    }
    return results;
}
function runOneChild(nodePath, runner, jobs, timeoutMs, workDir, round, results) {
    const files = new Map(jobs.map((job, i) => {
        // Numbered, not named: an id may hold characters a file name cannot (`suite/test`).
        const base = (0,external_node_path_.join)(workDir, `node-${round}-${i}`);
        return [job.id, { stdoutPath: `${base}.stdout`, stderrPath: `${base}.stderr` }];
    }));
    const jobsFile = (0,external_node_path_.join)(workDir, `node-jobs-${round}.json`);
    (0,external_node_fs_.writeFileSync)(jobsFile, JSON.stringify(jobs.map((job) => ({ ...job, ...files.get(job.id) }))));
    return new Promise((resolve) => {
        const child = spawnIsolated({
            command: nodePath,
            args: ['--no-warnings', runner, jobsFile],
            env: childEnv(process.env)
        });
        const childStderr = new BoundedCapture();
        let current;
        let lineBuffer = '';
        let timedOut = false;
        let spawnError;
        let settled = false;
        const outputOf = (id) => {
            const paths = files.get(id);
            return paths
                ? { stdout: readCapturedFile(paths.stdoutPath), stderr: readCapturedFile(paths.stderrPath) }
                : { stdout: EMPTY_CAPTURE, stderr: EMPTY_CAPTURE };
        };
        let timer;
        const armTimer = () => {
            clearTimeout(timer);
            timer = setTimeout(() => {
                timedOut = true;
                killTree(child);
            }, timeoutMs);
        };
        armTimer();
        const onEvent = (event) => {
            if (event.event === 'start') {
                current = { id: event.id, started: performance.now() };
                return;
            }
            current = undefined;
            results.set(event.id, {
                exitCode: event.exitCode ?? null,
                signal: null,
                ...outputOf(event.id),
                durationMs: event.durationMs ?? 0,
                timedOut: false,
                ...(event.trap !== undefined ? { trap: event.trap } : {})
            });
            armTimer();
        };
        child.stdout?.on('data', (chunk) => {
            lineBuffer += chunk.toString('utf8');
            let newline;
            while ((newline = lineBuffer.indexOf('\n')) >= 0) {
                const line = lineBuffer.slice(0, newline);
                lineBuffer = lineBuffer.slice(newline + 1);
                try {
                    onEvent(JSON.parse(line));
                }
                catch {
                    // Not one of the runner's lines; nothing else writes to this stream.
                }
            }
        });
        child.stderr?.on('data', (chunk) => childStderr.add(chunk));
        child.on('error', (error) => {
            spawnError = error.code ?? error.message;
            finish(null, null);
        });
        child.on('close', (code, signal) => finish(code, signal));
        // The child is gone. The module it was running when it went (or, if it never
        // got to one, the first one) takes the blame; the rest run again.
        function finish(exitCode, signal) {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            const pending = jobs.filter((job) => !results.has(job.id));
            if (pending.length > 0) {
                const blamed = current?.id ?? pending[0].id;
                const output = outputOf(blamed);
                const stderr = output.stderr.bytes > 0 ? output.stderr : childStderr.result();
                results.set(blamed, {
                    exitCode,
                    signal,
                    stdout: output.stdout,
                    stderr,
                    durationMs: Math.round(performance.now() - (current?.started ?? performance.now())),
                    timedOut,
                    ...(spawnError ? { spawnError } : {})
                });
                // Nothing can start: every module shares the error.
                if (spawnError) {
                    for (const job of pending)
                        results.set(job.id, { ...results.get(blamed), durationMs: 0 });
                }
            }
            resolve();
        }
    });
}

;// CONCATENATED MODULE: ./src/run/node-runtime.ts
// Node's node:wasi: every module in one child process (see node-batch.ts).







/**
 * A few modules share one child; many are spread over as many children as
 * there are cores (each still one module at a time, a fresh WASI instance each).
 */
function splitIntoBatches(jobs) {
    const children = Math.max(1, Math.min((0,external_node_os_.availableParallelism)(), Math.ceil(jobs.length / MODULES_PER_CHILD)));
    const batches = Array.from({ length: children }, () => []);
    jobs.forEach((job, i) => batches[i % children].push(job));
    return batches;
}
/** Below this many modules per child, another child costs more than it saves. */
const MODULES_PER_CHILD = 4;
async function runNodeRuntime(spec, located, probes, context) {
    const started = performance.now();
    const runnable = probes.filter((probe) => !unsupportedReason(probe, spec.limits));
    const dirs = new Map(runnable.map((probe) => [probe.id, prepareCellDir(probe, context.workDir)]));
    const jobs = runnable.map((probe) => {
        const dir = dirs.get(probe.id);
        return {
            id: probe.id,
            module: context.modulePaths.get(probe.module),
            args: probe.args,
            env: probe.env,
            preopens: Object.fromEntries((dir?.preopens ?? []).map(({ guest, host }) => [guest, host]))
        };
    });
    // The version query and the batches all at once: node's start-up is the cost worth saving here.
    const [version, ...batches] = await Promise.all([
        queryVersion(spec, located, context),
        ...splitIntoBatches(jobs).map((batch) => runNodeBatch(located.path, batch, context.timeoutMs, context.workDir))
    ]);
    const observations = new Map(batches.flatMap((batch) => [...batch]));
    const outcomes = probes.map((probe) => {
        const unsupported = unsupportedReason(probe, spec.limits);
        if (unsupported)
            return probeNotRun(probe, 'unsupported', unsupported);
        const observation = observations.get(probe.id);
        const dir = dirs.get(probe.id);
        const verdict = checkCellDir(probe, dir, classify(probe.expect, observation, runtimes_spec/* looksLikeTrap */.nC, context.timeoutMs));
        removeCellDir(dir);
        return probeOutcome(probe, verdict, observation);
    });
    return ranOutcome(spec, located, version, outcomes, started);
}

;// CONCATENATED MODULE: ./src/run/matrix.ts
// The run stage: every requested runtime at once, each module in its own cell.








const NATIVE_NOT_REQUESTED = {
    status: 'unsupported',
    handler: null,
    flags: null,
    entries: [],
    dir: null,
    reason: 'not requested'
};
/** Writes each probe's module once, for every runtime to read. */
function writeModules(probes, workDir) {
    const dir = (0,external_node_path_.join)(workDir, 'modules');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const paths = new Map();
    for (const probe of probes) {
        if (paths.has(probe.module))
            continue;
        if (probe.path) {
            // The user's module is read where it is.
            paths.set(probe.module, probe.path);
            continue;
        }
        const path = (0,external_node_path_.join)(dir, `${probe.module}.wasm`);
        (0,external_node_fs_.writeFileSync)(path, (0,catalog/* probeBytes */.Wu)(probe));
        paths.set(probe.module, path);
    }
    return paths;
}
/** Where the loader looks for shared libraries (Windows: next to PATH's executables). */
const LIBRARY_PATH_VARIABLE = process.platform === 'darwin'
    ? 'DYLD_LIBRARY_PATH'
    : process.platform === 'win32'
        ? 'PATH'
        : 'LD_LIBRARY_PATH';
/** The loader's library path, with `libDir` first (WasmEdge's shared library). */
function withLibraryPath(env, libDir) {
    if (!libDir)
        return env;
    const name = LIBRARY_PATH_VARIABLE;
    return { ...env, [name]: [libDir, env[name]].filter(Boolean).join(external_node_path_.delimiter) };
}
async function runMatrix(request) {
    const modulePaths = writeModules(request.probes, request.workDir);
    const context = { modulePaths, timeoutMs: request.timeoutMs, env: request.env, workDir: request.workDir };
    let native = NATIVE_NOT_REQUESTED;
    const runtimes = await Promise.all(request.runtimes.map(async (id) => {
        const spec = (0,src_runtimes/* runtimeById */.Vl)(id);
        if (!spec)
            throw new Error(`unknown runtime id ${id}`);
        const located = request.located.get(id);
        try {
            if (spec.kind === 'native') {
                const run = await runNative(request.probes, {
                    ...request.native,
                    timeoutMs: request.timeoutMs,
                    env: request.env
                });
                native = run.native;
                return run.runtime;
            }
            if (!located) {
                const absent = request.absent?.get(id) ?? {
                    status: 'missing',
                    reason: 'not found on PATH or in the tool cache'
                };
                return runtimeOutcome(spec, absent);
            }
            const runtimeContext = {
                ...context,
                env: withLibraryPath(request.env ?? process.env, located.libDir)
            };
            if (spec.kind === 'node') {
                return await runNodeRuntime(spec, located, request.probes, {
                    ...runtimeContext,
                    workDir: request.workDir
                });
            }
            return await runCliRuntime(spec, located, request.probes, runtimeContext);
        }
        catch (error) {
            // One runtime's surprise must not take the others' results down.
            const reason = `internal error while probing: ${error instanceof Error ? error.message : String(error)}`;
            if (spec.kind === 'native')
                native = { ...NATIVE_NOT_REQUESTED, status: 'error', reason };
            return runtimeOutcome(spec, { status: 'error', reason, path: located?.path, source: located?.source });
        }
    }));
    return { native, runtimes };
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/engine.ts
// The engine shared by the action and the CLI: plan in, result out.
// plan → provision (locate) → run (matrix) → result. Nothing here touches @actions/core.














async function runProbe(plan, options = {}) {
    const env = options.env ?? process.env;
    const startedAt = new Date();
    const started = performance.now();
    const host = { ...host_detectHost(env), ...(plan.label ? { label: plan.label } : {}) };
    const probes = (0,src_probes/* selectProbes */.ST)(plan.probes);
    if (plan.modules) {
        // Loaded only when asked for: the glob library is large, and start-up stays fast without it.
        const { loadCustomModules } = await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(838), __nccwpck_require__.e(324), __nccwpck_require__.e(716)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7716));
        const custom = await loadCustomModules(plan.modules, env.GITHUB_WORKSPACE || process.cwd());
        if (custom.problems.length > 0)
            throw new inputs/* InputError */.dz(custom.problems.map((problem) => `modules: ${problem}`));
        probes.push(...custom.probes);
    }
    const provisioned = await provision(plan, env, platformOf(host), options);
    const timeoutMs = Math.round(plan.timeoutSeconds * 1000);
    const workDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(options.workRoot ?? env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'wasi-probe-'));
    try {
        const matrix = await runMatrix({
            runtimes: plan.runtimes,
            located: provisioned.located,
            absent: provisioned.absent,
            probes,
            timeoutMs,
            workDir,
            env,
            native: options.native
        });
        // The install record goes with the runtime it installed.
        let runtimes = matrix.runtimes.map((runtime) => {
            const install = provisioned.installs.get(runtime.id);
            const failedStage = provisioned.absent.get(runtime.id)?.failedStage ?? runtime.failedStage;
            return { ...runtime, ...(failedStage ? { failedStage } : {}), ...(install ? { install } : {}) };
        });
        let native = matrix.native;
        if (plan.native) {
            const made = await makeNative(plan.native, native, runtimes, env, timeoutMs, options.native);
            native = made.native;
            const nativeRow = made.runtime;
            if (nativeRow) {
                runtimes = runtimes.some((r) => r.id === 'native')
                    ? runtimes.map((runtime) => (runtime.id === 'native' ? nativeRow : runtime))
                    : [nativeRow, ...runtimes];
            }
        }
        return {
            schema: result_RESULT_SCHEMA,
            tool: { name: 'wasi-probe', version: version/* TOOL_VERSION */.w },
            host,
            startedAt: startedAt.toISOString(),
            durationMs: Math.round(performance.now() - started),
            native,
            runtimes,
            supported: runtimes.filter((r) => r.status === 'pass').map((r) => r.id),
            failOn: evaluateFailOn(plan.failOn, runtimes)
        };
    }
    finally {
        (0,external_node_fs_.rmSync)(workDir, { recursive: true, force: true });
    }
}
/**
 * `native: register`: registers the first runtime that passed (or the one
 * asked for) as the binfmt_misc handler, then runs the basic probes natively.
 */
async function makeNative(request, detected, runtimes, env, timeoutMs, nativeOptions) {
    const wrapperDir = (0,external_node_path_.join)(env.RUNNER_TOOL_CACHE || (0,external_node_os_.tmpdir)(), 'wasi-probe-binfmt');
    const registration = (0,binfmt/* registerNative */.$Q)(request, runtimes, wrapperDir, env);
    const before = runtimes.find((r) => r.id === 'native');
    if (!registration.registered) {
        // What detection found stands; the result says why nothing was registered.
        const reason = [detected.reason, `not registered: ${registration.reason}`].filter(Boolean).join('; ');
        const native = { ...detected, reason };
        return before ? { native, runtime: { ...before, reason } } : { native };
    }
    const run = await runNative(catalog/* BASIC_PROBES */.nb, { ...nativeOptions, timeoutMs, env });
    const registered = {
        entry: registration.entry,
        interpreter: registration.interpreter,
        runtime: registration.runtime
    };
    return { native: { ...run.native, registered }, runtime: run.runtime };
}
/** A result for a run that could not take place (bad inputs, an internal error). */
function failedRunResult(error, failOn, host = detectHost()) {
    return {
        schema: RESULT_SCHEMA,
        tool: { name: 'wasi-probe', version: TOOL_VERSION },
        host,
        startedAt: new Date().toISOString(),
        durationMs: 0,
        native: { status: 'error', handler: null, flags: null, entries: [], dir: null, reason: error },
        runtimes: [],
        supported: [],
        failOn,
        error
    };
}


/***/ }),

/***/ 8422:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KU: () => (/* binding */ DEFAULT_TIMEOUT_SECONDS),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   vS: () => (/* binding */ parsePlan)
/* harmony export */ });
/* unused harmony exports DEFAULT_API_URL, DEFAULT_DOWNLOAD_URL, MAX_TIMEOUT_SECONDS, splitList, isVersionSpec, parseBoolean */
/* harmony import */ var _probes_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9553);
/* harmony import */ var _provision_binfmt_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9719);
/* harmony import */ var _runtimes_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4000);
// Reads the raw inputs (action inputs or CLI flags, as strings) into a Plan.
// Every problem is collected, so one message names all of them.



const DEFAULT_TIMEOUT_SECONDS = 10;
const DEFAULT_API_URL = 'https://api.github.com';
const DEFAULT_DOWNLOAD_URL = 'https://github.com';
/** Runtimes that come with the machine, never installed, so never versioned. */
const NOT_INSTALLABLE = ['native', 'node'];
const MAX_TIMEOUT_SECONDS = 3600;
const ALIASES = { iwasm: 'wamr' };
class InputError extends Error {
    problems;
    constructor(problems) {
        super(problems.join('\n'));
        this.problems = problems;
        this.name = 'InputError';
    }
}
/** Splits a comma, space or newline separated list. */
function splitList(value) {
    return value
        .split(/[\s,]+/)
        .map((item) => item.trim())
        .filter(Boolean);
}
/**
 * `defaultResultPath` gets the label asked for (undefined: the host's own),
 * since the result file is named after it.
 */
function parsePlan(raw, defaultResultPath, nameOf) {
    const problems = [];
    const known = _runtimes_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RUNTIME_IDS */ .oU.join(', ');
    const install = parseBoolean(raw.install, false, nameOf('install'), problems);
    let runtimes = [..._runtimes_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RUNTIME_IDS */ .oU];
    const versions = {};
    const listed = splitList(raw.runtimes ?? '').map((item) => {
        const [name, version] = item.split('@', 2);
        const id = ALIASES[name.toLowerCase()] ?? name.toLowerCase();
        if (version !== undefined)
            versions[id] = version;
        return id;
    });
    if (listed.length > 0 && !(listed.length === 1 && listed[0] === 'all')) {
        const unknown = listed.filter((id) => !_runtimes_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RUNTIME_IDS */ .oU.includes(id));
        if (unknown.length > 0) {
            problems.push(`${nameOf('runtimes')} has ${quoteList(unknown)}, not a known runtime. ` +
                `Accepted: ${known}, or all (comma, space or newline separated), each optionally @version.`);
        }
        runtimes = _runtimes_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RUNTIME_IDS */ .oU.filter((id) => listed.includes(id));
    }
    for (const [id, version] of Object.entries(versions)) {
        if (!_runtimes_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RUNTIME_IDS */ .oU.includes(id))
            continue;
        if (NOT_INSTALLABLE.includes(id)) {
            problems.push(`${nameOf('runtimes')} has "${id}@${version}": ${id} is never installed, so it takes no version.`);
        }
        else if (!isVersionSpec(version)) {
            problems.push(`${nameOf('runtimes')} has "${id}@${version}": "${version}" is not a version. ` +
                'Accepted: a full version (48.0.0, 2.0.0-beta.9), a partial one (48, 1.11) or latest.');
        }
        else if (!install) {
            problems.push(`${nameOf('runtimes')} asks for "${id}@${version}", but ${nameOf('install')} is false: ` +
                `versions are installed, never looked for. Turn ${nameOf('install')} on, or drop the version.`);
        }
    }
    let timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
    const timeoutText = (raw.timeout ?? '').trim();
    if (timeoutText !== '') {
        const value = Number(timeoutText);
        if (!/^\d+(\.\d+)?$/.test(timeoutText) || !(value > 0) || value > MAX_TIMEOUT_SECONDS) {
            problems.push(`${nameOf('timeout')} is "${timeoutText}". Accepted: a number of seconds per module run, ` +
                `greater than 0 and at most ${MAX_TIMEOUT_SECONDS} (default ${DEFAULT_TIMEOUT_SECONDS}).`);
        }
        else {
            timeoutSeconds = value;
        }
    }
    const probes = splitList((raw.probes ?? '').toLowerCase());
    const unknownProbes = probes.filter((name) => !(0,_probes_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isProbeName */ .SB)(name));
    if (unknownProbes.length > 0) {
        problems.push(`${nameOf('probes')} has ${quoteList(unknownProbes)}, not a probe set or probe id. ` +
            `Accepted: ${Object.keys(_probes_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PROBE_SETS */ .Vd).join(', ')}, or probe ids such as wasi-args or feature-simd ` +
            '(comma, space or newline separated).');
    }
    const failOn = parseFailOn(raw.failOn ?? '', runtimes, nameOf, problems);
    const summary = parseBoolean(raw.summary, true, nameOf('summary'), problems);
    const verify = parseBoolean(raw.verify, true, nameOf('verify'), problems);
    const cache = parseBoolean(raw.cache, false, nameOf('cache'), problems);
    const apiUrl = parseUrl(raw.githubApiUrl, DEFAULT_API_URL, 'githubApiUrl', nameOf, problems);
    const downloadUrl = parseUrl(raw.downloadUrl, DEFAULT_DOWNLOAD_URL, 'downloadUrl', nameOf, problems);
    const native = parseNative(raw.native ?? '', nameOf, problems);
    const nativeKeep = parseBoolean(raw.nativeKeep, false, nameOf('nativeKeep'), problems);
    if (native && !runtimes.includes('native'))
        runtimes = ['native', ...runtimes];
    const label = (raw.label ?? '').trim() || undefined;
    if (label !== undefined && [...label].some((ch) => ch.charCodeAt(0) < 0x20)) {
        problems.push(`${nameOf('label')} holds a line break or control character. Accepted: one line of text, e.g. linux-x64-glibc.`);
    }
    const resultPath = (raw.resultPath ?? '').trim() || defaultResultPath(label);
    if (problems.length > 0)
        throw new InputError(problems);
    // Paths may hold spaces: only commas and newlines separate them.
    const modules = (raw.modules ?? '')
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter(Boolean);
    return {
        runtimes,
        probes: probes.length > 0 ? probes : ['basic'],
        ...(modules.length > 0 ? { modules } : {}),
        timeoutSeconds,
        failOn,
        summary,
        resultPath,
        ...(label !== undefined ? { label } : {}),
        ...(native ? { native: { ...native, keep: nativeKeep } } : {}),
        ...(install
            ? { install: { versions, token: (raw.token ?? '').trim(), apiUrl, downloadUrl, verify, cache } }
            : {})
    };
}
/** `detect` (nothing to do), `register`, `register:<runtime>`, each optionally with `force`. */
function parseNative(text, nameOf, problems) {
    const words = splitList(text.toLowerCase());
    if (words.length === 0 || (words.length === 1 && words[0] === 'detect'))
        return undefined;
    const [mode, ...rest] = words;
    const [verb, runtime] = mode.split(':', 2);
    const force = rest.length === 1 && rest[0] === 'force';
    if (verb !== 'register' ||
        (rest.length > 0 && !force) ||
        (runtime !== undefined && !_provision_binfmt_js__WEBPACK_IMPORTED_MODULE_1__/* .INTERPRETER_ORDER */ .q$.includes(ALIASES[runtime] ?? runtime))) {
        problems.push(`${nameOf('native')} is "${text.trim()}". Accepted: detect, register, or register:<runtime> ` +
            `(${_provision_binfmt_js__WEBPACK_IMPORTED_MODULE_1__/* .INTERPRETER_ORDER */ .q$.join(', ')}), optionally followed by force.`);
        return undefined;
    }
    return { register: true, ...(runtime ? { runtime: ALIASES[runtime] ?? runtime } : {}), force };
}
/** `48.0.0`, `2.0.0-beta.9`, `48`, `1.11` or `latest`. */
function isVersionSpec(text) {
    return text === 'latest' || /^\d+(\.\d+){0,2}(-[0-9A-Za-z.-]+)?$/.test(text);
}
/** `true` or `false` in any case; empty is `fallback`; anything else is a problem naming `name`. */
function parseBoolean(value, fallback, name, problems) {
    const text = (value ?? '').trim();
    if (text === '')
        return fallback;
    if (/^true$/i.test(text))
        return true;
    if (/^false$/i.test(text))
        return false;
    problems.push(`${name} is "${text}". Accepted: true or false.`);
    return fallback;
}
function parseUrl(value, fallback, input, nameOf, problems) {
    const text = (value ?? '').trim();
    if (text === '')
        return fallback;
    try {
        const url = new URL(text);
        if (url.protocol === 'https:' || url.protocol === 'http:')
            return text.replace(/\/+$/, '');
    }
    catch {
        // Reported below.
    }
    problems.push(`${nameOf(input)} is "${text}". Accepted: an http(s) URL, for example ${fallback}.`);
    return fallback;
}
function parseFailOn(text, runtimes, nameOf, problems) {
    const words = splitList(text.toLowerCase()).map((word) => ALIASES[word] ?? word);
    const accepted = `Accepted: none, native, any, or a list of runtime ids that must pass (${_runtimes_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RUNTIME_IDS */ .oU.join(', ')}).`;
    if (words.length === 0 || (words.length === 1 && words[0] === 'none'))
        return { kind: 'none' };
    if (words.length === 1 && words[0] === 'any')
        return { kind: 'any' };
    const unknown = words.filter((word) => !_runtimes_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RUNTIME_IDS */ .oU.includes(word));
    if (unknown.length > 0) {
        problems.push(`${nameOf('failOn')} is "${text.trim()}": ${quoteList(unknown)} is not a runtime id. ${accepted}`);
        return { kind: 'none' };
    }
    const notProbed = words.filter((word) => !runtimes.includes(word));
    if (notProbed.length > 0) {
        problems.push(`${nameOf('failOn')} requires ${quoteList(notProbed)} to pass, but ${nameOf('runtimes')} does not probe it. ` +
            `Add it to ${nameOf('runtimes')} or remove it from ${nameOf('failOn')}.`);
    }
    return { kind: 'runtimes', ids: [...new Set(words)] };
}
function quoteList(items) {
    return items.map((item) => `"${item}"`).join(', ');
}


/***/ }),

/***/ 4610:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G8: () => (/* binding */ platformLabel),
/* harmony export */   MT: () => (/* binding */ assetMatching),
/* harmony export */   Nt: () => (/* binding */ escapeRegExp),
/* harmony export */   Pd: () => (/* binding */ isUnavailable),
/* harmony export */   Wg: () => (/* binding */ assetNamed),
/* harmony export */   e7: () => (/* binding */ noBuild)
/* harmony export */ });
/* unused harmony export ALL_PLATFORMS */
// What the installer needs to know of a runtime's GitHub releases: where they
// are, how tags read, and which asset fits which platform.
function isUnavailable(choice) {
    return 'unavailable' in choice;
}
function platformLabel(platform) {
    return [platform.os, platform.arch, platform.libc].filter(Boolean).join('-');
}
/** The asset `name` when the release has it; otherwise why not. */
function assetNamed(names, name, format) {
    return names.includes(name) ? { name, format } : { unavailable: `the release has no asset ${name}` };
}
/** The first asset whose name matches `pattern` (names that change between releases). */
function assetMatching(names, pattern, format, described) {
    const name = [...names].sort().find((candidate) => pattern.test(candidate));
    return name ? { name, format } : { unavailable: `the release has no asset ${described}` };
}
function noBuild(runtime, platform, why = '') {
    return {
        unavailable: `${runtime} publishes no build for ${platformLabel(platform)}${why ? `: ${why}` : ''}`
    };
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Every platform runtimes publish builds for, as the manifest records them. */
const ALL_PLATFORMS = [
    { os: 'linux', arch: 'x64', libc: 'glibc' },
    { os: 'linux', arch: 'x64', libc: 'musl' },
    { os: 'linux', arch: 'arm64', libc: 'glibc' },
    { os: 'linux', arch: 'arm64', libc: 'musl' },
    { os: 'macos', arch: 'x64', libc: null },
    { os: 'macos', arch: 'arm64', libc: null },
    { os: 'windows', arch: 'x64', libc: null },
    { os: 'windows', arch: 'arm64', libc: null }
];


/***/ }),

/***/ 7431:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  nb: () => (/* binding */ BASIC_PROBES),
  Wu: () => (/* binding */ probeBytes)
});

// UNUSED EXPORTS: STDOUT_LINE, moduleBytes

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/probes/modules.generated.ts
// Generated by scripts/build-modules.mjs from src/probes/wat/*.wat: do not edit.
// Run `npm run build:modules` after changing a .wat file.
const MODULE_HEX = {
    'component-cli-run': '0061736d0d000100071d014203016a0000014001067374617475730001000400046578697401010a18010013776173693a636c692f6578697440302e322e300500060901010000046578697408050101000000014a0061736d0100000001090260017f006000017f021c0113776173693a636c692f6578697440302e322e3004657869740000030201010707010372756e00010a0a0108004100100041000b02230201010465786974000000000113776173693a636c692f6578697440302e322e301200060901000001010372756e0708026a0000400000010806010000010002050a010101000372756e01010b18010012776173693a636c692f72756e40302e322e30050100',
    'exit-code': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010001071302066d656d6f72790200065f737461727400010a09010700412a1000000b',
    'feature-bulk-memory': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010001071302066d656d6f72790200065f737461727400010a260124004100412a4104fc0b00410841004104fc0a0000410828020041aad4a8d102471000000b',
    'feature-exceptions': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030302010105030100010d03010000071302066d656d6f72790200065f737461727400020a1a020600412a08000b1100067f1001410007000b412a471000000b',
    'feature-exnref': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f6578697400000302010105030100010d03010000071302066d656d6f72790200065f737461727400010a24012200027f1f400100000002691f40010300412a08000b000b0a0b000b412a471000000b',
    'feature-extended-const': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f6578697400000302010105030100010609017f00410141026a0b071302066d656d6f72790200065f737461727400010a0c010a0023004103471000000b',
    'feature-gc': '0061736d01000000010e0360017f006000005f027f007f0002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010001071302066d656d6f72790200065f737461727400010a1501130041074123fb0002fb0202014123471000000b',
    'feature-memory64': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010401071302066d656d6f72790200065f737461727400010a2201200042fcff0341f8acd1910136020042fcff0328020041f8acd19101471000000b',
    'feature-multi-memory': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f6578697400000302010105050200010001071302066d656d6f72790200065f737461727400010a29012700411041e3003642010041102842010041e300470440410110000b41102802004100471000000b',
    'feature-multi-value': '0061736d01000000010d0360017f006000027f7f60000002240116776173695f736e617073686f745f70726576696577310970726f635f65786974000003030201020503010001071302066d656d6f72790200065f737461727400020a14020600410741050b0b0010016b4102471000000b',
    'feature-mutable-globals': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f6578697400000302010105030100010606017f0141000b071d03066d656d6f72790200065f7374617274000107636f756e74657203000a10010e004107240023004107471000000b',
    'feature-reference-types': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010404017000010503010001071302066d656d6f72790200065f737461727400010a130111004100d070260041002500d1451000000b',
    'feature-relaxed-simd': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010001071302066d656d6f72790200065f737461727400010a49014700fd0c0000c03f0000c03f0000c03f0000c03ffd0c00000040000000400000004000000040fd0c0000003f0000003f0000003f0000003ffd8502fd1f0043000060405c1000000b',
    'feature-saturating-float-to-int': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010001071302066d656d6f72790200065f737461727400010a15011300437684df50fc0041ffffffff07471000000b',
    'feature-sign-extension': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010001071302066d656d6f72790200065f737461727400010a0f010d00418001c041807f471000000b',
    'feature-simd': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010001071302066d656d6f72790200065f737461727400010a34013200fd0c0a000000140000001e00000028000000fd0c01000000020000000300000004000000fdae01fd1b024121471000000b',
    'feature-tail-call': '0061736d0100000001110460017f0060017f017f6000017f60000002240116776173695f736e617073686f745f70726576696577310970726f635f6578697400000304030102030503010001071302066d656d6f72790200065f737461727400030a1b030700200041016a0b0600412912010b0a001002412a471000000b',
    'feature-threads': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f65786974000003020101050401030101071302066d656d6f72790200065f737461727400010a290127004100410536020041004103fe1e02004105470440410110000b4100fe1002004108471000000b',
    'feature-typed-function-references': '0061736d0100000001120460017f006000006000017f60016402017f02240116776173695f736e617073686f745f70726576696577310970726f635f6578697400000304030203010503010001071302066d656d6f72790200065f73746172740003090501030001010a1a030400412a0b0600200014020b0c00d2011002412a471000000b',
    'feature-wide-arithmetic': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010001071302066d656d6f72790200065f737461727400010a1a011801017e427f4202fc152100427e522000427f52721000000b',
    'seed': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010010071302066d656d6f72790200065f737461727400010a0901070041001000000b',
    'stdout': '0061736d0100000001100360047f7f7f7f017f60017f0060000002460216776173695f736e617073686f745f70726576696577310866645f7772697465000016776173695f736e617073686f745f70726576696577310970726f635f657869740001030201020503010001071302066d656d6f72790200065f737461727400020a28012600410041103602004104410e360200410141004101410810000440410110010b41001001000b0b14010041100b0e776173692d70726f6265206f6b0a',
    'wasi-args': '0061736d0100000001150460027f7f017f60017f0060037f7f7f017f600000026e0316776173695f736e617073686f745f70726576696577310e617267735f73697a65735f676574000016776173695f736e617073686f745f707265766965773108617267735f676574000016776173695f736e617073686f745f70726576696577310970726f635f65786974000103030202030503010001071302066d656d6f72790200065f737461727400040abb0102370002400340200245044041010f0b20002d000020012d0000470d01200041016a2100200141016a2101200241016b21020c000b0b41000b800101017f4100410410000440410110020b41002802004103470440410210020b3f00418080046c21004104280200410c6a418080046e41016a4000417f460440410310020b20002000410c6a10010440410410020b2000280204411041061003450440410510020b20002802084120410b1003450440410610020b41001002000b0b1c020041100b06616c706861000041200b0b626574612067616d6d6100',
    'wasi-clock': '0061736d01000000010f0360037f7e7f017f60017f00600000024c0216776173695f736e617073686f745f70726576696577310e636c6f636b5f74696d655f676574000016776173695f736e617073686f745f70726576696577310970726f635f657869740001030201020503010001071302066d656d6f72790200065f737461727400020a6f016d0041004201410010000440410110010b4100290300500440410210010b41014201410810000440410310010b4108290300500440410410010b41014201411010000440410510010b4110290300500440410610010b41102903004108290300540440410710010b41001001000b',
    'wasi-environ': '0061736d0100000001150460027f7f017f60017f0060037f7f7f017f60000002740316776173695f736e617073686f745f707265766965773111656e7669726f6e5f73697a65735f676574000016776173695f736e617073686f745f70726576696577310b656e7669726f6e5f676574000016776173695f736e617073686f745f70726576696577310970726f635f65786974000103030202030503010001071302066d656d6f72790200065f737461727400040aff0102370002400340200245044041010f0b20002d000020012d0000470d01200041016a2100200141016a2101200241016b21020c000b0b41000bc40101067f4100410410000440410110020b410028020021012001450440410410020b3f00418080046c2100200141046c41042802006a418080046e41016a4000417f460440410210020b20002000200141046c6a10010440410310020b02400340200220014f0d012000200241046c6a280200210320034110410f1003044020032104200541016a21050b200241016a21020c000b0b2005450440410410020b200541014b0440410510020b2004410f6a4120411d1003450440410610020b41001002000b0b37020041100b0f574153495f50524f42455f5641523d0041200b1d76616c75652077697468207370616365733d616e6420657175616c7300',
    'wasi-exit-125': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010001071302066d656d6f72790200065f737461727400010a0a01080041fd001000000b',
    'wasi-exit-126': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010001071302066d656d6f72790200065f737461727400010a0a01080041fe001000000b',
    'wasi-missing-file': '0061736d0100000001260660027f7f017f60037f7f7f017f60097f7f7f7f7f7e7e7f7f017f60017f006000017f600000029c010416776173695f736e617073686f745f70726576696577310e66645f707265737461745f676574000016776173695f736e617073686f745f70726576696577311366645f707265737461745f6469725f6e616d65000116776173695f736e617073686f745f707265766965773109706174685f6f70656e000216776173695f736e617073686f745f70726576696577310970726f635f65786974000303040304000505030100010606017f0141000b071302066d656d6f72790200065f737461727400060ae501036101037f41032100417f2101417f210202400340200041c0004f0d012000410010000d0141002d000045044020004104280200100504402000210205200021010b0b200041016a21000c000b0b200141004e044020010f0b200241004e240020020b2e00200145200141024b72044041000f0b410841003b01002000410820011001044041000f0b41082f0100412f460b5201027f1004210020004100480440410310030b200041014120412823001b411a411223001b410042a6808001420041004110100221012001450440410110030b2001412c470440410210030b41001003000b0b20010041200b1a73616e64626f782f646f65732d6e6f742d65786973742e747874',
    'wasi-poll': '0061736d0100000001100360047f7f7f7f017f60017f0060000002490216776173695f736e617073686f745f70726576696577310b706f6c6c5f6f6e656f6666000016776173695f736e617073686f745f70726576696577310970726f635f657869740001030201020503010001071302066d656d6f72790200065f737461727400020a59015700410042c29ec98295e9d4a0d70037030041104101360200411842c0843d370300410041c000410141800110000440410110010b4180012802004101470440410210010b41c8002f01000440410310010b41001001000b',
    'wasi-preopen-read': '0061736d0100000001330860027f7f017f60037f7f7f017f60097f7f7f7f7f7e7e7f7f017f60047f7f7f7f017f60017f017f60017f006000017f6000000281020716776173695f736e617073686f745f70726576696577310e66645f707265737461745f676574000016776173695f736e617073686f745f70726576696577311366645f707265737461745f6469725f6e616d65000116776173695f736e617073686f745f707265766965773109706174685f6f70656e000216776173695f736e617073686f745f70726576696577310766645f72656164000316776173695f736e617073686f745f70726576696577310866645f7772697465000316776173695f736e617073686f745f70726576696577310866645f636c6f7365000416776173695f736e617073686f745f70726576696577310970726f635f65786974000503040306000705030100010606017f0141000b071302066d656d6f72790200065f737461727400090acb02036101037f41032100417f2101417f210202400340200041c0004f0d012000410010000d0141002d000045044020004104280200100804402000210205200021010b0b200041016a21000c000b0b200141004e044020010f0b200241004e240020020b2e00200145200141024b72044041000f0b410841003b01002000410820011001044041000f0b41082f0100412f460bb70101047f1007210020004100480440410110060b200041014120412823001b4111410923001b410042a680800142004100411010020440410210060b411028020021010240034020024180024f0d01411841800220026a360200411c41800220026b360200200141184101411410030440410310060b411428020021032003450d01200220036a21020c000b0b4118418002360200411c2002360200410141184101411410040440410410060b200110051a41001006000b0b17010041200b1173616e64626f782f696e7075742e747874',
    'wasi-preopen-write': '0061736d0100000001330860027f7f017f60037f7f7f017f60097f7f7f7f7f7e7e7f7f017f60047f7f7f7f017f60017f017f60017f006000017f60000002e0010616776173695f736e617073686f745f70726576696577310e66645f707265737461745f676574000016776173695f736e617073686f745f70726576696577311366645f707265737461745f6469725f6e616d65000116776173695f736e617073686f745f707265766965773109706174685f6f70656e000216776173695f736e617073686f745f70726576696577310866645f7772697465000316776173695f736e617073686f745f70726576696577310866645f636c6f7365000416776173695f736e617073686f745f70726576696577310970726f635f65786974000503040306000705030100010606017f0141000b071302066d656d6f72790200065f737461727400080a9602036101037f41032100417f2101417f210202400340200041c0004f0d012000410010000d0141002d000045044020004104280200100704402000210205200021010b0b200041016a21000c000b0b200141004e044020010f0b200241004e240020020b2e00200145200141024b72044041000f0b410841003b01002000410820011001044041000f0b41082f0100412f460b820101027f1006210020004100480440410110050b200041014120412823001b4112410a23001b410942f580800342004100411010020440410210050b41102802002101411841c000360200411c4116360200200141184101411410030440410310050b41142802004116470440410410050b200110040440410510050b41001005000b0b34020041200b1273616e64626f782f6f75747075742e7478740041c0000b167772697474656e20627920776173692d70726f62650a',
    'wasi-random': '0061736d01000000010e0360027f7f017f60017f0060000002480216776173695f736e617073686f745f70726576696577310a72616e646f6d5f676574000016776173695f736e617073686f745f70726576696577310970726f635f657869740001030201020503010001071302066d656d6f72790200065f737461727400020a350133004100412010000440410110010b4100290300410829030084411029030041182903008484500440410210010b41001001000b',
    'wasi-sched': '0061736d01000000010c036000017f60017f0060000002490216776173695f736e617073686f745f70726576696577310b73636865645f7969656c64000016776173695f736e617073686f745f70726576696577310970726f635f657869740001030201020503010001071302066d656d6f72790200065f737461727400020a1201100010000440410110010b41001001000b',
    'wasi-stderr': '0061736d0100000001100360047f7f7f7f017f60017f0060000002460216776173695f736e617073686f745f70726576696577310866645f7772697465000016776173695f736e617073686f745f70726576696577310970726f635f657869740001030201020503010001071302066d656d6f72790200065f737461727400020a280126004100411036020041044115360200410241004101410810000440410110010b41001001000b0b1b010041100b15776173692d70726f626520737464657272206f6b0a',
    'wasi-trap': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010001071302066d656d6f72790200065f737461727400010a05010300000b',
};

;// CONCATENATED MODULE: ./src/probes/catalog.ts
// The probes: which module to run, what to give it, and what a runtime that
// really runs WASI must do with it.


const STDOUT_LINE = 'wasi-probe ok\n';
/**
 * Together these tell a real WASI run from a handler that exits 0 whatever it
 * is given: a runtime supports WASI only when all three pass.
 */
const BASIC_PROBES = [
    {
        id: 'seed',
        category: 'basic',
        module: 'seed',
        description: 'the 97-byte seed module: proc_exit(0)',
        args: [],
        env: {},
        expect: { exitCode: 0 }
    },
    {
        id: 'exit-code',
        category: 'basic',
        module: 'exit-code',
        description: 'proc_exit(42) comes out as exit code 42',
        args: [],
        env: {},
        expect: { exitCode: 42 }
    },
    {
        id: 'stdout',
        category: 'basic',
        module: 'stdout',
        description: `fd_write to fd 1 prints ${JSON.stringify(STDOUT_LINE)}`,
        args: [],
        env: {},
        expect: { exitCode: 0, stdout: STDOUT_LINE }
    }
];
/** The bytes a probe runs: embedded, or the user's file. */
function probeBytes(probe) {
    return probe.path ? Uint8Array.from((0,external_node_fs_.readFileSync)(probe.path)) : moduleBytes(probe.module);
}
function moduleBytes(id) {
    return Uint8Array.from(Buffer.from(MODULE_HEX[id], 'hex'));
}


/***/ }),

/***/ 9553:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Vd: () => (/* binding */ PROBE_SETS),
  SB: () => (/* binding */ isProbeName),
  ST: () => (/* binding */ selectProbes)
});

// UNUSED EXPORTS: ALL_PROBES

// EXTERNAL MODULE: ./src/probes/catalog.ts + 1 modules
var catalog = __nccwpck_require__(7431);
;// CONCATENATED MODULE: ./src/probes/components.ts
const COMPONENT_PROBES = [
    {
        id: 'component-cli-run',
        category: 'component',
        module: 'component-cli-run',
        description: 'a WASI 0.2 command component: exports wasi:cli/run, calls wasi:cli/exit',
        args: [],
        env: {},
        expect: { exitCode: 0 }
    }
];

;// CONCATENATED MODULE: ./src/probes/proposals.ts
function proposal(feature, description) {
    const module = `feature-${feature}`;
    return {
        id: module,
        category: 'proposal',
        module,
        description,
        args: [],
        env: {},
        feature,
        expect: { exitCode: 0 }
    };
}
const PROPOSAL_PROBES = [
    proposal('mutable-globals', 'exports a mutable global and sets it with global.set'),
    proposal('sign-extension', 'i32.extend8_s turns 0x80 into -128'),
    proposal('saturating-float-to-int', 'i32.trunc_sat_f32_s clamps 3e10 to 2147483647 instead of trapping'),
    proposal('multi-value', 'a function returns two i32 values'),
    proposal('bulk-memory', 'memory.fill then memory.copy'),
    proposal('reference-types', 'ref.null, table.set, table.get and ref.is_null on a funcref table'),
    proposal('simd', 'i32x4.add of two v128 constants, then i32x4.extract_lane'),
    proposal('relaxed-simd', 'f32x4.relaxed_madd on values whose result is exact, fused or not'),
    proposal('tail-call', 'a return_call tail call'),
    proposal('extended-const', 'a global initialised with i32.add in its constant expression'),
    proposal('threads', 'a shared memory and i32.atomic.rmw.add'),
    proposal('exceptions', 'legacy exception handling: throw of a tag caught by try/catch'),
    proposal('exnref', 'exception handling with exnref: try_table with catch_all_ref, then throw_ref'),
    proposal('memory64', 'a 64-bit memory: i32.store and i32.load at an i64 address'),
    proposal('multi-memory', 'two memories: a store to the second leaves the first unchanged'),
    proposal('gc', 'a struct type: struct.new, then struct.get'),
    proposal('typed-function-references', 'call_ref through a non-null (ref $t) parameter'),
    proposal('wide-arithmetic', 'i64.mul_wide_s gives a 128-bit product as two i64 halves')
];

;// CONCATENATED MODULE: ./src/probes/wasi.ts
/** argv[1] and argv[2]; the second holds a space, so it must come through as one argument. */
const WASI_ARGS = ['alpha', 'beta gamma'];
const WASI_ENV_NAME = 'WASI_PROBE_VAR';
/** Holds a space and an `=`: only the first `=` of an entry ends the name. */
const WASI_ENV_VALUE = 'value with spaces=and equals';
/** Where the harness preopens the probe directory for the guest. */
const PREOPEN_GUEST = '/sandbox';
const PREOPEN_INPUT_FILE = 'input.txt';
const PREOPEN_FILE_CONTENT = 'wasi-probe file content\n';
const PREOPEN_OUTPUT_FILE = 'output.txt';
const PREOPEN_WRITTEN_CONTENT = 'written by wasi-probe\n';
const STDERR_LINE = 'wasi-probe stderr ok\n';
const WASI_PROBES = [
    {
        id: 'wasi-args',
        category: 'wasi',
        module: 'wasi-args',
        description: `args_get passes ${JSON.stringify(WASI_ARGS)} after argv[0]`,
        args: [...WASI_ARGS],
        env: {},
        expect: { exitCode: 0 }
    },
    {
        id: 'wasi-environ',
        category: 'wasi',
        module: 'wasi-environ',
        description: `environ_get holds exactly one ${WASI_ENV_NAME}=${JSON.stringify(WASI_ENV_VALUE)}`,
        args: [],
        env: { [WASI_ENV_NAME]: WASI_ENV_VALUE },
        expect: { exitCode: 0 }
    },
    {
        id: 'wasi-clock',
        category: 'wasi',
        module: 'wasi-clock',
        description: 'clock_time_get: realtime non-zero, monotonic non-zero and not going backwards',
        args: [],
        env: {},
        expect: { exitCode: 0 }
    },
    {
        id: 'wasi-random',
        category: 'wasi',
        module: 'wasi-random',
        description: 'random_get fills 32 zeroed bytes with something not all zero',
        args: [],
        env: {},
        expect: { exitCode: 0 }
    },
    {
        id: 'wasi-stderr',
        category: 'wasi',
        module: 'wasi-stderr',
        description: `fd_write to fd 2 prints ${JSON.stringify(STDERR_LINE)}`,
        args: [],
        env: {},
        expect: { exitCode: 0, stderrIncludes: STDERR_LINE.trimEnd() }
    },
    {
        id: 'wasi-preopen-read',
        category: 'wasi',
        module: 'wasi-preopen-read',
        description: `path_open and fd_read ${PREOPEN_INPUT_FILE} in a preopened directory, echoed to stdout`,
        args: [],
        env: {},
        dir: { guest: PREOPEN_GUEST, files: { [PREOPEN_INPUT_FILE]: PREOPEN_FILE_CONTENT } },
        expect: { exitCode: 0, stdout: PREOPEN_FILE_CONTENT }
    },
    {
        id: 'wasi-preopen-write',
        category: 'wasi',
        module: 'wasi-preopen-write',
        description: `path_open with O_CREAT|O_TRUNC, fd_write and fd_close make ${PREOPEN_OUTPUT_FILE} on the host`,
        args: [],
        env: {},
        dir: { guest: PREOPEN_GUEST, files: {} },
        expect: { exitCode: 0, files: { [PREOPEN_OUTPUT_FILE]: PREOPEN_WRITTEN_CONTENT } }
    },
    {
        id: 'wasi-missing-file',
        category: 'wasi',
        module: 'wasi-missing-file',
        description: 'path_open of a missing file returns ENOENT (44) rather than trapping or succeeding',
        args: [],
        env: {},
        dir: { guest: PREOPEN_GUEST, files: {} },
        expect: { exitCode: 0 }
    },
    {
        id: 'wasi-poll',
        category: 'wasi',
        module: 'wasi-poll',
        description: 'poll_oneoff on a 1 ms monotonic clock timeout returns one event without error',
        args: [],
        env: {},
        expect: { exitCode: 0 }
    },
    {
        id: 'wasi-sched',
        category: 'wasi',
        module: 'wasi-sched',
        description: 'sched_yield returns success',
        args: [],
        env: {},
        expect: { exitCode: 0 }
    },
    {
        id: 'wasi-exit-125',
        category: 'wasi',
        module: 'wasi-exit-125',
        description: 'proc_exit(125): the largest code shells leave to programs',
        args: [],
        env: {},
        expect: { exitCode: 125, recordOnly: true }
    },
    {
        id: 'wasi-exit-126',
        category: 'wasi',
        module: 'wasi-exit-126',
        description: 'proc_exit(126): a code shells reserve, which some runtimes refuse',
        args: [],
        env: {},
        expect: { exitCode: 126, recordOnly: true }
    },
    {
        id: 'wasi-trap',
        category: 'wasi',
        module: 'wasi-trap',
        description: '_start executes unreachable: the run must fail, never exit 0',
        args: [],
        env: {},
        expect: { exitCode: 'nonzero' }
    }
];

;// CONCATENATED MODULE: ./src/probes/index.ts
// Every probe the tool carries, and the sets the `probes` input names.




const ALL_PROBES = [
    ...catalog/* BASIC_PROBES */.nb,
    ...WASI_PROBES,
    ...PROPOSAL_PROBES,
    ...COMPONENT_PROBES
];
/** The names the `probes` input accepts besides single probe ids. */
const PROBE_SETS = {
    basic: catalog/* BASIC_PROBES */.nb,
    wasi: WASI_PROBES,
    features: PROPOSAL_PROBES,
    component: COMPONENT_PROBES,
    all: ALL_PROBES
};
/**
 * The probes for `ids` (set names or probe ids), in catalog order. The basic
 * probes always run: they decide whether a runtime supports WASI at all.
 */
function selectProbes(ids) {
    const wanted = new Set(catalog/* BASIC_PROBES */.nb.map((probe) => probe.id));
    for (const id of ids) {
        for (const probe of PROBE_SETS[id] ?? ALL_PROBES.filter((p) => p.id === id))
            wanted.add(probe.id);
    }
    return ALL_PROBES.filter((probe) => wanted.has(probe.id));
}
function isProbeName(name) {
    return name in PROBE_SETS || ALL_PROBES.some((probe) => probe.id === name);
}


/***/ }),

/***/ 9719:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ registerNative),
/* harmony export */   q$: () => (/* binding */ INTERPRETER_ORDER)
/* harmony export */ });
/* unused harmony exports ENTRY_NAME, wrapperScript, nodeWrapperScript, unregisterNative */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runtimes_native_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(574);
/* harmony import */ var _runtimes_index_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4000);
// Making WASI native on Linux: register a binfmt_misc entry for the `\0asm`
// magic whose interpreter is a runtime that passed the basic probes, and
// remove it again. Root does it directly; otherwise `sudo -n`, or nothing.





/** Our entry's name in /proc/sys/fs/binfmt_misc. */
const ENTRY_NAME = 'wasi-probe';
/** The order in which a runtime that passed is chosen as the interpreter. */
const INTERPRETER_ORDER = [
    'wasmtime',
    'wasmer',
    'wazero',
    'wasmedge',
    'wamr',
    'wasm3',
    'wasmi',
    'node'
];
/** The magic `\0asm` and version 1, as the register file takes it. */
const MAGIC = '\\x00asm\\x01\\x00\\x00\\x00';
/** How to run a command as root here: directly, through `sudo -n`, or not at all. */
function asRoot(env) {
    const run = (argv, input) => {
        const result = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(argv[0], argv.slice(1), { input, encoding: 'utf8', env, timeout: 15_000 });
        const error = result.error?.message ?? result.stderr?.trim() ?? '';
        return { ok: result.status === 0, error: error || `exit code ${result.status}` };
    };
    if (process.getuid?.() === 0)
        return run;
    const sudo = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('sudo', ['-n', 'true'], { env, timeout: 15_000 });
    if (sudo.status === 0)
        return (argv, input) => run(['sudo', '-n', ...argv], input);
    return undefined;
}
/** Writes `text` to a file in /proc/sys/fs/binfmt_misc (through `tee`, so sudo applies and no shell is involved). */
function writeProc(root, file, text) {
    return root(['tee', (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(_runtimes_native_js__WEBPACK_IMPORTED_MODULE_3__/* .BINFMT_DIR */ .x6, file)], text);
}
/**
 * A script that takes `interpreter module args...`, as binfmt_misc calls it,
 * and runs the module the runtime's own way: built from the runtime's argv
 * form, preopening the current directory where the runtime can.
 */
function wrapperScript(spec, binary) {
    const MODULE = '\u0000module';
    const ARGS = '\u0000args';
    const argv = spec.argv({
        module: MODULE,
        args: [ARGS],
        env: {},
        dirs: spec.limits?.dirs ? [] : [{ host: '.', guest: '.' }]
    });
    const quote = (word) => `'${word.replace(/'/g, `'\\''`)}'`;
    const words = argv.map((word) => (word === MODULE ? '"$module"' : word === ARGS ? '"$@"' : quote(word)));
    return `#!/bin/sh\n# binfmt_misc interpreter written by wasi-probe: ${spec.id}\nmodule="$1"\nshift\nexec ${quote(binary)} ${words.join(' ')}\n`;
}
/**
 * The node interpreter: runs the module through node:wasi with the caller's
 * environment and directory. Dynamic imports only, so it runs whichever module
 * system node picks for a file without an extension.
 */
function nodeWrapperScript(node) {
    return `#!${node} --no-warnings
// binfmt_misc interpreter written by wasi-probe: node:wasi
Promise.all([import('node:fs'), import('node:wasi')]).then(([fs, { WASI }]) => {
  const [module, ...args] = process.argv.slice(2)
  const wasi = new WASI({ version: 'preview1', args: [module, ...args], env: process.env, preopens: { '.': '.' }, returnOnExit: true })
  const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(module)), wasi.getImportObject())
  process.exitCode = wasi.start(instance) ?? 0
})
`;
}
/**
 * Where the wrapper goes: beside a runtime that wasi-probe installed (or found
 * in the tool cache), else in `fallbackDir`; never into a system folder.
 */
function writeWrapper(runtime, fallbackDir) {
    const spec = (0,_runtimes_index_js__WEBPACK_IMPORTED_MODULE_4__/* .runtimeById */ .Vl)(runtime.id);
    const script = spec?.kind === 'cli' ? wrapperScript(spec, runtime.path) : nodeWrapperScript(runtime.path);
    const ours = runtime.source === 'installed' || runtime.source === 'tool-cache' || runtime.source === 'cache';
    for (const dir of ours ? [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(runtime.path), fallbackDir] : [fallbackDir]) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `wasi-probe-binfmt-${runtime.id}`);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(path, script);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(path, 0o755);
            return path;
        }
        catch {
            // Not writable here: the next place.
        }
    }
    throw new Error(`no folder to write the ${runtime.id} wrapper in (tried ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(runtime.path)}, ${fallbackDir})`);
}
/** The interpreter binfmt_misc gets for `runtime`: wasm3 takes `wasm3 module args...` as it is. */
function interpreterFor(runtime, fallbackDir) {
    return runtime.id === 'wasm3' ? runtime.path : writeWrapper(runtime, fallbackDir);
}
function registerNative(request, runtimes, wrapperDir, env = process.env) {
    if (process.platform !== 'linux') {
        return {
            registered: false,
            reason: `${process.platform === 'darwin' ? 'macOS' : process.platform} has no binfmt_misc`
        };
    }
    const candidates = runtimes.filter((r) => r.status === 'pass' && r.path && INTERPRETER_ORDER.includes(r.id));
    const chosen = request.runtime
        ? candidates.find((r) => r.id === request.runtime)
        : INTERPRETER_ORDER.map((id) => candidates.find((r) => r.id === id)).find(Boolean);
    if (!chosen) {
        return {
            registered: false,
            reason: request.runtime
                ? `${request.runtime} did not pass the basic probes here, so it cannot be the interpreter`
                : 'no runtime passed the basic probes, so there is no interpreter to register'
        };
    }
    const root = asRoot(env);
    if (!root)
        return {
            registered: false,
            reason: 'not root, and `sudo -n` is not available: binfmt_misc cannot be changed'
        };
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(_runtimes_native_js__WEBPACK_IMPORTED_MODULE_3__/* .BINFMT_DIR */ .x6, 'register'))) {
        const mount = root(['mount', '-t', 'binfmt_misc', 'binfmt_misc', _runtimes_native_js__WEBPACK_IMPORTED_MODULE_3__/* .BINFMT_DIR */ .x6]);
        if (!mount.ok)
            return { registered: false, reason: `binfmt_misc is not mounted and could not be: ${mount.error}` };
    }
    const scan = (0,_runtimes_native_js__WEBPACK_IMPORTED_MODULE_3__/* .scanBinfmt */ .e0)();
    const others = scan.state === 'scanned' ? scan.entries.filter((e) => (0,_runtimes_native_js__WEBPACK_IMPORTED_MODULE_3__/* .handlesWasm */ .mU)(e) && e.name !== ENTRY_NAME) : [];
    if (others.length > 0 && !request.force) {
        return {
            registered: false,
            reason: `an entry for .wasm is already in force (${others.map((e) => `${e.name}: ${e.interpreter}`).join(', ')}); kept (use native: register force to replace it)`,
            kept: others[0].interpreter
        };
    }
    // With force, the other entries stay: the kernel tries the newest entry first, so ours is used
    // while it is there, and theirs is back once ours is removed.
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(_runtimes_native_js__WEBPACK_IMPORTED_MODULE_3__/* .BINFMT_DIR */ .x6, ENTRY_NAME)))
        writeProc(root, ENTRY_NAME, '-1');
    let interpreter;
    try {
        interpreter = interpreterFor(chosen, wrapperDir);
    }
    catch (error) {
        return { registered: false, reason: error instanceof Error ? error.message : String(error) };
    }
    // F: the kernel opens the interpreter now, so it works in containers and chroots too.
    const written = writeProc(root, 'register', `:${ENTRY_NAME}:M::${MAGIC}::${interpreter}:F`);
    if (!written.ok)
        return { registered: false, reason: `registering failed: ${written.error}` };
    return {
        registered: true,
        entry: ENTRY_NAME,
        interpreter,
        runtime: chosen.id,
        ...(others.length > 0 ? { shadows: others.map((e) => e.name) } : {})
    };
}
/** Removes our entry, and only ours. */
function unregisterNative(env = process.env) {
    if (process.platform !== 'linux' || !existsSync(join(BINFMT_DIR, ENTRY_NAME))) {
        return { removed: false, reason: 'no wasi-probe entry is registered' };
    }
    const root = asRoot(env);
    if (!root)
        return { removed: false, reason: 'not root, and `sudo -n` is not available' };
    const result = writeProc(root, ENTRY_NAME, '-1');
    return result.ok ? { removed: true } : { removed: false, reason: result.error };
}


/***/ }),

/***/ 2872:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pe: () => (/* binding */ withLibraryDir),
/* harmony export */   UN: () => (/* binding */ findBinaryIn),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* unused harmony exports findExecutable, pathDirs, compareVersionsDescending, findInToolCache, libraryDirFor */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Finds each runtime's executable: on PATH first, then in the runner's tool cache.


function isFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
function isDirectory(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function isExecutable(path) {
    if (process.platform === 'win32')
        return true;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** Every runtime ships a real executable: `.cmd` shims cannot be spawned without a shell. */
function executableName(binary) {
    return process.platform === 'win32' ? `${binary}.exe` : binary;
}
/**
 * The first executable named `binary` in `dirs`. When there is only a file of
 * that name that cannot be executed, that file: running it then reports why
 * (EACCES) instead of calling the runtime missing.
 */
function findExecutable(binary, dirs) {
    let notExecutable;
    for (const dir of dirs) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, executableName(binary));
        if (!isFile(candidate))
            continue;
        if (isExecutable(candidate))
            return candidate;
        notExecutable ??= candidate;
    }
    return notExecutable;
}
function pathDirs(env) {
    const path = env.PATH ?? env.Path ?? '';
    return path.split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter).filter(Boolean);
}
/** Compares dotted versions numerically, highest first; non-numeric parts last. */
function compareVersionsDescending(a, b) {
    const parts = (v) => v.split(/[.+-]/).map((p) => (/^\d+$/.test(p) ? Number(p) : -1));
    const pa = parts(a);
    const pb = parts(b);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const diff = (pb[i] ?? 0) - (pa[i] ?? 0);
        if (diff !== 0)
            return diff;
    }
    return 0;
}
/**
 * The runtime in the tool cache laid out as @actions/tool-cache does:
 * `$RUNNER_TOOL_CACHE/<id>/<version>/<arch>/` with a `<arch>.complete` marker.
 * The binary may sit at the top, in `bin/`, or in one folder below (archives
 * with a top folder).
 */
function findInToolCache(id, binary, env, arch = process.arch) {
    const cacheRoot = env.RUNNER_TOOL_CACHE;
    if (!cacheRoot)
        return undefined;
    const toolDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cacheRoot, id);
    let versions;
    try {
        versions = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(toolDir);
    }
    catch {
        return undefined;
    }
    for (const version of versions.sort(compareVersionsDescending)) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(toolDir, version, arch);
        if (!isFile(`${dir}.complete`))
            continue;
        const found = findBinaryIn(dir, binary);
        if (found)
            return found;
    }
    return undefined;
}
/**
 * The binary in an unpacked release: at the top, in `bin/`, or the same one
 * folder down (archives with a top folder, like `wasmtime-v48.0.0-x86_64-linux/`).
 */
function findBinaryIn(root, binary) {
    const subdirs = safeReaddir(root).map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, name));
    return findExecutable(binary, [
        root,
        (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'bin'),
        ...subdirs,
        ...subdirs.map((dir) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'bin'))
    ]);
}
/** A library folder (`lib`, `lib64`) beside the `bin/` that holds `binary`, if any. */
function libraryDirFor(binary, libDirs) {
    if (!libDirs)
        return undefined;
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(binary));
    return libDirs.map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, name)).find(isDirectory);
}
function safeReaddir(dir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })
            .filter((entry) => entry.isDirectory())
            .map((entry) => entry.name);
    }
    catch {
        return [];
    }
}
/** Where `spec` can be run from, or undefined when it is not on this machine. */
function locate(spec, env = process.env) {
    if (spec.kind === 'native')
        return undefined;
    const onPath = findExecutable(spec.binary, pathDirs(env));
    if (spec.kind === 'node')
        return { path: onPath ?? process.execPath, source: onPath ? 'path' : 'self' };
    const path = onPath ?? findInToolCache(spec.id, spec.binary, env);
    if (!path)
        return undefined;
    return withLibraryDir({ path, source: onPath ? 'path' : 'tool-cache' }, spec.release.libDirs);
}
function withLibraryDir(located, libDirs) {
    const libDir = libraryDirFor(located.path, libDirs);
    return libDir ? { ...located, libDir } : located;
}


/***/ }),

/***/ 6076:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ writeResultFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Writes the result file, creating its directory; returns the absolute path. */
function writeResultFile(path, result) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(absolute, `${JSON.stringify(result, null, 2)}\n`);
    return absolute;
}


/***/ }),

/***/ 5510:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R: () => (/* binding */ terminalTable)
});

// EXTERNAL MODULE: ./src/probes/catalog.ts + 1 modules
var catalog = __nccwpck_require__(7431);
;// CONCATENATED MODULE: ./src/report/cells.ts
const STATUS_SYMBOLS = {
    pass: '✅',
    fail: '❌',
    trap: '❌',
    timeout: '⏱',
    unsupported: '➖',
    missing: '➖',
    unavailable: '➖',
    error: '⚠️',
    recorded: '📝'
};
/** `✅`, or the symbol with what was seen: `❌ exit 0`, `❌ stdout`, `❌ trap`, `⏱ timeout`. */
function probeCell(probe) {
    if (!probe)
        return STATUS_SYMBOLS.missing;
    const symbol = STATUS_SYMBOLS[probe.status];
    switch (probe.status) {
        case 'pass':
            return symbol;
        case 'fail':
            if (probe.expected.exitCode === 'nonzero'
                ? probe.exitCode === 0
                : probe.exitCode !== probe.expected.exitCode) {
                return `${symbol} ${probe.signal ? probe.signal : `exit ${probe.exitCode}`}`;
            }
            return `${symbol} stdout`;
        case 'trap':
            return `${symbol} trap${probe.exitCode !== null ? ` (exit ${probe.exitCode})` : ''}`;
        case 'recorded':
            return `${symbol} ${probe.signal ?? `exit ${probe.exitCode}`}`;
        default:
            return `${symbol} ${probe.status}`;
    }
}
/** The cell of one probe in a runtime's row; a runtime that never ran shows its own status. */
function runtimeProbeCell(runtime, probeId) {
    if (runtime.probes.length === 0)
        return STATUS_SYMBOLS[runtime.status] ?? STATUS_SYMBOLS.missing;
    return probeCell(runtime.probes.find((p) => p.id === probeId));
}
/** Where the runtime came from, or why it is not there. */
function sourceCell(runtime) {
    if (runtime.status === 'missing')
        return 'not found';
    if (runtime.status === 'unavailable')
        return 'unavailable';
    if (runtime.failedStage && runtime.failedStage !== 'run')
        return `install failed (${runtime.failedStage})`;
    return runtime.source ?? '-';
}

;// CONCATENATED MODULE: ./src/report/escape.ts
// Text from outside (runtime output, paths) on its way into markdown: it must
// not break a table or inject markup.
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;'
};
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]);
}
/** For a table cell: one line, no pipe, no code span, no HTML. */
function escape_escapeCell(text) {
    return escapeHtml(text)
        .replace(/\r?\n|\r/g, ' ')
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;')
        .replace(/([\\*_[\]~])/g, '\\$1');
}
/** For the inside of a <pre> block, which ends only at `</pre>`. */
function escapePre(text) {
    return escapeHtml(text);
}

;// CONCATENATED MODULE: ./src/report/capabilities.ts


const CATEGORY_TITLES = {
    wasi: 'WASI preview1',
    proposal: 'Wasm proposals',
    component: 'Components (WASI 0.2)',
    custom: 'Your modules'
};
/** Runtime id → ids of the probes it passed. */
function capabilities(result) {
    return Object.fromEntries(result.runtimes.map((runtime) => [
        runtime.id,
        runtime.probes.filter((probe) => probe.status === 'pass').map((probe) => probe.id)
    ]));
}
/** The capability probes that ran, by category, ready to be laid out as tables. */
function capabilityGroups(result) {
    const runtimes = result.runtimes.filter((r) => r.probes.some((p) => p.status !== 'unsupported'));
    const groups = [];
    for (const [category, title] of Object.entries(CATEGORY_TITLES)) {
        const ofCategory = (runtime) => runtime.probes.filter((p) => p.category === category);
        const ids = [...new Set(runtimes.flatMap((r) => ofCategory(r).map((p) => p.id)))];
        if (ids.length === 0)
            continue;
        const counts = runtimes.map((runtime) => {
            const judged = ofCategory(runtime).filter((p) => p.status !== 'recorded');
            return `${judged.filter((p) => p.status === 'pass').length}/${judged.length}`;
        });
        const rows = [];
        const notes = [];
        const suites = new Map();
        for (const id of ids) {
            const suite = suiteOf(id, runtimes);
            if (suite)
                suites.set(suite, [...(suites.get(suite) ?? []), id]);
            else
                rows.push({ label: id, cells: runtimes.map((runtime) => capabilityCell(runtime, id)) });
        }
        // A suite is one row: how many of its tests passed on each runtime.
        for (const [suite, suiteIds] of suites) {
            const cells = runtimes.map((runtime) => {
                const tests = runtime.probes.filter((p) => suiteIds.includes(p.id));
                const failed = tests.filter((p) => p.status !== 'pass' && p.status !== 'unsupported');
                if (failed.length > 0)
                    notes.push(`${suite} on ${runtime.id}: ${failed.map((p) => p.id.slice(suite.length + 1)).join(', ')}`);
                const passed = tests.filter((p) => p.status === 'pass').length;
                return `${failed.length === 0 ? '✅' : '❌'} ${passed}/${tests.length}`;
            });
            rows.push({ label: `${suite}/ (suite)`, cells });
        }
        groups.push({ title, runtimes, rows, counts, notes });
    }
    return groups;
}
function suiteOf(id, runtimes) {
    for (const runtime of runtimes) {
        const probe = runtime.probes.find((p) => p.id === id);
        if (probe)
            return probe.suite;
    }
    return undefined;
}
/** The cell of `probeId` for `runtime`. */
function capabilityCell(runtime, probeId) {
    return probeCell(runtime.probes.find((p) => p.id === probeId));
}
/** One collapsible table per category: probes as rows, runtimes as columns, a count per runtime. */
function capabilityMarkdown(result) {
    const sections = capabilityGroups(result).flatMap(({ title, runtimes, rows, counts, notes }) => [
        `<details><summary><b>${title}</b>: ${escapeCell(runtimes.map((r, i) => `${r.id} ${counts[i]}`).join(' · '))}</summary>`,
        '',
        `| Probe | ${runtimes.map((r) => `\`${r.id}\``).join(' | ')} |`,
        `| --- | ${runtimes.map(() => ':---:').join(' | ')} |`,
        ...rows.map((row) => `| \`${escapeCell(row.label)}\` | ${row.cells.map(escapeCell).join(' | ')} |`),
        `| **passed** | ${counts.join(' | ')} |`,
        '',
        ...(notes.length > 0 ? [`Failed: ${notes.map(escapeCell).join('; ')}`, ''] : []),
        '</details>',
        ''
    ]);
    return sections.length > 0 ? ['### Capabilities', '', ...sections].join('\n') : '';
}

;// CONCATENATED MODULE: ./src/report/terminal.ts
// The CLI's table: plain text, columns padded to their widest cell.



/** Display width, counting the emoji we print as two columns. */
function width(text) {
    let columns = 0;
    for (const ch of text) {
        const code = ch.codePointAt(0) ?? 0;
        if (code === 0xfe0f)
            continue;
        columns += code >= 0x2300 ? 2 : 1;
    }
    return columns;
}
function pad(text, columns) {
    return text + ' '.repeat(Math.max(0, columns - width(text)));
}
function terminalTable(result) {
    const probeIds = catalog/* BASIC_PROBES */.nb.map((probe) => probe.id);
    const header = ['runtime', 'version', 'source', ...probeIds, 'status'];
    const rows = result.runtimes.map((runtime) => [
        runtime.id,
        runtime.version ?? runtime.install?.version ?? '-',
        sourceCell(runtime),
        ...probeIds.map((id) => runtimeProbeCell(runtime, id)),
        runtime.status
    ]);
    const table = textTable(header, rows);
    const { os, arch, libc } = result.host;
    const lines = [
        `wasi-probe ${result.tool.version} on ${[os, arch, libc].filter(Boolean).join(' ')}`,
        '',
        ...table,
        ''
    ];
    const native = result.native;
    lines.push(native.status === 'pass'
        ? `native: yes, through ${native.handler}`
        : `native: ${native.status}${native.reason ? ` (${native.reason})` : ''}`);
    lines.push(`supported: ${result.supported.length > 0 ? result.supported.join(', ') : 'none'}`);
    for (const runtime of result.runtimes.filter((r) => (r.status === 'fail' || r.status === 'error') && r.id !== 'native')) {
        lines.push(`${runtime.id}: ${runtime.reason ?? runtime.status}`);
    }
    if (!result.failOn.ok)
        lines.push(result.failOn.message);
    lines.push(...capabilityTables(result));
    return lines.join('\n');
}
/** Rows padded to their widest cell, two spaces apart. */
function textTable(header, rows) {
    const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => width(row[column] ?? ''))));
    return [header, ...rows].map((row) => row
        .map((cell, column) => pad(cell, widths[column]))
        .join('  ')
        .trimEnd());
}
/** The capability probes: one table per category, probes down, runtimes across. */
function capabilityTables(result) {
    return capabilityGroups(result).flatMap(({ title, runtimes, rows, counts, notes }) => [
        '',
        `${title}:`,
        ...textTable(['probe', ...runtimes.map((r) => r.id)], [...rows.map((row) => [row.label, ...row.cells]), ['passed', ...counts]]),
        ...notes.map((note) => `failed: ${note}`)
    ]);
}


/***/ }),

/***/ 4000:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  oU: () => (/* binding */ RUNTIME_IDS),
  Vl: () => (/* binding */ runtimeById)
});

// UNUSED EXPORTS: RUNTIMES

// EXTERNAL MODULE: ./src/runtimes/native.ts
var runtimes_native = __nccwpck_require__(574);
// EXTERNAL MODULE: ./src/runtimes/node.ts
var node = __nccwpck_require__(7321);
// EXTERNAL MODULE: ./src/install/release.ts
var release = __nccwpck_require__(4610);
// EXTERNAL MODULE: ./src/runtimes/spec.ts
var spec = __nccwpck_require__(5942);
;// CONCATENATED MODULE: ./src/runtimes/wamr.ts


const wamr = {
    kind: 'cli',
    id: 'wamr',
    name: 'WAMR',
    binary: 'iwasm',
    versionArgs: ['--version'],
    // `iwasm 2.4.5`
    parseVersion: (output) => (0,spec/* firstMatch */.o4)(output, /^iwasm v?(\d\S*)/m),
    // iwasm only accepts the `--flag=value` form. Its trap message goes to stdout,
    // which looksLikeTrap reads too.
    argv: (inv) => [
        ...inv.dirs.map((d) => `--map-dir=${d.guest}::${d.host}`),
        ...(0,spec/* envPairs */.ff)(inv.env).map((pair) => `--env=${pair}`),
        inv.module,
        ...inv.args
    ],
    isTrap: (run) => (0,spec/* looksLikeTrap */.nC)(run),
    limits: { components: spec/* NO_COMPONENTS */.nE },
    release: {
        repo: 'bytecodealliance/wasm-micro-runtime',
        tagPrefix: 'WAMR-',
        // x86_64 only, glibc only. The CI runner label in the name changes between
        // releases (ubuntu-22.04, macos-15-intel, ...), so match by pattern. The
        // `iwasm-gc-eh-*` variants do not start with `iwasm-{V}-`.
        selectAsset: (version, platform, names) => {
            if (platform.arch !== 'x64')
                return (0,release/* noBuild */.e7)('WAMR', platform, 'only x86_64 builds are published');
            if (platform.libc === 'musl')
                return (0,release/* noBuild */.e7)('WAMR', platform, 'its Linux build needs glibc');
            const label = { linux: 'ubuntu', macos: 'macos', windows: 'windows' }[platform.os];
            const format = platform.os === 'windows' ? 'zip' : 'tar.gz';
            const pattern = new RegExp(`^iwasm-${(0,release/* escapeRegExp */.Nt)(version)}-x86_64-${label}-[\\w.-]+\\.${format.replace('.', '\\.')}$`);
            return (0,release/* assetMatching */.MT)(names, pattern, format, `iwasm-${version}-x86_64-${label}-*.${format}`);
        }
    }
};

;// CONCATENATED MODULE: ./src/runtimes/wasm3.ts


const wasm3 = {
    kind: 'cli',
    id: 'wasm3',
    name: 'wasm3',
    binary: 'wasm3',
    versionArgs: ['--version'],
    // `Wasm3 v0.5.0 on x86_64`, then a `Build:` line.
    parseVersion: (output) => (0,spec/* firstMatch */.o4)(output, /^Wasm3 v?(\d\S*)/im),
    argv: (inv) => [inv.module, ...inv.args],
    limits: {
        env: 'wasm3 has no option to pass environment variables',
        dirs: 'wasm3 ignores --dir and always preopens the working directory as /',
        components: spec/* NO_COMPONENTS */.nE
    },
    isTrap: (run) => (0,spec/* looksLikeTrap */.nC)(run),
    release: {
        repo: 'wasm3/wasm3',
        tagPrefix: 'v',
        // Raw executables, no archive; the Linux one is static, so it runs on musl.
        selectAsset: (_version, platform, names) => {
            if (platform.arch !== 'x64' || platform.os === 'macos')
                return (0,release/* noBuild */.e7)('wasm3', platform);
            return platform.os === 'windows'
                ? (0,release/* assetNamed */.Wg)(names, 'wasm3-win-x64.exe', 'raw')
                : (0,release/* assetNamed */.Wg)(names, 'wasm3-linux-x64.elf', 'raw');
        }
    }
};

;// CONCATENATED MODULE: ./src/runtimes/wasmedge.ts


const wasmedge = {
    kind: 'cli',
    id: 'wasmedge',
    name: 'WasmEdge',
    binary: 'wasmedge',
    versionArgs: ['--version'],
    // `<argv0> version 0.17.1`, then one line per plugin.
    parseVersion: (output) => (0,spec/* firstMatch */.o4)(output, /\bversion v?(\d\S*)/),
    // Note GUEST:HOST, the reverse of wasmtime's order.
    argv: (inv) => [
        ...inv.dirs.flatMap((d) => ['--dir', `${d.guest}:${d.host}`]),
        ...(0,spec/* envPairs */.ff)(inv.env).flatMap((pair) => ['--env', pair]),
        inv.module,
        ...inv.args
    ],
    isTrap: (run) => (0,spec/* looksLikeTrap */.nC)(run, [134]),
    // It needs --enable-component, and does not run command components yet.
    limits: { components: 'does not run WASI 0.2 command components yet' },
    release: {
        repo: 'WasmEdge/WasmEdge',
        tagPrefix: '',
        // bin/wasmedge needs the shared library in lib/ or lib64/ beside it. Before
        // 0.15 everything sat under a WasmEdge-{V}-Linux/ folder; the installer looks in both.
        selectAsset: (version, platform, names) => {
            const prefix = `WasmEdge-${version}-`;
            if (platform.os === 'windows') {
                return platform.arch === 'x64'
                    ? (0,release/* assetNamed */.Wg)(names, `${prefix}windows.zip`, 'zip')
                    : (0,release/* noBuild */.e7)('WasmEdge', platform);
            }
            if (platform.os === 'macos') {
                return (0,release/* assetNamed */.Wg)(names, `${prefix}darwin_${platform.arch === 'x64' ? 'x86_64' : 'arm64'}.tar.gz`, 'tar.gz');
            }
            if (platform.libc === 'musl')
                return (0,release/* noBuild */.e7)('WasmEdge', platform, 'its Linux builds need glibc');
            const arch = platform.arch === 'x64' ? 'x86_64' : 'aarch64';
            // The Ubuntu build first; the manylinux one runs on older glibc.
            const ubuntu = (0,release/* assetMatching */.MT)(names, new RegExp(`^${(0,release/* escapeRegExp */.Nt)(prefix)}ubuntu[\\d.]+_${arch}\\.tar\\.gz$`), 'tar.gz', `${prefix}ubuntu*_${arch}.tar.gz`);
            if (!('unavailable' in ubuntu))
                return ubuntu;
            return (0,release/* assetMatching */.MT)(names, new RegExp(`^${(0,release/* escapeRegExp */.Nt)(prefix)}manylinux[\\w.]*_${arch}\\.tar\\.gz$`), 'tar.gz', `${prefix}ubuntu*_${arch}.tar.gz or ${prefix}manylinux*_${arch}.tar.gz`);
        },
        checksumFile: () => 'SHA256SUM',
        libDirs: ['lib', 'lib64']
    }
};

;// CONCATENATED MODULE: ./src/runtimes/wasmer.ts


const wasmer = {
    kind: 'cli',
    id: 'wasmer',
    name: 'Wasmer',
    binary: 'wasmer',
    versionArgs: ['--version'],
    // `wasmer 7.4.0`
    parseVersion: (output) => (0,spec/* firstMatch */.o4)(output, /^wasmer v?(\d\S*)/m),
    argv: (inv) => [
        'run',
        ...inv.dirs.flatMap((d) => ['--volume', `${d.host}:${d.guest}`]),
        ...(0,spec/* envPairs */.ff)(inv.env).flatMap((pair) => ['--env', pair]),
        inv.module,
        '--',
        ...inv.args
    ],
    isTrap: (run) => (0,spec/* looksLikeTrap */.nC)(run),
    limits: { components: spec/* NO_COMPONENTS */.nE },
    release: {
        repo: 'wasmerio/wasmer',
        tagPrefix: 'v',
        // No version in the names and no top folder: bin/wasmer, lib/, include/.
        selectAsset: (_version, platform, names) => {
            if (platform.libc === 'musl')
                return (0,release/* noBuild */.e7)('wasmer', platform, 'its Linux builds need glibc');
            const assets = {
                'linux-x64': 'wasmer-linux-amd64.tar.gz',
                'linux-arm64': 'wasmer-linux-aarch64.tar.gz',
                'macos-x64': 'wasmer-darwin-amd64.tar.gz',
                'macos-arm64': 'wasmer-darwin-arm64.tar.gz',
                'windows-x64': 'wasmer-windows-amd64.tar.gz'
            };
            const asset = assets[`${platform.os}-${platform.arch}`];
            if (!asset)
                return (0,release/* noBuild */.e7)('wasmer', platform);
            // Wasmer 7.x dropped Intel macOS: the release says so by lacking the asset.
            return (0,release/* assetNamed */.Wg)(names, asset, 'tar.gz');
        }
    }
};

;// CONCATENATED MODULE: ./src/runtimes/wasmi.ts


const wasmi = {
    kind: 'cli',
    id: 'wasmi',
    name: 'Wasmi',
    binary: 'wasmi',
    versionArgs: ['--version'],
    // `wasmi 2.0.0-beta.9`; the 1.x binary was called `wasmi_cli`.
    parseVersion: (output) => (0,spec/* firstMatch */.o4)(output, /^wasmi(?:_cli)? v?(\d\S*)/m),
    argv: (inv) => [
        'run',
        ...inv.dirs.flatMap((d) => ['--dir', d.host]),
        ...(0,spec/* envPairs */.ff)(inv.env).flatMap((pair) => ['--env', pair]),
        inv.module,
        ...inv.args
    ],
    isTrap: (run) => (0,spec/* looksLikeTrap */.nC)(run),
    limits: { components: spec/* NO_COMPONENTS */.nE },
    release: {
        repo: 'wasmi-labs/wasmi',
        tagPrefix: 'v',
        // The `full` build has the WASI CLI; `minimal` does not. 1.x shipped no binaries.
        selectAsset: (version, platform, names) => {
            const arch = platform.arch === 'x64' ? 'x86_64' : 'aarch64';
            const format = platform.os === 'windows' ? 'zip' : 'tar.xz';
            if (platform.libc === 'musl') {
                return (0,release/* assetMatching */.MT)(names, new RegExp(`^wasmi-v${(0,release/* escapeRegExp */.Nt)(version)}-${arch}-[\\w-]*musl[\\w-]*-full\\.tar\\.xz$`), 'tar.xz', `wasmi-v${version}-${arch}-*musl*-full.tar.xz`);
            }
            return (0,release/* assetNamed */.Wg)(names, `wasmi-v${version}-${arch}-${platform.os}-full.${format}`, format);
        },
        checksumFile: (version) => `wasmi-v${version}-SHA256SUMS`
    }
};

;// CONCATENATED MODULE: ./src/runtimes/wasmtime.ts


const wasmtime = {
    kind: 'cli',
    id: 'wasmtime',
    name: 'Wasmtime',
    binary: 'wasmtime',
    versionArgs: ['--version'],
    // `wasmtime 48.0.0 (sha date)`; before 23: `wasmtime-cli 22.0.0 ...`
    parseVersion: (output) => (0,spec/* firstMatch */.o4)(output, /^wasmtime(?:-cli)? v?(\d\S*)/m),
    // Every flag goes before the module; what follows it belongs to the guest.
    argv: (inv) => [
        'run',
        ...inv.dirs.flatMap((d) => ['--dir', `${d.host}::${d.guest}`]),
        ...(0,spec/* envPairs */.ff)(inv.env).flatMap((pair) => ['--env', pair]),
        inv.module,
        ...inv.args
    ],
    // 134 on Unix, 3 on Windows.
    isTrap: (run) => (0,spec/* looksLikeTrap */.nC)(run, process.platform === 'win32' ? [3] : [134]),
    release: {
        repo: 'bytecodealliance/wasmtime',
        tagPrefix: 'v',
        // wasmtime-v48.0.0-x86_64-linux.tar.xz holding wasmtime-v48.0.0-x86_64-linux/wasmtime;
        // musl builds are named -musl instead of -linux.
        selectAsset: (version, platform, names) => {
            const arch = platform.arch === 'x64' ? 'x86_64' : 'aarch64';
            const os = platform.os === 'linux' ? (platform.libc === 'musl' ? 'musl' : 'linux') : platform.os;
            const format = platform.os === 'windows' ? 'zip' : 'tar.xz';
            if (!['linux', 'musl', 'macos', 'windows'].includes(os))
                return (0,release/* noBuild */.e7)('wasmtime', platform);
            return (0,release/* assetNamed */.Wg)(names, `wasmtime-v${version}-${arch}-${os}.${format}`, format);
        }
    }
};

;// CONCATENATED MODULE: ./src/runtimes/wazero.ts


const wazero = {
    kind: 'cli',
    id: 'wazero',
    name: 'wazero',
    binary: 'wazero',
    // A subcommand, not a flag. It prints `1.11.0`, or `dev` for a source build.
    versionArgs: ['version'],
    parseVersion: (output) => (0,spec/* firstMatch */.o4)(output, /^\s*v?(\d[^\s]*|dev)\s*$/m),
    argv: (inv) => [
        'run',
        ...inv.dirs.map((d) => `-mount=${d.host}:${d.guest}`),
        ...(0,spec/* envPairs */.ff)(inv.env).map((pair) => `-env=${pair}`),
        inv.module,
        ...inv.args
    ],
    isTrap: (run) => (0,spec/* looksLikeTrap */.nC)(run),
    limits: { components: spec/* NO_COMPONENTS */.nE },
    release: {
        repo: 'wazero/wazero',
        tagPrefix: 'v',
        // A static Go binary at the archive root: the Linux build runs on musl too.
        selectAsset: (version, platform, names) => {
            const os = { linux: 'linux', macos: 'darwin', windows: 'windows' }[platform.os];
            const arch = platform.arch === 'x64' ? 'amd64' : 'arm64';
            if (platform.os === 'windows' && platform.arch !== 'x64')
                return (0,release/* noBuild */.e7)('wazero', platform);
            const format = platform.os === 'windows' ? 'zip' : 'tar.gz';
            return (0,release/* assetNamed */.Wg)(names, `wazero_${version}_${os}_${arch}.${format}`, format);
        },
        checksumFile: (version) => `wazero_${version}_checksums.txt`
    }
};

;// CONCATENATED MODULE: ./src/runtimes/index.ts









/** Every runtime the probe knows, in the order results are shown. */
const RUNTIMES = [
    runtimes_native/* native */.Yk,
    node/* node */.r,
    wasmtime,
    wasmer,
    wasmedge,
    wazero,
    wamr,
    wasm3,
    wasmi
];
const RUNTIME_IDS = RUNTIMES.map((runtime) => runtime.id);
function runtimeById(id) {
    return RUNTIMES.find((runtime) => runtime.id === id);
}


/***/ }),

/***/ 574:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Yk: () => (/* binding */ native),
/* harmony export */   Zg: () => (/* binding */ windowsAssociation),
/* harmony export */   e0: () => (/* binding */ scanBinfmt),
/* harmony export */   mU: () => (/* binding */ handlesWasm),
/* harmony export */   x6: () => (/* binding */ BINFMT_DIR)
/* harmony export */ });
/* unused harmony export parseBinfmtEntry */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// The kernel running a .wasm file itself: on Linux through a binfmt_misc entry
// for the `\0asm` magic; macOS has no binfmt_misc; Windows only through the
// shell's file association.



const native = {
    kind: 'native',
    id: 'native',
    name: 'native (binfmt_misc)',
    limits: {
        env: 'a binfmt_misc handler gets the environment of the caller; the probe cannot set it per run',
        dirs: 'a binfmt_misc handler decides by itself which directories to preopen',
        components: 'a binfmt_misc entry for the core-module magic does not match a component'
    }
};
const BINFMT_DIR = '/proc/sys/fs/binfmt_misc';
const WASM_MAGIC_HEX = '0061736d';
/** Parses one entry file of /proc/sys/fs/binfmt_misc. */
function parseBinfmtEntry(name, text) {
    const entry = { name, enabled: false, interpreter: '', flags: '', offset: 0 };
    for (const line of text.split('\n')) {
        const [key, ...rest] = line.trim().split(/\s+/);
        const value = rest.join(' ');
        if (key === 'enabled')
            entry.enabled = true;
        else if (key === 'interpreter')
            entry.interpreter = value;
        else if (key === 'flags:')
            entry.flags = value;
        else if (key === 'offset')
            entry.offset = Number(value);
        else if (key === 'magic')
            entry.magic = value.toLowerCase();
        else if (key === 'mask')
            entry.mask = value.toLowerCase();
        else if (key === 'extension')
            entry.extension = value;
    }
    return entry;
}
/** True when the entry, enabled, would hand a .wasm module to its interpreter. */
function handlesWasm(entry) {
    if (!entry.enabled)
        return false;
    if (entry.extension !== undefined)
        return entry.extension.replace(/^\./, '') === 'wasm';
    return entry.offset === 0 && (entry.magic?.startsWith(WASM_MAGIC_HEX) ?? false);
}
/** Every entry in `dir` (the status file and `register` are not entries). */
function scanBinfmt(dir = BINFMT_DIR) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir);
    }
    catch {
        return { state: 'not-mounted' };
    }
    if (!names.includes('register'))
        return { state: 'not-mounted' };
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'status'), 'utf8').trim() === 'disabled')
            return { state: 'disabled' };
    }
    catch {
        // No status file: read the entries anyway.
    }
    const entries = [];
    for (const name of names) {
        if (name === 'register' || name === 'status')
            continue;
        try {
            entries.push(parseBinfmtEntry(name, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name), 'utf8')));
        }
        catch {
            // An entry removed while we read: not there.
        }
    }
    return { state: 'scanned', entries };
}
/** The `.wasm` file association on Windows (`assoc .wasm`, `ftype TYPE`), or undefined. */
function windowsAssociation() {
    const run = (args) => {
        const result = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('cmd.exe', ['/d', '/c', ...args], {
            encoding: 'utf8',
            timeout: 5000,
            windowsHide: true
        });
        return result.status === 0 ? result.stdout.trim() : undefined;
    };
    const assoc = run(['assoc', '.wasm']);
    if (!assoc)
        return undefined;
    const fileType = assoc.split('=')[1];
    const command = fileType ? run(['ftype', fileType]) : undefined;
    return command ?? assoc;
}


/***/ }),

/***/ 7321:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ NODE_WASI_RUNNER_SOURCE),
/* harmony export */   r: () => (/* binding */ node)
/* harmony export */ });
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5942);

const node = {
    kind: 'node',
    id: 'node',
    name: 'Node.js (node:wasi)',
    binary: 'node',
    versionArgs: ['--version'],
    // `v24.11.1`
    parseVersion: (output) => (0,_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .firstMatch */ .o4)(output, /^v(\d+\.\d+\.\d+\S*)/m),
    limits: { components: `node:wasi ${_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .NO_COMPONENTS */ .nE}` }
};
/**
 * The program that a child `node` runs: it runs several modules one after the
 * other, each with a fresh WASI instance and its own stdout/stderr files, so
 * node's start-up is paid once. It reports on its own stdout, one JSON line per
 * event: `start` before a module, `end` with the outcome after it. The parent
 * times each module from those lines and kills the child when one hangs.
 *
 * CommonJS and plain JavaScript, so that any `node` on PATH (18 and later) runs it.
 */
const NODE_WASI_RUNNER_SOURCE = String.raw `'use strict'
const fs = require('node:fs')
const { WASI } = require('node:wasi')

const jobs = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))
const send = (message) => fs.writeSync(1, JSON.stringify(message) + '\n')

async function runJob(job) {
  const stdout = fs.openSync(job.stdoutPath, 'w')
  const stderr = fs.openSync(job.stderrPath, 'w')
  try {
    const wasi = new WASI({
      version: 'preview1',
      args: [job.module, ...job.args],
      env: job.env,
      preopens: job.preopens,
      returnOnExit: true,
      stdin: 0,
      stdout,
      stderr
    })
    const module = await WebAssembly.compile(fs.readFileSync(job.module))
    const instance = await WebAssembly.instantiate(module, wasi.getImportObject())
    const code = wasi.start(instance)
    return { exitCode: typeof code === 'number' ? code : 0 }
  } catch (error) {
    fs.writeSync(stderr, String((error && error.stack) || error) + '\n')
    // A stack overflow in Wasm surfaces as a RangeError: a trap as well.
    const trapped = error instanceof WebAssembly.RuntimeError || error instanceof RangeError
    return trapped ? { exitCode: 1, trap: String(error.message) } : { exitCode: 1 }
  } finally {
    fs.closeSync(stdout)
    fs.closeSync(stderr)
  }
}

;(async () => {
  for (const job of jobs) {
    send({ event: 'start', id: job.id })
    const started = process.hrtime.bigint()
    const outcome = await runJob(job)
    const durationMs = Number((process.hrtime.bigint() - started) / 1000000n)
    send({ event: 'end', id: job.id, durationMs, ...outcome })
  }
})()
`;


/***/ }),

/***/ 5942:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ff: () => (/* binding */ envPairs),
/* harmony export */   nC: () => (/* binding */ looksLikeTrap),
/* harmony export */   nE: () => (/* binding */ NO_COMPONENTS),
/* harmony export */   o4: () => (/* binding */ firstMatch)
/* harmony export */ });
/** What every runtime but wasmtime says of components. */
const NO_COMPONENTS = 'runs WASI preview1 core modules only, not components';
/** First capture group of `pattern` in `output`, trimmed. */
function firstMatch(output, pattern) {
    return pattern.exec(output)?.[1]?.trim() || undefined;
}
const SIGNALS_OF_A_TRAP = new Set(['SIGABRT', 'SIGILL', 'SIGTRAP', 'SIGSEGV', 'SIGBUS']);
const TRAP_WORDS = /\b(wasm trap|trap|unreachable|RuntimeError)\b/i;
/**
 * The common shape of a trap: the process died by an abort-like signal, or it
 * says so. `exitCodes` lists codes a runtime reserves for traps (134 = 128 + SIGABRT).
 */
function looksLikeTrap(run, exitCodes = []) {
    if (run.signal !== null && SIGNALS_OF_A_TRAP.has(run.signal))
        return true;
    if (run.exitCode !== null && exitCodes.includes(run.exitCode))
        return true;
    if (run.exitCode === 0)
        return false;
    return TRAP_WORDS.test(run.stderr) || TRAP_WORDS.test(run.stdout);
}
/** `K=V` strings in a stable order. */
function envPairs(env) {
    return Object.keys(env)
        .sort()
        .map((key) => `${key}=${env[key]}`);
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** wasi-probe's own version; a test keeps it equal to package.json's. */
const TOOL_VERSION = '0.1.0';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__HELP = __webpack_exports__._;
/******/ var __webpack_exports__main = __webpack_exports__.i;
/******/ export { __webpack_exports__HELP as HELP, __webpack_exports__main as main };
/******/ 
