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
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8229);
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
                       suites (folders, or a folder with suites below it),
                       each test with an optional NAME.json spec; repeat
  --expectations PATH  wasi-testsuite expectation files (TOML) or a folder
                       of <runtime>/<os>.toml files: skip and expected-fail
                       tests per runtime; repeat for several
  --timeout SECONDS    limit for each module run (default ${_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_TIMEOUT_SECONDS */ .KU}; your
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
            expectations: values.expectations?.join('\n'),
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

/***/ 8229:
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
/** Why a run could not even start (spawn error, missing shared library), or undefined when it started. */
function startProblem(end, stderr) {
    if (end.spawnError) {
        const meaning = SPAWN_ERRORS[end.spawnError];
        return `could not start: ${end.spawnError}${meaning ? ` (${meaning})` : ''}`;
    }
    if (end.exitCode === 127 && MISSING_LIBRARY.test(stderr))
        return `could not start: ${firstLine(stderr)}`;
    return undefined;
}
function classify(expect, observation, isTrap, timeoutMs) {
    if (observation.spawnError)
        return { status: 'error', reason: startProblem(observation, '') };
    if (observation.timedOut) {
        return { status: 'timeout', reason: `still running after ${timeoutMs / 1000}s, killed` };
    }
    const run = {
        exitCode: observation.exitCode,
        signal: observation.signal,
        stdout: observation.stdout.text,
        stderr: observation.stderr.text
    };
    const cannotStart = startProblem(run, run.stderr);
    if (cannotStart)
        return { status: 'error', reason: cannotStart };
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
    if (probe.dir && limits.dirs)
        return limits.dirs;
    if (probe.category === 'component' && limits.components)
        return limits.components;
    return undefined;
}
/** What a test expects, for the result file: the exit code its wait wants, and all of its operations. */
function testExpectation(test) {
    const wait = test.config.operations.find((op) => op.type === 'wait');
    return {
        exitCode: wait?.type === 'wait' ? wait.exit_code : 0,
        operations: test.config.operations,
        ...(test.config.dirs.length > 0 ? { dirs: test.config.dirs } : {})
    };
}
function testFields(test) {
    return {
        id: test.id,
        category: 'custom',
        ...(test.suite !== undefined ? { suite: test.suite } : {}),
        test: test.name
    };
}
/** A test that did not run on this runtime, with the reason. */
function testNotRun(test, status, reason) {
    return {
        ...testFields(test),
        status,
        reason,
        exitCode: null,
        signal: null,
        expected: testExpectation(test),
        stdout: '',
        stderr: '',
        stdoutBytes: 0,
        stderrBytes: 0,
        durationMs: 0
    };
}
function testOutcome(test, verdict, run) {
    return {
        ...testFields(test),
        status: verdict.status,
        ...(verdict.reason ? { reason: verdict.reason } : {}),
        ...(verdict.failedCheck ? { failedCheck: verdict.failedCheck } : {}),
        exitCode: run.exit?.exitCode ?? null,
        signal: run.exit?.signal ?? null,
        expected: testExpectation(test),
        stdout: run.stdout.text.slice(0, EXCERPT_CHARS),
        stderr: run.stderr.text.slice(0, EXCERPT_CHARS),
        stdoutBytes: run.stdout.bytes,
        stderrBytes: run.stderr.bytes,
        durationMs: run.durationMs
    };
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
/**
 * How much of each stream a wasi-testsuite test keeps: its reads compare
 * against it, so it must hold more than any payload a spec plausibly reads.
 */
const TEST_OUTPUT_LIMIT_BYTES = 1024 * 1024;
const EMPTY_CAPTURE = { text: '', bytes: 0 };
/** Collects chunks until the limit, then only counts. */
class BoundedCapture {
    limit;
    chunks = [];
    kept = 0;
    total = 0;
    constructor(limit = CAPTURE_LIMIT_BYTES) {
        this.limit = limit;
    }
    add(chunk) {
        this.total += chunk.length;
        const room = this.limit - this.kept;
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
function spawnIsolated(request, stdout = 'pipe', stdin = 'ignore') {
    return (0,external_node_child_process_.spawn)(request.command, request.args, {
        cwd: request.cwd,
        env: request.env ?? process.env,
        stdio: [stdin, stdout, 'pipe'],
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

// EXTERNAL MODULE: ./src/probes/suites/expectations.ts + 9 modules
var expectations = __nccwpck_require__(2666);
// EXTERNAL MODULE: ./src/probes/suites/manifest.ts
var manifest = __nccwpck_require__(9032);
;// CONCATENATED MODULE: ./src/run/copy-tree.ts
// A test's directory, copied for one run so that the user's files never
// change: real copies (a reflink where the filesystem has them, bytes
// otherwise; never hard links, through which a module could write into the
// original), links kept as they are, and owner-writable even where the source
// is read-only, as a fresh checkout is.


/** wasi-testsuite marks what a test leaves behind with this suffix; the runner removes such files and folders, never links. */
const isCleanupName = (name) => name.endsWith('.cleanup');
/** Copies the directory `from` (a link to one is followed) to `to`, which must not exist, leaving out `*.cleanup`. */
function copyTree(from, to) {
    const real = (0,external_node_fs_.realpathSync)(from);
    copyDirectory(real, to);
    (0,external_node_fs_.chmodSync)(to, ((0,external_node_fs_.lstatSync)(real).mode & 0o7777) | 0o700);
}
function copyDirectory(from, to) {
    (0,external_node_fs_.mkdirSync)(to, { mode: 0o700 });
    for (const entry of (0,external_node_fs_.readdirSync)(from, { withFileTypes: true })) {
        const source = (0,external_node_path_.join)(from, entry.name);
        const target = (0,external_node_path_.join)(to, entry.name);
        if (entry.isSymbolicLink()) {
            // Verbatim: a relative link stays relative, and resolves inside the copy.
            (0,external_node_fs_.symlinkSync)((0,external_node_fs_.readlinkSync)(source), target);
            continue;
        }
        if (isCleanupName(entry.name))
            continue;
        if (entry.isDirectory()) {
            copyDirectory(source, target);
            (0,external_node_fs_.chmodSync)(target, ((0,external_node_fs_.lstatSync)(source).mode & 0o7777) | 0o700);
        }
        else if (entry.isFile()) {
            (0,external_node_fs_.copyFileSync)(source, target, external_node_fs_.constants.COPYFILE_FICLONE);
            (0,external_node_fs_.chmodSync)(target, ((0,external_node_fs_.lstatSync)(source).mode & 0o7777) | 0o600);
        }
        // Sockets, fifos and devices are not copied: a test directory has no use for them.
    }
}
/** Removes the `*.cleanup` files and folders below `dir`, as the runner does before each run. */
function removeCleanupFiles(dir) {
    for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isSymbolicLink())
            continue;
        if (isCleanupName(entry.name))
            (0,external_node_fs_.rmSync)(path, { recursive: true, force: true });
        else if (entry.isDirectory())
            removeCleanupFiles(path);
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./src/run/test-network.ts
// The network side of a wasi-testsuite test, as the official runner has it:
// HTTP servers stood up for the module's outbound requests (`servers`), TCP
// connections to a module that serves (`connect`, `send`, `recv`), and HTTP
// requests to a module that serves HTTP (`request`).



const LOOPBACK = '127.0.0.1';
function listen(server) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, LOOPBACK, () => {
            const address = server.address();
            resolve(typeof address === 'object' && address ? address.port : 0);
        });
    });
}
/** An address where nothing listens, so that connecting to it is refused. */
async function closedAddress() {
    const server = (0,external_node_net_.createServer)();
    const port = await listen(server);
    await new Promise((resolve) => server.close(() => resolve()));
    return `${LOOPBACK}:${port}`;
}
function readBody(request) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        request.on('data', (chunk) => chunks.push(chunk));
        request.on('end', () => resolve(Buffer.concat(chunks)));
        request.on('error', reject);
    });
}
/** The request line and headers, given back as `x-request-*`, `x-echo-*` and `x-trailer-*` response headers. */
function echoedHeaders(request) {
    const echoed = [
        ['x-request-method', request.method ?? ''],
        ['x-request-path', request.url ?? '']
    ];
    const raw = request.rawHeaders;
    const names = [...new Set(raw.filter((_, i) => i % 2 === 0).map((name) => name.toLowerCase()))];
    for (const name of names) {
        for (let i = 0; i < raw.length; i += 2)
            if (raw[i].toLowerCase() === name)
                echoed.push([`x-echo-${name}`, raw[i + 1]]);
    }
    for (const [name, value] of Object.entries(request.trailers))
        echoed.push([`x-trailer-${name}`, String(value)]);
    return echoed;
}
function endpointServer(endpoints) {
    const routes = new Map(endpoints.map((endpoint) => [`${endpoint.method} ${endpoint.path}`, endpoint]));
    return (0,external_node_http_.createServer)(async (request, response) => {
        const body = await readBody(request).catch(() => Buffer.alloc(0));
        const endpoint = routes.get(`${request.method} ${request.url}`);
        const head = request.method === 'HEAD';
        // One connection per request, as the runner's server does.
        response.shouldKeepAlive = false;
        const reply = (status, headers, payload) => {
            response.statusCode = status;
            for (const [name, value] of headers)
                response.appendHeader(name, value);
            response.setHeader('Content-Length', String(payload.length));
            response.end(head ? undefined : payload);
        };
        if (!endpoint)
            return reply(404, [], Buffer.alloc(0));
        if (endpoint.mode === 'echo-body')
            return reply(200, [], body);
        if (endpoint.mode === 'echo-headers')
            return reply(200, echoedHeaders(request), Buffer.alloc(0));
        const answer = endpoint.response;
        const headers = Object.entries(answer.headers);
        if (answer.chunks === null)
            return reply(answer.status, headers, Buffer.from(answer.body, 'utf8'));
        response.statusCode = answer.status;
        for (const [name, value] of headers)
            response.appendHeader(name, value);
        const trailers = Object.entries(answer.trailers);
        if (trailers.length > 0)
            response.setHeader('Trailer', trailers.map(([name]) => name).join(', '));
        if (!head)
            for (const chunk of answer.chunks)
                response.write(chunk);
        if (trailers.length > 0)
            response.addTrailers(Object.fromEntries(trailers));
        response.end();
    });
}
/** Stands up the spec's servers on loopback. */
async function startServers(specs) {
    const env = {};
    const servers = [];
    for (const spec of specs) {
        const variable = `HTTP_SERVER_${spec.name.toUpperCase()}`;
        if (spec.kind === 'closed') {
            env[variable] = await closedAddress();
            continue;
        }
        const server = endpointServer(spec.endpoints);
        servers.push(server);
        env[variable] = `${LOOPBACK}:${await listen(server)}`;
    }
    return {
        env,
        close: async () => {
            await Promise.all(servers.map((server) => new Promise((resolve) => {
                server.closeAllConnections();
                server.close(() => resolve());
            })));
        }
    };
}
/** A TCP connection to the module, read the way Python's `socket.recv(n)` reads it. */
class Connection {
    socket;
    buffered = Buffer.alloc(0);
    ended = false;
    wake;
    constructor(socket) {
        this.socket = socket;
        socket.on('data', (chunk) => {
            this.buffered = Buffer.concat([this.buffered, chunk]);
            this.wake?.();
        });
        socket.on('close', () => {
            this.ended = true;
            this.wake?.();
        });
        socket.on('error', () => { });
    }
    static open(host, port, timeoutMs) {
        return new Promise((resolve, reject) => {
            const socket = (0,external_node_net_.connect)({ host, port });
            const timer = setTimeout(() => {
                socket.destroy();
                reject(new Error(`no connection after ${timeoutMs / 1000} s`));
            }, timeoutMs);
            socket.once('connect', () => {
                clearTimeout(timer);
                resolve(new Connection(socket));
            });
            socket.once('error', (error) => {
                clearTimeout(timer);
                reject(error);
            });
        });
    }
    send(payload) {
        return new Promise((resolve, reject) => this.socket.write(payload, 'utf8', (error) => (error ? reject(error) : resolve())));
    }
    /** Up to `bytes` bytes, as soon as any arrive; empty at the end of the stream. */
    async recv(bytes, timeoutMs) {
        if (bytes === 0)
            return Buffer.alloc(0);
        if (this.buffered.length === 0 && !this.ended) {
            await new Promise((resolve, reject) => {
                const timer = setTimeout(() => reject(new Error(`nothing received in ${timeoutMs / 1000} s`)), timeoutMs);
                this.wake = () => {
                    clearTimeout(timer);
                    resolve();
                };
            }).finally(() => (this.wake = undefined));
        }
        const taken = this.buffered.subarray(0, bytes);
        this.buffered = this.buffered.subarray(taken.length);
        return taken;
    }
    close() {
        this.socket.destroy();
    }
}
/** What differs between the response and the one expected; undefined when nothing does. */
function responseDifference(status, headers, body, expected) {
    if (status !== expected.status)
        return `status ${status}, expected ${expected.status}`;
    for (const [name, value] of Object.entries(expected.headers)) {
        const found = headers[name.toLowerCase()];
        if (found === undefined)
            return `the response has no header ${name}`;
        const actual = Array.isArray(found) ? found.join(', ') : found;
        if (actual !== value)
            return `header ${name} is ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`;
    }
    if (body !== expected.body)
        return `body ${JSON.stringify(body)}, expected ${JSON.stringify(expected.body)}`;
    return undefined;
}
/** Joins the server's URL and a request path as the runner does. */
function joinUrl(server, path) {
    return path.startsWith('/') ? server.replace(/\/+$/, '') + path : `${server.replace(/\/+$/, '')}/${path}`;
}
/**
 * What the official runner's HTTP library (requests) makes of a response body:
 * gzip and deflate undone, text decoded by the charset of its content type,
 * ISO-8859-1 for text without one, UTF-8 otherwise.
 */
function responseText(body, headers) {
    const encoding = String(headers['content-encoding'] ?? '').toLowerCase();
    let bytes = body;
    try {
        if (encoding === 'gzip')
            bytes = (0,external_node_zlib_.gunzipSync)(body);
        else if (encoding === 'deflate')
            bytes = (0,external_node_zlib_.inflateSync)(body);
    }
    catch {
        // Not what it says it is: compared as it came.
    }
    const type = String(headers['content-type'] ?? '').toLowerCase();
    const charset = /charset=["']?([\w-]+)/.exec(type)?.[1];
    const latin1 = charset ? /^(iso-8859-1|latin-?1)$/.test(charset) : type.includes('text');
    return bytes.toString(latin1 ? 'latin1' : 'utf8');
}
/** Sends the request; resolves with what went wrong, or undefined when the response is the expected one. */
function checkRequest(server, op, timeoutMs) {
    return new Promise((resolve) => {
        let url;
        try {
            url = new URL(joinUrl(server, op.path));
        }
        catch {
            return resolve(`${JSON.stringify(server)} is not a URL`);
        }
        const body = op.body === '' ? undefined : Buffer.from(op.body, 'utf8');
        const request = (0,external_node_http_.request)(url, {
            method: op.method,
            // What requests sends unless told otherwise; the spec's own headers win.
            headers: {
                Accept: '*/*',
                'Accept-Encoding': 'gzip, deflate',
                ...op.headers,
                ...(body ? { 'Content-Length': String(body.length) } : {})
            },
            timeout: timeoutMs
        }, (response) => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('end', () => resolve(responseDifference(response.statusCode ?? 0, response.headers, responseText(Buffer.concat(chunks), response.headers), op.response)));
            response.on('error', (error) => resolve(`the response broke off: ${error.message}`));
        });
        request.on('timeout', () => request.destroy(new Error(`no response in ${timeoutMs / 1000} s`)));
        request.on('error', (error) => resolve(`the request failed: ${error.message}`));
        request.end(body);
    });
}

;// CONCATENATED MODULE: ./src/run/test-case.ts


/** Seconds an HTTP request may take: the runner's own limit. */
const REQUEST_TIMEOUT_MS = 5000;
const EMPTY = { text: '', bytes: 0 };
/** A short, escaped piece of `text` around `at`, for a reason. */
function excerpt(text, at) {
    const start = Math.max(0, at - 12);
    const piece = text.slice(start, at + 24);
    return `${start > 0 ? '…' : ''}${JSON.stringify(piece).slice(1, -1)}${at + 24 < text.length ? '…' : ''}`;
}
/** Where `got` first differs from `expected`, with a short excerpt of each. */
function describeDifference(stream, got, expected) {
    let at = 0;
    while (at < got.length && at < expected.length && got[at] === expected[at])
        at += 1;
    if (at === got.length && got.length < expected.length)
        return `${stream} ended after ${got.length} characters ("${excerpt(got, at)}"), expected "${excerpt(expected, at)}"`;
    return `${stream} differs at character ${at + 1}: "${excerpt(got, at)}", expected "${excerpt(expected, at)}"`;
}
function test_case_describeEnd(exit) {
    return exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.exitCode}`;
}
async function runTestCase(config, start, options) {
    const { timeoutMs } = options;
    let current;
    const started = [];
    let exit;
    let failure;
    let servers;
    let httpServer;
    const connections = new Map();
    const fail = (check, message) => {
        failure = { check, message };
    };
    const running = () => {
        if (!current)
            throw new Error('no module is running');
        return current;
    };
    const perform = async (op) => {
        switch (op.type) {
            case 'run': {
                servers ??= await startServers(config.servers);
                current = await start(op, servers.env);
                started.push(current);
                exit = undefined;
                return;
            }
            case 'write':
                return running().write(op.payload);
            case 'read': {
                const stream = op.id;
                const { text, timedOut } = await running().read(stream, op.payload.length, timeoutMs);
                if (text === op.payload)
                    return;
                if (timedOut)
                    return fail('timeout', `${stream}: ${text.length} of the ${op.payload.length} characters expected came in ${timeoutMs / 1000} s`);
                return fail(stream, describeDifference(stream, text, op.payload));
            }
            case 'wait': {
                exit = await running().wait(timeoutMs);
                const output = running().output();
                const problem = startProblem(exit, output.stderr.text);
                if (problem)
                    return fail('start', problem);
                if (exit.timedOut)
                    return fail('timeout', `still running ${timeoutMs / 1000} s after the wait began; killed`);
                if (exit.signal === null && exit.exitCode === op.exit_code)
                    return;
                const observed = { ...exit, stdout: output.stdout.text, stderr: output.stderr.text };
                if (exit.trap !== undefined)
                    return fail('trap', `trap: ${exit.trap}`);
                if (options.isTrap(observed))
                    return fail('trap', `trap (${test_case_describeEnd(exit)}), expected exit code ${op.exit_code}`);
                return fail('exit-code', `${test_case_describeEnd(exit)}, expected ${op.exit_code}`);
            }
            case 'kill':
                return running().kill(op.signal);
            case 'connect': {
                const { text, timedOut } = await running().readLine('stdout', timeoutMs);
                const line = text.trim();
                const parts = line.split(':');
                if (timedOut && line === '')
                    return fail('timeout', `no address on stdout in ${timeoutMs / 1000} s`);
                if (parts.length !== 2 || !/^\d+$/.test(parts[1]))
                    return fail('connect', `expected the address as <host>:<port> on stdout, found ${JSON.stringify(line)}`);
                try {
                    connections.set(op.id, await Connection.open(parts[0], Number(parts[1]), timeoutMs));
                }
                catch (error) {
                    fail('connect', `could not connect to ${line}: ${error instanceof Error ? error.message : String(error)}`);
                }
                return;
            }
            case 'send':
                try {
                    await connections.get(op.id).send(op.payload);
                }
                catch (error) {
                    fail('send', `could not send on ${op.id}: ${error instanceof Error ? error.message : String(error)}`);
                }
                return;
            case 'recv': {
                let got;
                try {
                    got = (await connections.get(op.id).recv(Buffer.byteLength(op.payload, 'utf8'), timeoutMs)).toString('utf8');
                }
                catch (error) {
                    return fail('recv', `nothing from ${op.id}: ${error instanceof Error ? error.message : String(error)}`);
                }
                if (got !== op.payload)
                    fail('recv', describeDifference(op.id, got, op.payload));
                return;
            }
            case 'request': {
                if (httpServer === undefined) {
                    // The module says where it serves on the first line of stderr.
                    const { text } = await running().readLine('stderr', timeoutMs);
                    const at = text.indexOf('http://');
                    if (at < 0)
                        return fail('request', `expected 'http://' in the first line of stderr, got ${JSON.stringify(text)}`);
                    httpServer = text.slice(at).trim().split(/\s+/)[0];
                }
                const problem = await checkRequest(httpServer, op, REQUEST_TIMEOUT_MS);
                if (problem)
                    fail('request', `${op.method} ${op.path}: ${problem}`);
                return;
            }
        }
    };
    try {
        for (const op of config.operations) {
            await perform(op);
            if (failure)
                break;
        }
    }
    finally {
        if (current?.running)
            exit = await current.finish();
        for (const connection of connections.values())
            connection.close();
        await servers?.close();
    }
    const output = current?.output() ?? { stdout: EMPTY, stderr: EMPTY };
    return {
        ...(failure ? { failure } : {}),
        ...(exit ? { exit } : {}),
        ...output,
        durationMs: started.reduce((sum, run) => sum + run.durationMs, 0)
    };
}

;// CONCATENATED MODULE: ./src/run/suite-tests.ts
// The user's modules (wasi-testsuite tests) on one runtime: which of them it
// can run at all, each run on fresh copies of its directories and in a scratch
// working directory of its own, many at once within the shared pool; the
// verdict by the official runner's rules and the user's expectation files.








/** Why `test` cannot run on `runtime` at all, or undefined when it can. */
function unsupportedTestReason(test, runtime) {
    const support = runtime.support ?? runtimes_spec/* PREVIEW1_COMMANDS */.vp;
    const { config } = test;
    if (!support.wasiVersions.includes(test.wasiVersion))
        return `needs ${manifest/* WASI_VERSION_NAMES */.ps[test.wasiVersion]}`;
    if (!support.worlds.includes(config.world))
        return `needs the ${config.world} world`;
    const missing = config.proposals.filter((proposal) => !support.proposals.includes(proposal));
    if (missing.length > 0)
        return `needs the ${missing.join(' and ')} proposal${missing.length > 1 ? 's' : ''}`;
    const limits = runtime.limits ?? {};
    const runs = config.operations.filter((op) => op.type === 'run');
    if (limits.args && runs.some((run) => run.args.length > 0))
        return limits.args;
    if (limits.env && (runs.some((run) => Object.keys(run.env).length > 0) || config.servers.length > 0))
        return limits.env;
    const preopens = runs.some((run) => run.root !== null) || config.dirs.length > 0;
    if (preopens && (limits.dirs || limits.mapDirs))
        return limits.dirs ?? limits.mapDirs;
    return undefined;
}
/** How long a read or a wait of a test may take on `runtime`. */
function testTimeoutMs(runtime, context) {
    return context.timeoutMs ?? (runtime.support?.timeoutSeconds ?? runtimes_spec/* RUNNER_TIMEOUT_SECONDS */.Pr) * 1000;
}
/**
 * The outcome of a test that does not run on `runtime` (unsupported there, or
 * skipped by an expectation file); undefined when it runs.
 */
function outcomeWithoutRun(test, runtime, context) {
    const unsupported = unsupportedTestReason(test, runtime);
    if (unsupported)
        return testNotRun(test, 'unsupported', unsupported);
    if (expectationOf(test, runtime.id, context).skip)
        return testNotRun(test, 'skip', 'skipped by an expectation file');
    return undefined;
}
function expectationOf(test, runtime, context) {
    return test.suite === undefined
        ? { skip: false, expectedFail: false }
        : (0,expectations.expectationFor)(context.expectations, runtime, test.suite, test.name);
}
/** The directories one test runs with: copies of its root and dirs, and an empty working directory. */
class TestDirs {
    test;
    cwd;
    scratch;
    copies = new Map();
    runs = 0;
    constructor(test, workDir) {
        this.test = test;
        this.scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(workDir, 'test-'));
        this.cwd = (0,external_node_path_.join)(this.scratch, 'cwd');
        (0,external_node_fs_.mkdirSync)(this.cwd);
    }
    /** A copy of the test's folder `relative`, made on first use. */
    copyOf(relative) {
        let copy = this.copies.get(relative);
        if (copy === undefined) {
            copy = (0,external_node_path_.join)(this.scratch, `dir-${this.copies.size}`);
            copyTree((0,external_node_path_.join)(this.test.dir, relative), copy);
            this.copies.set(relative, copy);
        }
        return copy;
    }
    /** What `run` preopens: its root as `/`, and the `dirs` of older suites under their own names. */
    preopensFor(run) {
        this.runs += 1;
        // Before every run, the runner removes what earlier runs left as *.cleanup.
        if (this.runs > 1)
            for (const copy of this.copies.values())
                removeCleanupFiles(copy);
        return [
            ...(run.root !== null ? [{ guest: '/', host: this.copyOf(run.root) }] : []),
            ...this.test.config.dirs.map((dir) => ({ guest: dir, host: this.copyOf(dir) }))
        ];
    }
    remove() {
        (0,external_node_fs_.rmSync)(this.scratch, { recursive: true, force: true });
    }
}
/** What `run` asks of the runtime, as an invocation of `test`'s module. */
function invocationOf(test, run, env, dirs) {
    return {
        module: test.module,
        args: run.args,
        env: { ...run.env, ...env },
        dirs,
        wasiVersion: test.wasiVersion,
        world: test.config.world,
        proposals: test.config.proposals
    };
}
/** Runs `test` through `launch` on fresh directories. */
async function runTest(test, launch, runtime, context) {
    const dirs = new TestDirs(test, context.workDir);
    try {
        return await runTestCase(test.config, async (run, env) => launch(invocationOf(test, run, env, dirs.preopensFor(run)), dirs.cwd), { timeoutMs: testTimeoutMs(runtime, context), isTrap: runtime.isTrap });
    }
    finally {
        dirs.remove();
    }
}
/** Words that mark a line as an error, whoever wrote it (the runtime, or the module's own panic). */
const ERROR_LINE = /\b(error|exception|trap|panic|panicked|fail|failed|fault|abort|assert|assertion|unreachable)/i;
/**
 * The first error line of what the runtime or the module wrote, looked for in
 * the stream the runtime writes its errors to first (stdout for WAMR and
 * WasmEdge); without one, the first line there is. A line that ends with `:`
 * ("panicked at src/x.rs:17:5:") takes the next one along, which says what.
 */
function firstWords(run, errorStream = 'stderr') {
    const streams = errorStream === 'stdout' ? ['stdout', 'stderr'] : ['stderr', 'stdout'];
    const linesOf = (stream) => run[stream].text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    const pick = (stream, lines, at) => {
        const words = lines[at].endsWith(':') && lines[at + 1] ? `${lines[at]} ${lines[at + 1]}` : lines[at];
        return { stream, words: words.length > 200 ? `${words.slice(0, 200)}…` : words };
    };
    for (const stream of streams) {
        const lines = linesOf(stream);
        const at = lines.findIndex((line) => ERROR_LINE.test(line));
        if (at >= 0)
            return pick(stream, lines, at);
    }
    for (const stream of streams) {
        const lines = linesOf(stream);
        if (lines.length > 0)
            return pick(stream, lines, 0);
    }
    return undefined;
}
const WORDS_WANTED = new Set(['exit-code', 'trap', 'timeout', 'connect']);
/** The verdict on a test that ran, with the runner's outcomes for expected failures. */
function verdictOf(run, test, runtime, context) {
    const { failure } = run;
    if (failure?.check === 'start')
        return { status: 'error', reason: failure.message, failedCheck: 'start' };
    // Where the module or the runtime gave up, its own words say why; a difference in
    // output or in what came back over the network is shown by the comparison itself.
    const said = failure && WORDS_WANTED.has(failure.check) ? firstWords(run, runtime.errorStream) : undefined;
    const reason = failure
        ? `${failure.message}${said ? `; ${said.stream}: ${JSON.stringify(said.words)}` : ''}`
        : undefined;
    const expectedFail = expectationOf(test, runtime.id, context).expectedFail;
    if (expectedFail && failure)
        return { status: 'xfail', reason: `${reason} (expected to fail)`, failedCheck: failure.check };
    if (expectedFail)
        return {
            status: 'xpass',
            reason: 'passed, but an expectation file says it fails: the expectation is out of date'
        };
    if (failure)
        return { status: 'fail', reason: reason, failedCheck: failure.check };
    return { status: 'pass' };
}
/** A test the harness could not run (its folder could not be copied, say): an error, and the others go on. */
function harnessError(test, error) {
    const message = typeof error === 'object' && error !== null && typeof error.message === 'string'
        ? error.message
        : String(error);
    // A system error names the path, which may be long: its start says enough.
    const clipped = message.length > 300 ? `${message.slice(0, 300)}…` : message;
    return testNotRun(test, 'error', `could not run the test: ${clipped}`);
}
/** Every test on a runtime driven through a process per run (a CLI, or node in its CLI mode). */
function runTestsThrough(tests, runtime, launch, context) {
    return Promise.all(tests.map((test) => outcomeWithoutRun(test, runtime, context) ??
        context.pool.run(async () => {
            try {
                const run = await runTest(test, launch, runtime, context);
                return testOutcome(test, verdictOf(run, test, runtime, context), run);
            }
            catch (error) {
                return harnessError(test, error);
            }
        })));
}

;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./src/run/test-process.ts


/**
 * A stream as Python's text mode reads a pipe, which is how the official
 * runner reads it: UTF-8, with universal newlines (`\r\n` and a lone `\r`
 * both read as `\n`).
 */
class TextStream {
    decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    text = '';
    cursor = 0;
    bytes = 0;
    pendingCR = false;
    ended = false;
    waiters = [];
    add(chunk) {
        this.bytes += chunk.length;
        this.append(this.decoder.write(chunk));
    }
    end() {
        if (this.ended)
            return;
        this.append(this.decoder.end());
        if (this.pendingCR)
            this.push('\n');
        this.pendingCR = false;
        this.ended = true;
        this.wake();
    }
    append(decoded) {
        if (decoded === '')
            return;
        let text = decoded;
        if (this.pendingCR) {
            this.pendingCR = false;
            text = `\r${text}`;
        }
        if (text.endsWith('\r')) {
            this.pendingCR = true;
            text = text.slice(0, -1);
        }
        this.push(text.replace(/\r\n?/g, '\n'));
    }
    /** Text past TEST_OUTPUT_LIMIT_BYTES characters is only counted: reads see the stream end there. */
    push(text) {
        const room = TEST_OUTPUT_LIMIT_BYTES - this.text.length;
        if (room > 0)
            this.text += text.length > room ? text.slice(0, room) : text;
        this.wake();
    }
    wake() {
        const waiters = this.waiters;
        this.waiters = [];
        for (const wake of waiters)
            wake();
    }
    /** Resolves once `ready()` holds or the stream ended; false if `timeoutMs` passed first. */
    async until(ready, timeoutMs) {
        const deadline = performance.now() + timeoutMs;
        while (!ready() && !this.ended) {
            const left = deadline - performance.now();
            if (left <= 0)
                return false;
            await new Promise((resolve) => {
                const timer = setTimeout(resolve, left);
                this.waiters.push(() => {
                    clearTimeout(timer);
                    resolve();
                });
            });
        }
        return true;
    }
    async read(chars, timeoutMs) {
        const inTime = await this.until(() => this.text.length - this.cursor >= chars, timeoutMs);
        const text = this.text.slice(this.cursor, this.cursor + chars);
        this.cursor += text.length;
        return { text, timedOut: !inTime };
    }
    async readLine(timeoutMs) {
        const inTime = await this.until(() => this.text.indexOf('\n', this.cursor) >= 0, timeoutMs);
        const newline = this.text.indexOf('\n', this.cursor);
        const end = newline >= 0 ? newline + 1 : this.text.length;
        const line = this.text.slice(this.cursor, end);
        this.cursor = end;
        return { text: line.replace(/\n$/, ''), timedOut: !inTime };
    }
    captured() {
        return { text: this.text, bytes: this.bytes };
    }
}
/** A process spawned for a test: stdin, stdout and stderr are pipes, as the official runner has them. */
class LiveProcess {
    child;
    started = performance.now();
    streams = { stdout: new TextStream(), stderr: new TextStream() };
    closed;
    spawnError;
    timedOut = false;
    waited = false;
    ended;
    constructor(request) {
        this.child = spawnIsolated(request, 'pipe', 'pipe');
        // A module that exits without reading its stdin makes writes fail with EPIPE: that is its business.
        this.child.stdin?.on('error', () => { });
        this.child.stdout?.on('data', (chunk) => this.streams.stdout.add(chunk));
        this.child.stderr?.on('data', (chunk) => this.streams.stderr.add(chunk));
        this.closed = new Promise((resolve) => {
            let settled = false;
            const settle = (exitCode, signal) => {
                if (settled)
                    return;
                settled = true;
                this.ended = performance.now();
                this.streams.stdout.end();
                this.streams.stderr.end();
                resolve({
                    exitCode,
                    signal,
                    timedOut: this.timedOut,
                    ...(this.spawnError ? { spawnError: this.spawnError } : {})
                });
            };
            this.child.on('error', (error) => {
                this.spawnError = error.code ?? error.message;
                settle(null, null);
            });
            // 'close' waits for the pipes too, as the runner's communicate() does.
            this.child.on('close', (code, signal) => settle(code, signal));
        });
    }
    get running() {
        return !this.waited;
    }
    get durationMs() {
        return Math.round((this.ended ?? performance.now()) - this.started);
    }
    write(payload) {
        return new Promise((resolve) => {
            const stdin = this.child.stdin;
            if (!stdin || stdin.destroyed || !stdin.writable)
                return resolve();
            stdin.write(payload, 'utf8', () => resolve());
        });
    }
    read(stream, chars, timeoutMs) {
        return this.streams[stream].read(chars, timeoutMs);
    }
    readLine(stream, timeoutMs) {
        return this.streams[stream].readLine(timeoutMs);
    }
    async wait(timeoutMs) {
        this.waited = true;
        this.child.stdin?.end();
        const timer = setTimeout(() => {
            this.timedOut = true;
            killTree(this.child);
        }, timeoutMs);
        try {
            return await this.closed;
        }
        finally {
            clearTimeout(timer);
        }
    }
    kill(signal) {
        try {
            this.child.kill(signal);
        }
        catch {
            // Already gone.
        }
    }
    async finish() {
        if (!this.waited) {
            this.waited = true;
            killTree(this.child);
        }
        return this.closed;
    }
    output() {
        return { stdout: this.streams.stdout.captured(), stderr: this.streams.stderr.captured() };
    }
}
/** A finished run replayed as if it were live: reads see what it wrote, wait sees how it ended. */
class RecordedProcess {
    recording;
    streams = { stdout: new TextStream(), stderr: new TextStream() };
    waited = false;
    constructor(recording) {
        this.recording = recording;
        for (const stream of ['stdout', 'stderr']) {
            this.streams[stream].add(Buffer.from(recording[stream].text, 'utf8'));
            this.streams[stream].end();
        }
    }
    get running() {
        return !this.waited;
    }
    get durationMs() {
        return this.recording.durationMs;
    }
    async write() {
        throw new Error('a recorded run takes no input');
    }
    /** A run that was killed for taking too long never wrote what is missing: that read timed out. */
    async read(stream, chars) {
        const { text } = await this.streams[stream].read(chars, 0);
        return { text, timedOut: this.recording.timedOut && text.length < chars };
    }
    readLine(stream) {
        return this.streams[stream].readLine(0);
    }
    async wait() {
        this.waited = true;
        const { exitCode, signal, timedOut, spawnError, trap } = this.recording;
        return {
            exitCode,
            signal,
            timedOut,
            ...(spawnError ? { spawnError } : {}),
            ...(trap !== undefined ? { trap } : {})
        };
    }
    kill() {
        throw new Error('a recorded run cannot be signalled');
    }
    finish() {
        return this.wait();
    }
    output() {
        // The batch counted the bytes as the module wrote them.
        const { stdout, stderr } = this.recording;
        return {
            stdout: { text: this.streams.stdout.captured().text, bytes: stdout.bytes },
            stderr: { text: this.streams.stderr.captured().text, bytes: stderr.bytes }
        };
    }
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
            if (outcomes.length === 0)
                continue;
            if (context.tests)
                outcomes.push(...(await runTestsNatively(dir, context.tests.list, context.tests.context)));
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
/** The user's modules, each copied into `dir` with mode 0755 and executed there. */
function runTestsNatively(dir, tests, context) {
    const runtime = {
        id: runtimes_native/* native */.Yk.id,
        limits: runtimes_native/* native */.Yk.limits,
        isTrap: runtimes_spec/* looksLikeTrap */.nC
    };
    let copies = 0;
    return runTestsThrough(tests, runtime, (invocation, cwd) => {
        copies += 1;
        const path = (0,external_node_path_.join)(dir, `test-${copies}.wasm`);
        (0,external_node_fs_.copyFileSync)(invocation.module, path);
        (0,external_node_fs_.chmodSync)(path, 0o755);
        return new LiveProcess({ command: path, args: invocation.args, env: context.env, cwd });
    }, context);
}

;// CONCATENATED MODULE: ./src/run/cell-dir.ts
// The directory a probe preopens: made fresh for each run, holding the files
// the probe needs, checked afterwards for the files the probe must leave.


/** Fresh directories for the probe's run, or undefined when the probe preopens none. */
function prepareCellDir(probe, workDir) {
    if (!probe.dir)
        return undefined;
    const root = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(workDir, 'dirs-'));
    const preopens = [];
    for (const [path, content] of Object.entries(probe.dir.files)) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(root, path)), { recursive: true });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(root, path), content);
    }
    preopens.push({ guest: probe.dir.guest, host: root });
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
    const runtime = {
        id: spec.id,
        support: spec.tests,
        limits: spec.limits,
        isTrap: spec.isTrap,
        errorStream: spec.errorStream
    };
    const env = context.env ?? process.env;
    // The version query runs beside the modules, so nothing waits for it. A
    // binary that cannot start fails every module with the reason.
    const [version, outcomes, testOutcomes] = await Promise.all([
        queryVersion(spec, located, context),
        runProbes(spec, located, probes, context),
        context.tests
            ? runTestsThrough(context.tests.list, runtime, (invocation, cwd) => new LiveProcess({ command: located.path, args: spec.argv(invocation), env, cwd }), context.tests.context)
            : []
    ]);
    return ranOutcome(spec, located, version, [...outcomes, ...testOutcomes], started);
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/run/node-batch.ts
// Runs several modules through node:wasi in one child `node`, keeping every
// module's verdict its own: a module that hangs or kills the child ends only
// its own cell, and the modules after it run again in a fresh child.





/**
 * The runner needs nothing from the environment that node reads at start-up:
 * NODE_OPTIONS could preload code into it, and NODE_EXTRA_CA_CERTS alone costs
 * tens of milliseconds of start-up for certificates it never uses.
 */
function nodeChildEnv(env) {
    const copy = { ...env };
    delete copy.NODE_OPTIONS;
    delete copy.NODE_EXTRA_CA_CERTS;
    return copy;
}
/** Writes the runner program into `workDir` and returns its path. */
function writeNodeRunner(workDir) {
    const path = (0,external_node_path_.join)(workDir, 'node-wasi-runner.cjs');
    (0,external_node_fs_.writeFileSync)(path, node/* NODE_WASI_RUNNER_SOURCE */.bq);
    return path;
}
/**
 * Runs `jobs` with the `node` at `nodePath`; each job gets `timeoutMs`, and
 * keeps the first `captureBytes` of its stdout and stderr. Resolves with one
 * observation per job id, never rejects.
 */
async function runNodeBatch(nodePath, jobs, timeoutMs, workDir, captureBytes = CAPTURE_LIMIT_BYTES) {
    const results = new Map();
    // A folder of its own: several batches may run at once in one work directory.
    const batchDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(workDir, 'node-batch-'));
    const runner = writeNodeRunner(batchDir);
    let remaining = jobs;
    let round = 0;
    while (remaining.length > 0) {
        round += 1;
        await runOneChild(nodePath, runner, remaining, timeoutMs, batchDir, round, captureBytes, results);
        const before = remaining.length;
        remaining = remaining.filter((job) => !results.has(job.id));
        // runOneChild settles at least one job per round; this guards the loop anyway.
        if (remaining.length === before)
            break;
    }
    return results;
}
/**
 * Splits a stream of the child at the runner's markers (`\0<nonce> text\0`):
 * the bytes before a marker belong to whichever module was current then. A
 * module cannot forge a marker: it does not know the nonce.
 */
class MarkedStream {
    prefix;
    onData;
    onMark;
    pending = Buffer.alloc(0);
    constructor(prefix, onData, onMark) {
        this.prefix = prefix;
        this.onData = onData;
        this.onMark = onMark;
    }
    add(chunk) {
        this.pending = Buffer.concat([this.pending, chunk]);
        for (;;) {
            const at = this.pending.indexOf(this.prefix);
            if (at < 0) {
                // The tail may be the first bytes of a marker: keep it until more comes.
                const keep = Math.min(this.pending.length, this.prefix.length - 1);
                this.flush(this.pending.length - keep);
                return;
            }
            this.flush(at);
            const end = this.pending.indexOf(0, this.prefix.length);
            if (end < 0)
                return;
            this.onMark(this.pending.subarray(this.prefix.length, end).toString('utf8'));
            this.pending = this.pending.subarray(end + 1);
        }
    }
    end() {
        this.flush(this.pending.length);
    }
    flush(bytes) {
        if (bytes > 0)
            this.onData(this.pending.subarray(0, bytes));
        this.pending = this.pending.subarray(bytes);
    }
}
function runOneChild(nodePath, runner, jobs, timeoutMs, workDir, round, captureBytes, results) {
    const nonce = (0,external_node_crypto_.randomBytes)(8).toString('hex');
    const jobsFile = (0,external_node_path_.join)(workDir, `node-jobs-${round}.json`);
    (0,external_node_fs_.writeFileSync)(jobsFile, JSON.stringify({ nonce, jobs }));
    return new Promise((resolve) => {
        // stdin, stdout and stderr are pipes, as every other runtime's are: a
        // module that polls them sees what it would see anywhere else.
        const child = spawnIsolated({
            command: nodePath,
            args: ['--no-warnings', runner, 'batch', jobsFile],
            env: nodeChildEnv(process.env),
            // Its own folder, not the caller's: nothing a module does lands in the user's checkout.
            cwd: workDir
        }, 'pipe', 'pipe');
        child.stdin?.on('error', () => { });
        child.stdin?.end();
        const stdoutOf = jobs.map(() => new BoundedCapture(captureBytes));
        const stderrOf = jobs.map(() => new BoundedCapture(captureBytes));
        const childStderr = new BoundedCapture();
        const ended = new Map();
        let current;
        let stderrIndex = 0;
        let timedOut = false;
        let spawnError;
        let settled = false;
        let timer;
        const armTimer = () => {
            clearTimeout(timer);
            timer = setTimeout(() => {
                timedOut = true;
                killTree(child);
            }, timeoutMs);
        };
        armTimer();
        const prefix = Buffer.from(`\0${nonce} `, 'utf8');
        const stdout = new MarkedStream(prefix, (chunk) => {
            if (current)
                stdoutOf[current.index].add(chunk);
        }, (mark) => {
            const [event, index, ...rest] = mark.split(' ');
            if (event === 'start')
                current = { index: Number(index), started: performance.now() };
            if (event === 'end') {
                ended.set(Number(index), JSON.parse(rest.join(' ')));
                current = undefined;
            }
            armTimer();
        });
        const stderr = new MarkedStream(prefix, (chunk) => (stderrIndex < jobs.length ? stderrOf[stderrIndex] : childStderr).add(chunk), (mark) => {
            const [event, index] = mark.split(' ');
            if (event === 'end')
                stderrIndex = Number(index) + 1;
        });
        child.stdout?.on('data', (chunk) => stdout.add(chunk));
        child.stderr?.on('data', (chunk) => stderr.add(chunk));
        child.on('error', (error) => {
            spawnError = error.code ?? error.message;
            finish(null, null);
        });
        child.on('close', (code, signal) => finish(code, signal));
        // The child is gone. Every module that ended has its result; the module it
        // was running when it went (or, if it never got to one, the first one)
        // takes the blame; the rest run again.
        function finish(exitCode, signal) {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            stdout.end();
            stderr.end();
            jobs.forEach((job, index) => {
                const end = ended.get(index);
                if (!end)
                    return;
                results.set(job.id, {
                    exitCode: end.exitCode,
                    signal: null,
                    stdout: stdoutOf[index].result(),
                    stderr: stderrOf[index].result(),
                    durationMs: end.durationMs,
                    timedOut: false,
                    ...(end.trap !== undefined ? { trap: end.trap } : {})
                });
            });
            const pending = jobs.map((job, index) => ({ job, index })).filter(({ job }) => !results.has(job.id));
            if (pending.length > 0) {
                const blamed = current ?? { index: pending[0].index, started: performance.now() };
                const ownStderr = stderrOf[blamed.index].result();
                results.set(jobs[blamed.index].id, {
                    exitCode,
                    signal,
                    stdout: stdoutOf[blamed.index].result(),
                    stderr: ownStderr.bytes > 0 ? ownStderr : childStderr.result(),
                    durationMs: Math.round(performance.now() - blamed.started),
                    timedOut,
                    ...(spawnError ? { spawnError } : {})
                });
                // Nothing can start: every module shares the error.
                if (spawnError) {
                    for (const { job } of pending)
                        results.set(job.id, { ...results.get(jobs[blamed.index].id), durationMs: 0 });
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
function splitIntoBatches(jobs, children) {
    const batches = Array.from({ length: children }, () => []);
    jobs.forEach((job, i) => batches[i % children].push(job));
    return batches.filter((batch) => batch.length > 0);
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
    const children = Math.max(1, Math.min((0,external_node_os_.availableParallelism)(), Math.ceil(jobs.length / MODULES_PER_CHILD)));
    // The version query, the batches and the tests all at once: node's start-up is the cost worth saving here.
    const testsDone = context.tests
        ? runNodeTests(spec, located, context.tests.list, context.tests.context)
        : [];
    const [version, ...batches] = await Promise.all([
        queryVersion(spec, located, context),
        ...splitIntoBatches(jobs, children).map((batch) => runNodeBatch(located.path, batch, context.timeoutMs, context.workDir))
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
    return ranOutcome(spec, located, version, [...outcomes, ...(await testsDone)], started);
}
/** A batch child of node runs at most this many tests, so that the shared pool stays balanced. */
const TESTS_PER_CHILD = 16;
/**
 * Tests that start their module once, read its output and wait for it run in
 * batches, as the probes do, and are judged on what the batch recorded. Tests
 * that talk to the module while it runs get a node of their own each.
 */
function isReplayable(test) {
    const { operations, servers } = test.config;
    return (servers.length === 0 &&
        operations.filter((op) => op.type === 'run').length === 1 &&
        operations.every((op) => op.type === 'run' || op.type === 'read' || op.type === 'wait'));
}
async function runNodeTests(spec, located, tests, context) {
    const runtime = { id: spec.id, limits: spec.limits, isTrap: runtimes_spec/* looksLikeTrap */.nC };
    const outcomes = new Map();
    const batched = [];
    const live = [];
    for (const test of tests) {
        const outcome = outcomeWithoutRun(test, runtime, context);
        if (outcome)
            outcomes.set(test.id, outcome);
        else
            (isReplayable(test) ? batched : live).push(test);
    }
    const record = (list) => list.forEach((outcome) => outcomes.set(outcome.id, outcome));
    const runner = live.length > 0 ? writeNodeRunner(context.workDir) : '';
    const env = nodeChildEnv(context.env);
    const children = Math.max(context.pool.size, Math.ceil(batched.length / TESTS_PER_CHILD));
    await Promise.all([
        runTestsThrough(live, runtime, (invocation, cwd) => new LiveProcess({ command: located.path, args: (0,node/* nodeRunArgv */.m8)(runner, invocation), env, cwd }), context).then(record),
        ...splitIntoBatches(batched, children).map((batch) => context.pool.run(() => runTestBatch(located.path, batch, runtime, context)).then(record))
    ]);
    return tests.map((test) => outcomes.get(test.id));
}
async function runTestBatch(nodePath, tests, runtime, context) {
    const outcomes = new Map();
    const prepared = [];
    try {
        for (const test of tests) {
            let dirs;
            try {
                dirs = new TestDirs(test, context.workDir);
                const run = test.config.operations.find((op) => op.type === 'run');
                if (run?.type !== 'run')
                    throw new Error('a replayable test starts with run');
                const preopens = dirs.preopensFor(run).map(({ guest, host }) => [guest, host]);
                prepared.push({
                    test,
                    dirs,
                    job: {
                        id: test.id,
                        module: test.module,
                        args: run.args,
                        env: run.env,
                        preopens: Object.fromEntries(preopens)
                    }
                });
            }
            catch (error) {
                dirs?.remove();
                outcomes.set(test.id, harnessError(test, error));
            }
        }
        const timeoutMs = testTimeoutMs(runtime, context);
        const jobs = prepared.map(({ job }) => job);
        const recordings = await runNodeBatch(nodePath, jobs, timeoutMs, context.workDir, TEST_OUTPUT_LIMIT_BYTES);
        for (const { test } of prepared) {
            const recorded = new RecordedProcess(recordings.get(test.id));
            const run = await runTestCase(test.config, async () => recorded, { timeoutMs, isTrap: runtime.isTrap });
            outcomes.set(test.id, testOutcome(test, verdictOf(run, test, runtime, context), run));
        }
    }
    finally {
        for (const { dirs } of prepared)
            dirs.remove();
    }
    return tests.map((test) => outcomes.get(test.id));
}

;// CONCATENATED MODULE: ./src/run/pool.ts
// A bound on how many module runs happen at once, shared by every runtime.

function createPool(size = (0,external_node_os_.availableParallelism)()) {
    let active = 0;
    const waiting = [];
    return {
        size,
        async run(task) {
            // A finished task hands its place to the next waiting one directly.
            if (active < size)
                active += 1;
            else
                await new Promise((resolve) => waiting.push(resolve));
            try {
                return await task();
            }
            finally {
                const next = waiting.shift();
                if (next)
                    next();
                else
                    active -= 1;
            }
        }
    };
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
    const testContext = {
        // One bound for every runtime's tests: the cores are shared.
        pool: createPool(),
        workDir: request.workDir,
        env: request.env ?? process.env,
        ...(request.testTimeoutMs !== undefined ? { timeoutMs: request.testTimeoutMs } : {}),
        expectations: request.expectations ?? []
    };
    const tests = request.tests?.length ? { list: request.tests, context: testContext } : undefined;
    const context = {
        modulePaths,
        timeoutMs: request.timeoutMs,
        env: request.env,
        workDir: request.workDir,
        tests
    };
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
                    env: request.env,
                    tests
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
            const env = withLibraryPath(request.env ?? process.env, located.libDir);
            const runtimeContext = {
                ...context,
                env,
                tests: tests && { ...tests, context: { ...tests.context, env } }
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
    const userModules = plan.modules ? await loadUserModules(plan, host.os, env, options.warn) : undefined;
    const provisioned = await provision(plan, env, platformOf(host), options);
    const timeoutMs = Math.round(plan.timeoutSeconds * 1000);
    const workDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(options.workRoot ?? env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'wasi-probe-'));
    try {
        const matrix = await runMatrix({
            runtimes: plan.runtimes,
            located: provisioned.located,
            absent: provisioned.absent,
            probes,
            ...(userModules
                ? {
                    tests: userModules.tests,
                    expectations: userModules.expectations,
                    ...(plan.testTimeoutSeconds !== undefined
                        ? { testTimeoutMs: Math.round(plan.testTimeoutSeconds * 1000) }
                        : {})
                }
                : {}),
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
            ...(userModules?.suites.length
                ? {
                    suites: userModules.suites.map(({ name, wasiVersion, path, tests }) => ({
                        name,
                        wasiVersion,
                        path,
                        tests: tests.length
                    }))
                }
                : {}),
            ...(userModules?.expectations.length
                ? { expectations: userModules.expectations.map(({ path, runtime }) => ({ path, runtime })) }
                : {}),
            failOn: evaluateFailOn(plan.failOn, runtimes)
        };
    }
    finally {
        (0,external_node_fs_.rmSync)(workDir, { recursive: true, force: true });
    }
}
/**
 * The user's modules and expectation files, read before anything runs: their
 * problems are input problems, all named at once.
 */
async function loadUserModules(plan, os, env, warn) {
    // Loaded only when asked for: the glob and TOML libraries are large, and start-up stays fast without them.
    const [{ loadTests }, { loadExpectations }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(838), __nccwpck_require__.e(324), __nccwpck_require__.e(608)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4608)),
        Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 2666))
    ]);
    const cwd = env.GITHUB_WORKSPACE || process.cwd();
    const loaded = await loadTests(plan.modules ?? [], cwd);
    const expectations = loadExpectations(plan.expectations ?? [], cwd, os, inputs/* runtimeIdOf */.FP);
    const problems = [
        ...loaded.problems.map((problem) => `modules: ${problem}`),
        ...expectations.problems.map((problem) => `expectations: ${problem}`)
    ];
    if (problems.length > 0)
        throw new inputs/* InputError */.dz(problems);
    for (const warning of loaded.warnings)
        warn?.(`modules: ${warning}`);
    return { tests: loaded.tests, suites: loaded.suites, expectations: expectations.files };
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
/* harmony export */   FP: () => (/* binding */ runtimeIdOf),
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
/** The runtime id a name stands for (an id, or an alias such as iwasm), or undefined. */
function runtimeIdOf(name) {
    const id = ALIASES[name.toLowerCase()] ?? name.toLowerCase();
    return _runtimes_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RUNTIME_IDS */ .oU.includes(id) ? id : undefined;
}
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
    let timeoutGiven = false;
    const timeoutText = (raw.timeout ?? '').trim();
    if (timeoutText !== '') {
        const value = Number(timeoutText);
        if (!/^\d+(\.\d+)?$/.test(timeoutText) || !(value > 0) || value > MAX_TIMEOUT_SECONDS) {
            problems.push(`${nameOf('timeout')} is "${timeoutText}". Accepted: a number of seconds per module run, ` +
                `greater than 0 and at most ${MAX_TIMEOUT_SECONDS} (default ${DEFAULT_TIMEOUT_SECONDS}).`);
        }
        else {
            timeoutSeconds = value;
            timeoutGiven = true;
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
    const modules = splitPaths(raw.modules);
    const expectations = splitPaths(raw.expectations);
    if (expectations.length > 0 && modules.length === 0) {
        problems.push(`${nameOf('expectations')} is set, but ${nameOf('modules')} is empty: expectations apply to the tests ` +
            `of your modules. Set ${nameOf('modules')} to the suites they are for, or leave ${nameOf('expectations')} empty.`);
    }
    if (problems.length > 0)
        throw new InputError(problems);
    return {
        runtimes,
        probes: probes.length > 0 ? probes : ['basic'],
        ...(modules.length > 0 ? { modules } : {}),
        ...(expectations.length > 0 ? { expectations } : {}),
        timeoutSeconds,
        ...(timeoutGiven ? { testTimeoutSeconds: timeoutSeconds } : {}),
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
/** Paths, comma or newline separated: they may hold spaces. */
function splitPaths(value) {
    return (value ?? '')
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter(Boolean);
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
/** The bytes a probe runs. */
function probeBytes(probe) {
    return moduleBytes(probe.module);
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

/***/ 2666:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  expectationFor: () => (/* binding */ expectationFor),
  loadExpectations: () => (/* binding */ loadExpectations),
  parseExpectations: () => (/* binding */ parseExpectations)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

;// CONCATENATED MODULE: ./src/probes/suites/expectations.ts
// Expectation files in the wasi-testsuite format (TOML, version 1): per suite
// and test, `action = "skip"` (do not run it) and `expected = "fail"` (a known
// failure), read with the official runner's rules (filters.py). The suite keeps
// them per runtime and OS as expectations/<runtime>/<os>.toml; so do we.



const NONE = { skip: false, expectedFail: false };
const isTable = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function tables(value, key) {
    if (!Array.isArray(value) || !value.every(isTable))
        throw new Error(`"${key}" must be a list of tables`);
    return value;
}
/** One file's suites and tests; throws with the runner's reasons for refusing it. */
function parseExpectations(text) {
    const data = parse(text);
    const version = data.version ?? 1;
    if (version !== 1)
        throw new Error(`version ${JSON.stringify(version)} is not supported (only 1)`);
    const suites = new Map();
    for (const suite of tables(data.suite ?? [], 'suite')) {
        if (typeof suite.name !== 'string')
            throw new Error('every [[suite]] needs a name string');
        const tests = new Map();
        for (const test of tables(suite.test ?? [], 'suite.test')) {
            if (typeof test.name !== 'string')
                throw new Error(`every [[suite.test]] of "${suite.name}" needs a name string`);
            const { action, expected } = test;
            if (action !== undefined && action !== 'skip')
                throw new Error(`test "${test.name}": "action" is ${JSON.stringify(action)}; accepted: "skip"`);
            if (expected !== undefined && expected !== 'pass' && expected !== 'fail')
                throw new Error(`test "${test.name}": "expected" is ${JSON.stringify(expected)}; accepted: "pass" or "fail"`);
            if (action === undefined && expected === undefined)
                throw new Error(`test "${test.name}" sets neither "action" nor "expected"`);
            tests.set(test.name, { skip: action === 'skip', expectedFail: expected === 'fail' });
        }
        suites.set(suite.name, tests);
    }
    return suites;
}
function readFile(path, runtime, problems) {
    try {
        return { path, runtime, suites: parseExpectations((0,external_node_fs_.readFileSync)(path, 'utf8')) };
    }
    catch (error) {
        problems.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
    }
}
/**
 * The files `entries` name, relative to `cwd`. A directory is laid out as the
 * suite's expectations/: `<runtime>/<os>.toml`, of which this OS's files apply.
 * A file in a folder named after a runtime is for that runtime; any other file
 * is for every runtime. `runtimeOf` maps a folder name to a runtime id.
 */
function loadExpectations(entries, cwd, os, runtimeOf) {
    const files = [];
    const problems = [];
    for (const entry of entries) {
        const path = (0,external_node_path_.resolve)(cwd, entry);
        if (!(0,external_node_fs_.existsSync)(path)) {
            problems.push(`${entry} does not exist`);
            continue;
        }
        if (!(0,external_node_fs_.statSync)(path).isDirectory()) {
            const file = readFile(path, runtimeOf((0,external_node_path_.basename)((0,external_node_path_.dirname)(path))) ?? null, problems);
            if (file)
                files.push(file);
            continue;
        }
        let found = 0;
        for (const folder of (0,external_node_fs_.readdirSync)(path).sort()) {
            const runtime = runtimeOf(folder);
            const file = (0,external_node_path_.join)(path, folder, `${os}.toml`);
            if (!runtime || !(0,external_node_fs_.existsSync)(file))
                continue;
            found += 1;
            const read = readFile(file, runtime, problems);
            if (read)
                files.push(read);
        }
        if (found === 0)
            problems.push(`${entry} is a directory without any <runtime>/${os}.toml for a runtime wasi-probe knows`);
    }
    return { files, problems };
}
/** What the files say of one test on one runtime: any skip skips it, any expected failure expects it. */
function expectationFor(files, runtime, suite, test) {
    let found = NONE;
    for (const file of files) {
        if (file.runtime !== null && file.runtime !== runtime)
            continue;
        const expectation = file.suites.get(suite)?.get(test);
        if (expectation)
            found = {
                skip: found.skip || expectation.skip,
                expectedFail: found.expectedFail || expectation.expectedFail
            };
    }
    return found;
}


/***/ }),

/***/ 9032:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ps: () => (/* binding */ WASI_VERSION_NAMES),
/* harmony export */   pw: () => (/* binding */ readSuiteIdentity)
/* harmony export */ });
/* unused harmony export WASI_VERSIONS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// A suite's identity, as the official runner decides it (_read_manifest in
// test_suite_runner.py): its manifest.json names it and gives its WASI version;
// without one, a folder named after a WASI version takes its parent's path as
// the name, and any other folder is a preview1 suite named by its own path.


const WASI_VERSIONS = ['wasm32-wasip1', 'wasm32-wasip2', 'wasm32-wasip3'];
/** How a WASI version reads in a sentence. */
const WASI_VERSION_NAMES = {
    'wasm32-wasip1': 'WASI preview1 core modules',
    'wasm32-wasip2': 'WASI 0.2 components',
    'wasm32-wasip3': 'WASI 0.3 components'
};
const isWasiVersion = (value) => WASI_VERSIONS.includes(value);
/**
 * The identity of the suite in `dir`; `shownPath` is the folder as the user
 * wrote it, which the runner uses as the name when nothing better is known.
 */
function readSuiteIdentity(dir, shownPath) {
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(dir);
    let name = isWasiVersion(folder) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(shownPath) : shownPath;
    let wasiVersion = isWasiVersion(folder) ? folder : 'wasm32-wasip1';
    const manifestPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'manifest.json');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifestPath))
        return { identity: { name, wasiVersion }, problems: [] };
    let manifest;
    try {
        manifest = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(manifestPath, 'utf8'));
    }
    catch (error) {
        return {
            problems: [
                `${manifestPath} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`
            ]
        };
    }
    if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest))
        return { problems: [`${manifestPath} is not a JSON object`] };
    const problems = [];
    for (const [key, value] of Object.entries(manifest)) {
        if (key === 'name' && typeof value === 'string')
            name = value;
        else if (key === 'version' && isWasiVersion(value))
            wasiVersion = value;
        else if (key === 'name')
            problems.push(`${manifestPath}: "name" must be a string`);
        else if (key === 'version')
            problems.push(`${manifestPath}: "version" is ${JSON.stringify(value)}; accepted: ${WASI_VERSIONS.join(', ')}`);
        else
            problems.push(`${manifestPath} has "${key}"; a manifest holds only "name" and "version"`);
    }
    return problems.length > 0 ? { problems } : { identity: { name, wasiVersion }, problems };
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
const cells_STATUS_SYMBOLS = {
    pass: '✅',
    fail: '❌',
    trap: '❌',
    timeout: '⏱',
    unsupported: '➖',
    missing: '➖',
    unavailable: '➖',
    error: '⚠️',
    recorded: '📝',
    skip: '⏭',
    xfail: '☑️',
    xpass: '❗'
};
/** How a failed check of one of the user's tests reads in a cell. */
const CHECK_WORDS = {
    'exit-code': 'exit',
    trap: 'trap',
    timeout: 'timeout',
    stdout: 'stdout',
    stderr: 'stderr',
    start: 'could not start'
};
/** `✅`, or the symbol with what was seen: `❌ exit 0`, `❌ stdout`, `❌ trap`, `⏱ timeout`. */
function cells_probeCell(probe) {
    if (!probe)
        return cells_STATUS_SYMBOLS.missing;
    const symbol = cells_STATUS_SYMBOLS[probe.status];
    if (probe.test !== undefined && probe.status !== 'pass') {
        // One of the user's tests: its outcome, and for a failure which check failed.
        const check = probe.failedCheck && (CHECK_WORDS[probe.failedCheck] ?? probe.failedCheck);
        const detail = probe.failedCheck === 'exit-code' ? `exit ${probe.signal ?? probe.exitCode}` : (check ?? probe.status);
        return probe.status === 'fail' ? `${symbol} ${detail}` : `${symbol} ${probe.status}`;
    }
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
        return cells_STATUS_SYMBOLS[runtime.status] ?? cells_STATUS_SYMBOLS.missing;
    return cells_probeCell(runtime.probes.find((p) => p.id === probeId));
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
function escape_escapeHtml(text) {
    return text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]);
}
/** For inline HTML (a `<summary>`): one line, so that a blank line cannot end the HTML block early. */
function escape_escapeHtmlLine(text) {
    return escape_escapeHtml(text.replace(/[\r\n\u2028\u2029]+/g, ' '));
}
/** For a table cell: one line, no pipe, no code span, no HTML. */
function escape_escapeCell(text) {
    return escape_escapeHtml(text)
        .replace(/\r?\n|\r/g, ' ')
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;')
        .replace(/([\\*_[\]~])/g, '\\$1');
}
/** For the inside of a <pre> block, which ends only at `</pre>`. */
function escapePre(text) {
    return escape_escapeHtml(text);
}
/**
 * For a line of plain text (a log, the terminal): control characters, line
 * breaks included, shown escaped, so that text from outside cannot start a
 * line of its own.
 */
function oneLine(text) {
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (ch) => JSON.stringify(ch).slice(1, -1));
}
/**
 * A line of the CLI's output that a workflow step's runner could read as a
 * command (`::name::`, after leading spaces) gets an invisible break between
 * its colons: the CLI may run in a workflow, and a suite's name is the user's.
 */
function notACommand(line) {
    return line.replace(/^(\s*):(?=:)/, '$1:\u200c');
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
function countTests(tests) {
    const counts = { pass: 0, fail: 0, xfail: 0, xpass: 0, skip: 0, unsupported: 0, error: 0 };
    for (const test of tests) {
        const key = test.status in counts ? test.status : 'fail';
        counts[key] += 1;
    }
    return counts;
}
/**
 * `✅ 60/60 · 2 xfail · 3 skipped · 55 unsupported`: passed of judged (an
 * unexpected pass is a failure, as the runner counts it), the rest apart.
 */
function countsCell(counts) {
    const judged = counts.pass + counts.fail + counts.xpass + counts.error;
    const symbol = judged === 0
        ? cells_STATUS_SYMBOLS.unsupported
        : counts.fail + counts.xpass > 0
            ? cells_STATUS_SYMBOLS.fail
            : counts.error > 0
                ? cells_STATUS_SYMBOLS.error
                : cells_STATUS_SYMBOLS.pass;
    const apart = [
        ...(counts.xpass > 0 ? [`${counts.xpass} xpass`] : []),
        ...(counts.xfail > 0 ? [`${counts.xfail} xfail`] : []),
        ...(counts.skip > 0 ? [`${counts.skip} skipped`] : []),
        ...(counts.unsupported > 0 ? [`${counts.unsupported} unsupported`] : [])
    ];
    if (judged === 0)
        return [symbol, apart.join(' · ')].filter(Boolean).join(' ');
    return [`${symbol} ${counts.pass}/${judged}`, ...apart].join(' · ');
}
const isFailure = (status) => status === 'fail' || status === 'xpass' || status === 'error';
/** The capability probes that ran, by category, ready to be laid out as tables. */
function capabilityGroups(result) {
    const runtimes = result.runtimes.filter((r) => r.probes.some((p) => p.status !== 'unsupported'));
    const groups = [];
    for (const [category, title] of Object.entries(CATEGORY_TITLES)) {
        const ofCategory = (runtime) => runtime.probes.filter((p) => p.category === category);
        if (!runtimes.some((runtime) => ofCategory(runtime).length > 0))
            continue;
        if (category === 'custom') {
            groups.push(testGroup(title, runtimes));
            continue;
        }
        const ids = [...new Set(runtimes.flatMap((r) => ofCategory(r).map((p) => p.id)))];
        const counts = runtimes.map((runtime) => {
            const judged = ofCategory(runtime).filter((p) => p.status !== 'recorded');
            return `${judged.filter((p) => p.status === 'pass').length}/${judged.length}`;
        });
        const rows = ids.map((id) => ({
            label: id,
            cells: runtimes.map((runtime) => capabilityCell(runtime, id))
        }));
        groups.push({ title, runtimes, rows, counts, failures: [], unsupported: [] });
    }
    return groups;
}
/** The user's modules: one row per module given on its own, one row per suite with its counts. */
function testGroup(title, runtimes) {
    const testsOf = (runtime) => runtime.probes.filter((p) => p.category === 'custom');
    const rows = [];
    const failures = [];
    const unsupported = [];
    const seen = new Set();
    for (const test of runtimes.flatMap(testsOf)) {
        const key = test.suite === undefined ? `module ${test.id}` : `suite ${test.suite}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const members = (runtime) => testsOf(runtime).filter((p) => (test.suite === undefined ? p.id === test.id : p.suite === test.suite));
        rows.push({
            label: test.suite ?? test.id,
            cells: runtimes.map((runtime) => test.suite === undefined ? cells_probeCell(members(runtime)[0]) : countsCell(countTests(members(runtime))))
        });
        for (const runtime of runtimes) {
            const failed = members(runtime).filter((p) => isFailure(p.status));
            if (failed.length === 0)
                continue;
            const list = failures.find((f) => f.suite === test.suite && f.runtime === runtime.id);
            if (list)
                list.tests.push(...failed);
            else
                failures.push({ suite: test.suite, runtime: runtime.id, tests: failed });
        }
        for (const runtime of runtimes) {
            for (const notRun of members(runtime).filter((p) => p.status === 'unsupported')) {
                const reason = notRun.reason ?? 'unsupported';
                const entry = unsupported.find((u) => u.suite === test.suite && u.runtime === runtime.id && u.reason === reason);
                if (entry)
                    entry.tests += 1;
                else
                    unsupported.push({ suite: test.suite, runtime: runtime.id, reason, tests: 1 });
            }
        }
    }
    const counts = runtimes.map((runtime) => {
        const c = countTests(testsOf(runtime));
        return `${c.pass}/${c.pass + c.fail + c.xpass + c.error}`;
    });
    return { title, runtimes, rows, counts, failures, unsupported };
}
/** `WASI Rust tests [wasm32-wasip3] on node: needs WASI 0.3 components (55 tests)`. */
function unsupportedLine(entry) {
    return `${entry.suite ?? 'modules on their own'} on ${entry.runtime}: ${entry.reason} (${entry.tests} ${entry.tests === 1 ? 'test' : 'tests'})`;
}
/** The cell of `probeId` for `runtime`. */
function capabilityCell(runtime, probeId) {
    return cells_probeCell(runtime.probes.find((p) => p.id === probeId));
}
/** A reason in a table cell stays short; the result file keeps all of it. */
const REASON_CHARS = 300;
/** One collapsible block per suite and runtime: the tests that failed and why. */
function failureBlocks(failures) {
    return failures.flatMap(({ suite, runtime, tests }) => [
        `<details><summary>${STATUS_SYMBOLS.fail} ${escapeHtmlLine(suite ?? 'modules on their own')} on <code>${escapeHtml(runtime)}</code>: ${tests.length} failed</summary>`,
        '',
        '| Test | Outcome | Why |',
        '| --- | --- | --- |',
        ...tests.map((test) => {
            const reason = test.reason ?? test.status;
            const clipped = reason.length > REASON_CHARS ? `${reason.slice(0, REASON_CHARS)}…` : reason;
            return `| \`${escapeCell(test.test ?? test.id)}\` | ${escapeCell(probeCell(test))} | ${escapeCell(clipped)} |`;
        }),
        '',
        '</details>',
        ''
    ]);
}
/** One collapsible table per category: probes as rows, runtimes as columns, a count per runtime. */
function capabilityMarkdown(result) {
    const sections = capabilityGroups(result).flatMap(({ title, runtimes, rows, counts, failures, unsupported }) => [
        `<details><summary><b>${title}</b>: ${escapeCell(runtimes.map((r, i) => `${r.id} ${counts[i]}`).join(' · '))}</summary>`,
        '',
        `| Probe | ${runtimes.map((r) => `\`${r.id}\``).join(' | ')} |`,
        `| --- | ${runtimes.map(() => ':---:').join(' | ')} |`,
        ...rows.map((row) => `| \`${escapeCell(row.label)}\` | ${row.cells.map(escapeCell).join(' | ')} |`),
        `| **passed** | ${counts.join(' | ')} |`,
        '',
        ...(unsupported.length > 0
            ? [`Unsupported: ${unsupported.map((entry) => escapeCell(unsupportedLine(entry))).join('; ')}`, '']
            : []),
        '</details>',
        '',
        ...failureBlocks(failures)
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
    return lines.map(notACommand).join('\n');
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
    return capabilityGroups(result).flatMap(({ title, runtimes, rows, counts, failures, unsupported }) => [
        '',
        `${title}:`,
        ...textTable(['probe', ...runtimes.map((r) => r.id)], [...rows.map((row) => [oneLine(row.label), ...row.cells]), ['passed', ...counts]]),
        ...unsupported.map((entry) => `unsupported: ${oneLine(unsupportedLine(entry))}`),
        ...failures.flatMap(({ suite, runtime, tests }) => [
            '',
            `failed in ${oneLine(suite ?? 'modules on their own')} on ${runtime}:`,
            ...tests.map((test) => `  ${oneLine(test.test ?? test.id)}: ${clip(oneLine(test.reason ?? test.status))}`)
        ])
    ]);
}
function clip(text, max = 160) {
    const line = text.replace(/\s+/g, ' ');
    return line.length > max ? `${line.slice(0, max)}…` : line;
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
    errorStream: 'stdout',
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
    // Every log line, warnings and trap messages included, goes to stdout.
    errorStream: 'stdout',
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
    limits: {
        components: spec/* NO_COMPONENTS */.nE,
        mapDirs: 'wasmi --dir preopens a host directory under its own path: it cannot give it another name, such as /'
    },
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
    // The WASI version, world and proposal flags of the wasi-testsuite's own adapter (adapters/wasmtime.py).
    argv: (inv) => [
        ...(inv.world === 'wasi:http/service' ? ['serve', '-Scli', '--addr=127.0.0.1:0'] : ['run']),
        ...(inv.wasiVersion === 'wasm32-wasip3'
            ? [
                '-Wcomponent-model-async',
                `-Sp3${inv.proposals?.includes('http') ? ',http' : ''}${inv.proposals?.includes('sockets') ? ',inherit-network' : ''}`
            ]
            : []),
        ...inv.dirs.flatMap((d) => ['--dir', `${d.host}::${d.guest}`]),
        ...(0,spec/* envPairs */.ff)(inv.env).flatMap((pair) => ['--env', pair]),
        inv.module,
        ...inv.args
    ],
    // 134 on Unix, 3 on Windows.
    isTrap: (run) => (0,spec/* looksLikeTrap */.nC)(run, process.platform === 'win32' ? [3] : [134]),
    tests: {
        wasiVersions: ['wasm32-wasip1', 'wasm32-wasip3'],
        worlds: ['wasi:cli/command', 'wasi:http/service'],
        proposals: ['http', 'sockets']
    },
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
    node/* node */.rH,
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
/* harmony export */   bq: () => (/* binding */ NODE_WASI_RUNNER_SOURCE),
/* harmony export */   m8: () => (/* binding */ nodeRunArgv),
/* harmony export */   rH: () => (/* binding */ node)
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
/** The arguments after `node` that run one module with the runner program at `runner`, on node's own stdio. */
function nodeRunArgv(runner, inv) {
    return [
        '--no-warnings',
        runner,
        'run',
        ...(0,_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .envPairs */ .ff)(inv.env).flatMap((pair) => ['--env', pair]),
        ...inv.dirs.flatMap((d) => ['--dir', `${d.host}::${d.guest}`]),
        inv.module,
        ...inv.args
    ];
}
/**
 * The program that a child `node` runs, in one of two modes:
 *
 * - `batch JOBS.json` runs several modules one after the other, each with a
 *   fresh WASI instance, so node's start-up is paid once. They share the
 *   child's stdin, stdout and stderr (pipes, as any runtime's are), and a
 *   marker in each stream says where one module's output ends: `start` before
 *   a module, `end` with its outcome after it. The parent times each module
 *   from the markers and kills the child when one hangs.
 * - `run [--env K=V]... [--dir HOST::GUEST]... MODULE ARGS...` runs one module
 *   on the child's own stdin, stdout and stderr and exits with its exit code,
 *   like any runtime's command line. Tests that talk to a module while it runs
 *   (stdin, sockets) use it, and so does the official wasi-testsuite runner's
 *   adapter for node (scripts/wasi-testsuite/node.py), so that both run a
 *   module with the same WASI options.
 *
 * CommonJS and plain JavaScript, so that any `node` on PATH (18 and later) runs it.
 */
const NODE_WASI_RUNNER_SOURCE = String.raw `'use strict'
const fs = require('node:fs')
const { WASI } = require('node:wasi')

async function runModule(job, stdio) {
  try {
    const wasi = new WASI({
      version: 'preview1',
      args: [job.module, ...job.args],
      env: job.env,
      preopens: job.preopens,
      returnOnExit: true,
      stdin: stdio.stdin,
      stdout: stdio.stdout,
      stderr: stdio.stderr
    })
    const module = await WebAssembly.compile(fs.readFileSync(job.module))
    const instance = await WebAssembly.instantiate(module, wasi.getImportObject())
    const code = wasi.start(instance)
    return { exitCode: typeof code === 'number' ? code : 0 }
  } catch (error) {
    fs.writeSync(stdio.stderr, String((error && error.stack) || error) + '\n')
    // A stack overflow in Wasm surfaces as a RangeError: a trap as well.
    const trapped = error instanceof WebAssembly.RuntimeError || error instanceof RangeError
    return trapped ? { exitCode: 1, trap: String(error.message) } : { exitCode: 1 }
  }
}

async function batch(jobsFile) {
  const { nonce, jobs } = JSON.parse(fs.readFileSync(jobsFile, 'utf8'))
  // Each module writes to the child's own stdout and stderr; a marker after its
  // output tells the parent where the next module's begins. The nonce is not
  // something a module can know, so it cannot forge one.
  const mark = (fd, text) => fs.writeSync(fd, '\0' + nonce + ' ' + text + '\0')
  for (const [index, job] of jobs.entries()) {
    mark(1, 'start ' + index)
    const started = process.hrtime.bigint()
    const outcome = await runModule(job, { stdin: 0, stdout: 1, stderr: 2 })
    const durationMs = Number((process.hrtime.bigint() - started) / 1000000n)
    mark(2, 'end ' + index)
    mark(1, 'end ' + index + ' ' + JSON.stringify({ durationMs, ...outcome }))
  }
}

async function run(argv) {
  const job = { env: {}, preopens: {}, args: [] }
  let i = 0
  for (; argv[i] === '--env' || argv[i] === '--dir'; i += 2) {
    const value = argv[i + 1]
    if (argv[i] === '--env') {
      const at = value.indexOf('=')
      job.env[value.slice(0, at)] = value.slice(at + 1)
    } else {
      const at = value.lastIndexOf('::')
      job.preopens[value.slice(at + 2)] = value.slice(0, at)
    }
  }
  job.module = argv[i]
  job.args = argv.slice(i + 1)
  const outcome = await runModule(job, { stdin: 0, stdout: 1, stderr: 2 })
  process.exitCode = outcome.exitCode
}

const [mode, ...rest] = process.argv.slice(2)
;(mode === 'run' ? run(rest) : batch(rest[0])).catch((error) => {
  process.stderr.write(String((error && error.stack) || error) + '\n')
  process.exitCode = 1
})
`;


/***/ }),

/***/ 5942:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pr: () => (/* binding */ RUNNER_TIMEOUT_SECONDS),
/* harmony export */   ff: () => (/* binding */ envPairs),
/* harmony export */   nC: () => (/* binding */ looksLikeTrap),
/* harmony export */   nE: () => (/* binding */ NO_COMPONENTS),
/* harmony export */   o4: () => (/* binding */ firstMatch),
/* harmony export */   vp: () => (/* binding */ PREVIEW1_COMMANDS)
/* harmony export */ });
/** What every runtime without an official adapter saying otherwise runs: preview1 command modules. */
const PREVIEW1_COMMANDS = {
    wasiVersions: ['wasm32-wasip1'],
    worlds: ['wasi:cli/command'],
    proposals: []
};
/** The official runner's timeout for a test when the adapter sets none (runtime_adapter.py). */
const RUNNER_TIMEOUT_SECONDS = 5;
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
/** `K=V` strings, in the order the spec gives them (the official runner passes them in that order too). */
function envPairs(env) {
    return Object.entries(env).map(([key, value]) => `${key}=${value}`);
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
