#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 581:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ HELP),
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(875);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(422);
/* harmony import */ var _report_result_file_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(76);
/* harmony import */ var _report_terminal_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(138);
/* harmony import */ var _runtimes_index_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(0);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(311);
// `npx wasi-probe`: the same engine as the action, printing a table or JSON.









const FLAG_NAMES = {
    runtimes: '--runtimes',
    timeout: '--timeout',
    failOn: '--fail-on',
    summary: '--summary',
    resultPath: '--result-path'
};
const HELP = `Usage: wasi-probe [options]

Which WebAssembly runtimes can run WASI programs on this machine? Runs small
embedded modules natively (binfmt_misc) and through every runtime found on
PATH or in the tool cache, and prints the support matrix.

Options:
  --runtimes LIST      runtimes to probe, comma, space or newline separated
                       (default: all: ${_runtimes_index_js__WEBPACK_IMPORTED_MODULE_7__/* .RUNTIME_IDS */ .oU.join(', ')})
  --timeout SECONDS    limit for each module run (default ${_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_TIMEOUT_SECONDS */ .KU})
  --fail-on RULE       exit 1 unless: none (default), native, any, or a list of
                       runtime ids that must all pass
  --result-path FILE   also write the JSON result file there
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
async function main(argv, out = process.stdout, err = process.stderr) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args: argv,
            options: {
                runtimes: { type: 'string' },
                timeout: { type: 'string' },
                'fail-on': { type: 'string' },
                'result-path': { type: 'string' },
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
            timeout: values.timeout,
            failOn: values['fail-on'],
            resultPath: values['result-path']
        }, '', (input) => FLAG_NAMES[input]);
    }
    catch (error) {
        if (!(error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz))
            throw error;
        err.write(`wasi-probe: ${error.problems.join('\nwasi-probe: ')}\n`);
        return 2;
    }
    const env = runnerLikeEnv(process.env);
    let result;
    try {
        result = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .runProbe */ .m)(plan, { env });
        if (plan.resultPath)
            (0,_report_result_file_js__WEBPACK_IMPORTED_MODULE_5__/* .writeResultFile */ .t)(plan.resultPath, result);
    }
    catch (error) {
        err.write(`wasi-probe: could not finish: ${error instanceof Error ? error.message : error}\n`);
        return 1;
    }
    out.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${(0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_6__/* .terminalTable */ .R)(result)}\n`);
    return result.failOn.ok ? 0 : 1;
}
process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 875:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ runProbe)
});

// UNUSED EXPORTS: failedRunResult

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
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

// EXTERNAL MODULE: ./src/probes/catalog.ts + 1 modules
var catalog = __nccwpck_require__(431);
;// CONCATENATED MODULE: ./src/provision/discover.ts
// Finds each runtime's executable: on PATH first, then in the runner's tool cache.


function isFile(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
function isExecutable(path) {
    if (process.platform === 'win32')
        return true;
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
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
        const candidate = (0,external_node_path_.join)(dir, executableName(binary));
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
    return path.split(external_node_path_.delimiter).filter(Boolean);
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
    const toolDir = (0,external_node_path_.join)(cacheRoot, id);
    let versions;
    try {
        versions = (0,external_node_fs_.readdirSync)(toolDir);
    }
    catch {
        return undefined;
    }
    for (const version of versions.sort(compareVersionsDescending)) {
        const dir = (0,external_node_path_.join)(toolDir, version, arch);
        if (!isFile(`${dir}.complete`))
            continue;
        const subdirs = safeReaddir(dir).map((name) => (0,external_node_path_.join)(dir, name));
        const found = findExecutable(binary, [dir, (0,external_node_path_.join)(dir, 'bin'), ...subdirs]);
        if (found)
            return found;
    }
    return undefined;
}
function safeReaddir(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })
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
    if (onPath)
        return { path: onPath, source: 'path' };
    if (spec.kind === 'node')
        return { path: process.execPath, source: 'self' };
    const cached = findInToolCache(spec.id, spec.binary, env);
    return cached ? { path: cached, source: 'tool-cache' } : undefined;
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

// EXTERNAL MODULE: ./src/runtimes/index.ts + 7 modules
var src_runtimes = __nccwpck_require__(0);
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
    const exitMatches = run.exitCode === expect.exitCode;
    const stdoutMatches = expect.stdout === undefined || run.stdout === expect.stdout;
    if (exitMatches && stdoutMatches)
        return { status: 'pass' };
    if (observation.trap !== undefined)
        return { status: 'trap', reason: `trap: ${observation.trap}` };
    if (!exitMatches && isTrap(run)) {
        return { status: 'trap', reason: `trap (${describeEnd(run)}): ${firstLine(run.stderr || run.stdout)}` };
    }
    if (!exitMatches) {
        return { status: 'fail', reason: `${describeEnd(run)}, expected exit code ${expect.exitCode}` };
    }
    return {
        status: 'fail',
        reason: `stdout ${JSON.stringify(clip(run.stdout))}, expected ${JSON.stringify(expect.stdout)}`
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
    return undefined;
}
/**
 * A runtime passes when every probe it can express passes (and at least one
 * ran). Otherwise it failed, or, when nothing could even start, it is an error.
 */
function runtimeStatus(probes) {
    const ran = probes.filter((p) => p.status !== 'unsupported');
    if (ran.length === 0)
        return { status: 'unsupported', reason: 'no probe can run on this runtime' };
    const failed = ran.filter((p) => p.status !== 'pass');
    if (failed.length === 0)
        return { status: 'pass' };
    const reason = failed.map((p) => `${p.id}: ${p.reason ?? p.status}`).join('; ');
    return {
        status: failed.length === ran.length && failed.every((p) => p.status === 'error') ? 'error' : 'fail',
        reason
    };
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(421);
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
    return runtimeOutcome(spec, {
        version,
        path: located.path,
        source: located.source,
        ...runtimeStatus(outcomes),
        probes: outcomes,
        durationMs: Math.round(performance.now() - started)
    });
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
        const args = spec.argv({
            module: context.modulePaths.get(probe.module),
            args: probe.args,
            env: probe.env,
            dirs: []
        });
        const observation = await runProcess({
            command: located.path,
            args,
            timeoutMs: context.timeoutMs,
            env: context.env
        });
        outcomes.push(probeOutcome(probe, classify(probe.expect, observation, spec.isTrap, context.timeoutMs), observation));
    }
    return outcomes;
}

// EXTERNAL MODULE: ./src/runtimes/native.ts
var runtimes_native = __nccwpck_require__(574);
// EXTERNAL MODULE: ./src/runtimes/spec.ts
var runtimes_spec = __nccwpck_require__(942);
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
    const path = (0,external_node_path_.join)(dir, `${probe.id}.wasm`);
    (0,external_node_fs_.writeFileSync)(path, (0,catalog/* moduleBytes */.S0)(probe.module));
    (0,external_node_fs_.chmodSync)(path, 0o755);
    return runProcess({
        command: path,
        args: probe.args,
        timeoutMs: context.timeoutMs,
        env: context.env,
        cwd: dir
    });
}

// EXTERNAL MODULE: ./src/runtimes/node.ts
var node = __nccwpck_require__(321);
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
/** Writes the runner program once per work directory and returns its path. */
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
    const runner = runnerPath(workDir);
    let remaining = jobs;
    let round = 0;
    while (remaining.length > 0) {
        round += 1;
        await runOneChild(nodePath, runner, remaining, timeoutMs, workDir, round, results);
        const before = remaining.length;
        remaining = remaining.filter((job) => !results.has(job.id));
        // runOneChild settles at least one job per round; this guards the loop anyway.
        if (remaining.length === before)
            break;
    }
    return results;
}
function runOneChild(nodePath, runner, jobs, timeoutMs, workDir, round, results) {
    const files = new Map(jobs.map((job) => {
        const base = (0,external_node_path_.join)(workDir, `node-${round}-${job.id}`);
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





async function runNodeRuntime(spec, located, probes, context) {
    const started = performance.now();
    const jobs = probes.map((probe) => ({
        id: probe.id,
        module: context.modulePaths.get(probe.module),
        args: probe.args,
        env: probe.env,
        preopens: {}
    }));
    // Both at once: node's start-up is the cost worth saving here.
    const [version, observations] = await Promise.all([
        queryVersion(spec, located, context),
        runNodeBatch(located.path, jobs, context.timeoutMs, context.workDir)
    ]);
    const outcomes = probes.map((probe) => {
        const observation = observations.get(probe.id);
        return probeOutcome(probe, classify(probe.expect, observation, runtimes_spec/* looksLikeTrap */.nC, context.timeoutMs), observation);
    });
    return runtimeOutcome(spec, {
        version,
        path: located.path,
        source: located.source,
        ...runtimeStatus(outcomes),
        probes: outcomes,
        durationMs: Math.round(performance.now() - started)
    });
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
        (0,external_node_fs_.writeFileSync)(path, (0,catalog/* moduleBytes */.S0)(probe.module));
        paths.set(probe.module, path);
    }
    return paths;
}
async function runMatrix(request) {
    const modulePaths = writeModules(request.probes, request.workDir);
    const context = { modulePaths, timeoutMs: request.timeoutMs, env: request.env };
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
                return runtimeOutcome(spec, { status: 'missing', reason: 'not found on PATH or in the tool cache' });
            }
            if (spec.kind === 'node') {
                return await runNodeRuntime(spec, located, request.probes, { ...context, workDir: request.workDir });
            }
            return await runCliRuntime(spec, located, request.probes, context);
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
    const host = host_detectHost(env);
    const located = new Map();
    for (const id of plan.runtimes) {
        const spec = (0,src_runtimes/* runtimeById */.Vl)(id);
        const found = spec ? locate(spec, env) : undefined;
        if (found)
            located.set(id, found);
    }
    const workDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(options.workRoot ?? env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'wasi-probe-'));
    try {
        const { native, runtimes } = await runMatrix({
            runtimes: plan.runtimes,
            located,
            probes: catalog/* BASIC_PROBES */.nb,
            timeoutMs: Math.round(plan.timeoutSeconds * 1000),
            workDir,
            env,
            native: options.native
        });
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

/***/ 422:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KU: () => (/* binding */ DEFAULT_TIMEOUT_SECONDS),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   vS: () => (/* binding */ parsePlan)
/* harmony export */ });
/* unused harmony exports MAX_TIMEOUT_SECONDS, splitList */
/* harmony import */ var _runtimes_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(0);
// Reads the raw inputs (action inputs or CLI flags, as strings) into a Plan.
// Every problem is collected, so one message names all of them.

const DEFAULT_TIMEOUT_SECONDS = 10;
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
function parsePlan(raw, defaultResultPath, nameOf) {
    const problems = [];
    const known = _runtimes_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RUNTIME_IDS */ .oU.join(', ');
    let runtimes = [..._runtimes_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RUNTIME_IDS */ .oU];
    const listed = splitList(raw.runtimes ?? '').map((id) => {
        const lower = id.toLowerCase();
        return ALIASES[lower] ?? lower;
    });
    if (listed.length > 0 && !(listed.length === 1 && listed[0] === 'all')) {
        const unknown = listed.filter((id) => !_runtimes_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RUNTIME_IDS */ .oU.includes(id));
        if (unknown.length > 0) {
            problems.push(`${nameOf('runtimes')} has ${quoteList(unknown)}, not a known runtime. ` +
                `Accepted: ${known}, or all (comma, space or newline separated).`);
        }
        runtimes = _runtimes_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RUNTIME_IDS */ .oU.filter((id) => listed.includes(id));
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
    const failOn = parseFailOn(raw.failOn ?? '', runtimes, nameOf, problems);
    let summary = true;
    const summaryText = (raw.summary ?? '').trim();
    if (summaryText !== '') {
        if (/^true$/i.test(summaryText))
            summary = true;
        else if (/^false$/i.test(summaryText))
            summary = false;
        else
            problems.push(`${nameOf('summary')} is "${summaryText}". Accepted: true or false.`);
    }
    const resultPath = (raw.resultPath ?? '').trim() || defaultResultPath;
    if (problems.length > 0)
        throw new InputError(problems);
    return { runtimes, timeoutSeconds, failOn, summary, resultPath };
}
function parseFailOn(text, runtimes, nameOf, problems) {
    const words = splitList(text.toLowerCase()).map((word) => ALIASES[word] ?? word);
    const accepted = `Accepted: none, native, any, or a list of runtime ids that must pass (${_runtimes_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RUNTIME_IDS */ .oU.join(', ')}).`;
    if (words.length === 0 || (words.length === 1 && words[0] === 'none'))
        return { kind: 'none' };
    if (words.length === 1 && words[0] === 'any')
        return { kind: 'any' };
    const unknown = words.filter((word) => !_runtimes_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RUNTIME_IDS */ .oU.includes(word));
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

/***/ 431:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  nb: () => (/* binding */ BASIC_PROBES),
  S0: () => (/* binding */ moduleBytes)
});

// UNUSED EXPORTS: STDOUT_LINE

;// CONCATENATED MODULE: ./src/probes/modules.generated.ts
// Generated by scripts/build-modules.mjs from src/probes/wat/*.wat: do not edit.
// Run `npm run build:modules` after changing a .wat file.
const MODULE_HEX = {
    'exit-code': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010001071302066d656d6f72790200065f737461727400010a09010700412a1000000b',
    'seed': '0061736d0100000001080260017f0060000002240116776173695f736e617073686f745f70726576696577310970726f635f657869740000030201010503010010071302066d656d6f72790200065f737461727400010a0901070041001000000b',
    'stdout': '0061736d0100000001100360047f7f7f7f017f60017f0060000002460216776173695f736e617073686f745f70726576696577310866645f7772697465000016776173695f736e617073686f745f70726576696577310970726f635f657869740001030201020503010001071302066d656d6f72790200065f737461727400020a28012600410041103602004104410e360200410141004101410810000440410110010b41001001000b0b14010041100b0e776173692d70726f6265206f6b0a',
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
        module: 'seed',
        description: 'the 97-byte seed module: proc_exit(0)',
        args: [],
        env: {},
        expect: { exitCode: 0 }
    },
    {
        id: 'exit-code',
        module: 'exit-code',
        description: 'proc_exit(42) comes out as exit code 42',
        args: [],
        env: {},
        expect: { exitCode: 42 }
    },
    {
        id: 'stdout',
        module: 'stdout',
        description: `fd_write to fd 1 prints ${JSON.stringify(STDOUT_LINE)}`,
        args: [],
        env: {},
        expect: { exitCode: 0, stdout: STDOUT_LINE }
    }
];
function moduleBytes(id) {
    return Uint8Array.from(Buffer.from(MODULE_HEX[id], 'hex'));
}


/***/ }),

/***/ 76:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ writeResultFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Writes the result file, creating its directory; returns the absolute path. */
function writeResultFile(path, result) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(absolute, `${JSON.stringify(result, null, 2)}\n`);
    return absolute;
}


/***/ }),

/***/ 138:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R: () => (/* binding */ terminalTable)
});

// EXTERNAL MODULE: ./src/probes/catalog.ts + 1 modules
var catalog = __nccwpck_require__(431);
;// CONCATENATED MODULE: ./src/report/cells.ts
const STATUS_SYMBOLS = {
    pass: '✅',
    fail: '❌',
    trap: '❌',
    timeout: '⏱',
    unsupported: '➖',
    missing: '➖',
    error: '⚠️'
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
            if (probe.exitCode !== probe.expected.exitCode) {
                return `${symbol} ${probe.signal ? probe.signal : `exit ${probe.exitCode}`}`;
            }
            return `${symbol} stdout`;
        case 'trap':
            return `${symbol} trap${probe.exitCode !== null ? ` (exit ${probe.exitCode})` : ''}`;
        default:
            return `${symbol} ${probe.status}`;
    }
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
        runtime.version ?? '-',
        runtime.status === 'missing' ? 'not found' : (runtime.source ?? '-'),
        ...probeIds.map((id) => runtime.status === 'missing'
            ? STATUS_SYMBOLS.missing
            : probeCell(runtime.probes.find((p) => p.id === id))),
        runtime.status
    ]);
    const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => width(row[column]))));
    const format = (row) => row
        .map((cell, column) => pad(cell, widths[column]))
        .join('  ')
        .trimEnd();
    const { os, arch, libc } = result.host;
    const lines = [
        `wasi-probe ${result.tool.version} on ${[os, arch, libc].filter(Boolean).join(' ')}`,
        '',
        format(header),
        ...rows.map(format),
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
    return lines.join('\n');
}


/***/ }),

/***/ 0:
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
var node = __nccwpck_require__(321);
// EXTERNAL MODULE: ./src/runtimes/spec.ts
var spec = __nccwpck_require__(942);
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
    isTrap: (run) => (0,spec/* looksLikeTrap */.nC)(run)
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
        dirs: 'wasm3 ignores --dir and always preopens the working directory as /'
    },
    isTrap: (run) => (0,spec/* looksLikeTrap */.nC)(run)
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
    isTrap: (run) => (0,spec/* looksLikeTrap */.nC)(run, [134])
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
    isTrap: (run) => (0,spec/* looksLikeTrap */.nC)(run)
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
    isTrap: (run) => (0,spec/* looksLikeTrap */.nC)(run)
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
    isTrap: (run) => (0,spec/* looksLikeTrap */.nC)(run, process.platform === 'win32' ? [3] : [134])
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
    isTrap: (run) => (0,spec/* looksLikeTrap */.nC)(run)
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
/* harmony export */   mU: () => (/* binding */ handlesWasm)
/* harmony export */ });
/* unused harmony exports BINFMT_DIR, parseBinfmtEntry */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(760);
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
        dirs: 'a binfmt_misc handler decides by itself which directories to preopen'
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

/***/ 321:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ NODE_WASI_RUNNER_SOURCE),
/* harmony export */   r: () => (/* binding */ node)
/* harmony export */ });
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(942);

const node = {
    kind: 'node',
    id: 'node',
    name: 'Node.js (node:wasi)',
    binary: 'node',
    versionArgs: ['--version'],
    // `v24.11.1`
    parseVersion: (output) => (0,_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .firstMatch */ .o4)(output, /^v(\d+\.\d+\.\d+\S*)/m)
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

/***/ 942:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ff: () => (/* binding */ envPairs),
/* harmony export */   nC: () => (/* binding */ looksLikeTrap),
/* harmony export */   o4: () => (/* binding */ firstMatch)
/* harmony export */ });
// What the engine knows about a runtime, as data plus a few small functions.
// Adding a runtime means adding one file that exports one of these.
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

/***/ 421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__HELP = __webpack_exports__._;
/******/ var __webpack_exports__main = __webpack_exports__.i;
/******/ export { __webpack_exports__HELP as HELP, __webpack_exports__main as main };
/******/ 
