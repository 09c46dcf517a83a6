export const id = 608;
export const ids = [608];
export const modules = {

/***/ 4608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadTests: () => (/* binding */ loadTests)
});

// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 17 modules
var glob = __webpack_require__(3324);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/probes/suites/manifest.ts
var manifest = __webpack_require__(9032);
// EXTERNAL MODULE: ./src/result/index.ts + 1 modules
var result = __webpack_require__(1287);
;// CONCATENATED MODULE: ./src/probes/suites/spec.ts
// A wasi-testsuite test's JSON specification (doc/specification.md of
// WebAssembly/wasi-testsuite), read into plain data with the official runner's
// rules (test-runner/wasi_test_runner/test_case.py): the legacy format becomes
// run, read and wait operations, as the runner converts it, and both formats
// are validated as its TestCaseValidator does before anything runs.

/** No JSON beside the module: run it without arguments and expect exit code 0. */
const DEFAULT_CONFIG = {
    format: 'legacy',
    operations: [
        { type: 'run', args: [], env: {}, root: null },
        { type: 'wait', exit_code: 0 }
    ],
    proposals: [],
    world: 'wasi:cli/command',
    servers: [],
    dirs: []
};
const LEGACY_KEYS = new Set(['args', 'root', 'env', 'exit_code', 'stderr', 'stdout']);
const OPERATION_KEYS = new Set(['operations', 'proposals', 'world', 'servers']);
const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']);
const SERVER_NAME = /^[A-Za-z0-9_]+$/;
/** Thrown inside the parser; collected into `problems`. */
class SpecError extends Error {
}
const fail = (message) => {
    throw new SpecError(message);
};
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function stringArray(value, what) {
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
        fail(`${what} must be an array of strings`);
    return value;
}
function stringMap(value, what) {
    if (!isObject(value) || !Object.values(value).every((item) => typeof item === 'string'))
        fail(`${what} must be an object of strings`);
    return value;
}
function string(value, what) {
    if (typeof value !== 'string')
        fail(`${what} must be a string`);
    return value;
}
function integer(value, what) {
    if (!Number.isInteger(value))
        fail(`${what} must be an integer`);
    return value;
}
/** `root` as the runner reads it: a non-empty string, or nothing. */
function root(value, what) {
    if (value === undefined || value === null || value === '')
        return null;
    return string(value, what);
}
function parseRun(op, what) {
    return {
        type: 'run',
        args: op.args === undefined ? [] : stringArray(op.args, `${what} "args"`),
        env: op.env === undefined ? {} : stringMap(op.env, `${what} "env"`),
        root: root(op.root, `${what} "root"`)
    };
}
function parseResponse(value, what) {
    const config = value === undefined ? {} : value;
    if (!isObject(config))
        fail(`${what} must be an object`);
    const c = config;
    return {
        status: c.status === undefined ? 200 : integer(c.status, `${what} "status"`),
        headers: c.headers === undefined ? {} : stringMap(c.headers, `${what} "headers"`),
        body: c.body === undefined ? '' : string(c.body, `${what} "body"`)
    };
}
function parseOperation(op, index) {
    const what = `operation ${index + 1}`;
    if (!isObject(op))
        fail(`${what} must be an object`);
    const o = op;
    const payload = () => (o.payload === undefined ? '' : string(o.payload, `${what} "payload"`));
    switch (o.type) {
        case 'run':
            return parseRun(o, `${what} (run)`);
        case 'wait':
            return {
                type: 'wait',
                exit_code: o.exit_code === undefined ? 0 : integer(o.exit_code, `${what} "exit_code"`)
            };
        case 'read':
            return {
                type: 'read',
                id: o.id === undefined ? 'stdout' : string(o.id, `${what} "id"`),
                payload: payload()
            };
        case 'write':
            return {
                type: 'write',
                id: o.id === undefined ? 'write' : string(o.id, `${what} "id"`),
                payload: payload()
            };
        case 'connect': {
            const protocol = o.protocol_type === undefined ? 'tcp' : o.protocol_type;
            if (protocol !== 'tcp' && protocol !== 'udp' && protocol !== 'http')
                fail(`${what} "protocol_type" must be tcp, udp or http`);
            return {
                type: 'connect',
                id: o.id === undefined ? 'server' : string(o.id, `${what} "id"`),
                protocol_type: protocol
            };
        }
        case 'send':
        case 'recv':
            if (o.id === undefined)
                fail(`${what} (${o.type}) needs an "id"`);
            return { type: o.type, id: string(o.id, `${what} "id"`), payload: payload() };
        case 'request':
            return {
                type: 'request',
                method: o.method === undefined ? 'GET' : string(o.method, `${what} "method"`),
                path: o.path === undefined ? '/' : string(o.path, `${what} "path"`),
                headers: o.headers === undefined ? {} : stringMap(o.headers, `${what} "headers"`),
                body: o.body === undefined ? '' : string(o.body, `${what} "body"`),
                response: parseResponse(o.response, `${what} "response"`)
            };
        case 'kill': {
            const signal = o.signal === undefined ? 'SIGTERM' : string(o.signal, `${what} "signal"`);
            if (!/^SIG[A-Z0-9]+$/.test(signal) || !KNOWN_SIGNALS.has(signal))
                fail(`${what}: unknown signal ${signal}`);
            return { type: 'kill', signal: signal };
        }
        default:
            return fail(`${what} has type ${JSON.stringify(o.type)}; accepted: run, wait, read, write, connect, send, recv, request, kill`);
    }
}
const KNOWN_SIGNALS = new Set([
    'SIGHUP',
    'SIGINT',
    'SIGQUIT',
    'SIGILL',
    'SIGTRAP',
    'SIGABRT',
    'SIGBUS',
    'SIGFPE',
    'SIGKILL',
    'SIGUSR1',
    'SIGSEGV',
    'SIGUSR2',
    'SIGPIPE',
    'SIGALRM',
    'SIGTERM',
    'SIGCHLD',
    'SIGCONT',
    'SIGSTOP',
    'SIGTSTP',
    'SIGTTIN',
    'SIGTTOU',
    'SIGURG',
    'SIGXCPU',
    'SIGXFSZ',
    'SIGVTALRM',
    'SIGPROF',
    'SIGWINCH',
    'SIGIO',
    'SIGSYS'
]);
function parseEndpointResponse(value, what) {
    // A plain string is shorthand for { status: 200, body: value }.
    if (typeof value === 'string')
        return { status: 200, headers: {}, body: value, chunks: null, trailers: {} };
    if (!isObject(value))
        fail(`${what} must be a string or an object`);
    const base = parseResponse(value, what);
    const v = value;
    const chunks = v.chunks === undefined || v.chunks === null ? null : stringArray(v.chunks, `${what} "chunks"`);
    if (chunks && v.body !== undefined)
        fail(`${what} takes "body" or "chunks", not both`);
    const trailers = v.trailers === undefined ? {} : stringMap(v.trailers, `${what} "trailers"`);
    if (Object.keys(trailers).length > 0 && !chunks)
        fail(`${what}: "trailers" need "chunks"`);
    return { ...base, chunks, trailers };
}
function parseEndpoint(value, what) {
    if (!isObject(value))
        fail(`${what} must be an object`);
    const v = value;
    const method = v.method === undefined ? 'GET' : string(v.method, `${what} "method"`).toUpperCase();
    if (!HTTP_METHODS.has(method))
        fail(`${what}: unknown method ${method}`);
    const path = v.path === undefined ? '/' : string(v.path, `${what} "path"`);
    const mode = v.mode === undefined ? 'static' : string(v.mode, `${what} "mode"`);
    if (mode !== 'static' && mode !== 'echo-body' && mode !== 'echo-headers')
        fail(`${what}: unknown mode ${mode} (accepted: static, echo-body, echo-headers)`);
    if (mode !== 'static') {
        if (v.response !== undefined)
            fail(`${what}: an endpoint in '${mode}' mode takes no "response"`);
        return { method, path, mode: mode, response: null };
    }
    return {
        method,
        path,
        mode: 'static',
        response: parseEndpointResponse(v.response === undefined ? '' : v.response, `${what} "response"`)
    };
}
function parseServers(value) {
    if (!Array.isArray(value))
        fail('"servers" must be an array');
    const servers = value.map((server, i) => {
        const what = `server ${i + 1}`;
        if (!isObject(server))
            fail(`${what} must be an object`);
        const s = server;
        if (typeof s.name !== 'string' || !SERVER_NAME.test(s.name))
            fail(`${what} needs a "name" of letters, digits or _`);
        const kind = s.kind === undefined ? 'listening' : s.kind;
        if (kind !== 'listening' && kind !== 'closed')
            fail(`${what}: unknown kind ${String(kind)}`);
        if (kind === 'closed') {
            if (s.endpoints !== undefined)
                fail(`${what}: a server of kind 'closed' takes no "endpoints"`);
            return { name: s.name, kind, endpoints: [] };
        }
        const endpoints = s.endpoints === undefined ? [] : s.endpoints;
        if (!Array.isArray(endpoints))
            fail(`${what} "endpoints" must be an array`);
        return {
            name: s.name,
            kind: 'listening',
            endpoints: endpoints.map((ep, j) => parseEndpoint(ep, `${what} endpoint ${j + 1}`))
        };
    });
    const names = servers.map((server) => server.name.toUpperCase());
    const duplicates = [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
    if (duplicates.length > 0)
        fail(`duplicate server names: ${duplicates.join(', ')}`);
    return servers;
}
/**
 * The runner's TestCaseValidator: every run is followed by a wait; reads,
 * writes and network operations happen while a module runs; connection ids are
 * unique and defined before use; only TCP connections are made.
 */
function validate(operations) {
    let running = false;
    const streams = new Map();
    const need = (kind, id, op, index) => {
        const found = streams.get(id);
        if (!found)
            fail(`operation ${index + 1} (${op.type}) uses ${JSON.stringify(id)}, which is not open`);
        if (found !== kind)
            fail(`operation ${index + 1} (${op.type}) needs a ${kind} stream, but ${JSON.stringify(id)} is ${found}`);
    };
    operations.forEach((op, index) => {
        if (op.type === 'run') {
            if (running)
                fail(`operation ${index + 1} (run) starts a module while one still runs: wait for it first`);
            running = true;
            streams.set('stdin', 'writable').set('stdout', 'readable').set('stderr', 'readable');
            return;
        }
        if (!running)
            fail(`operation ${index + 1} (${op.type}) comes before any run`);
        switch (op.type) {
            case 'wait':
                running = false;
                streams.clear();
                break;
            case 'read':
                need('readable', op.id, op, index);
                break;
            case 'write':
                need('writable', op.id, op, index);
                break;
            case 'connect':
                if (op.protocol_type !== 'tcp')
                    fail(`operation ${index + 1} (connect): ${op.protocol_type} is not supported`);
                if (streams.has(op.id))
                    fail(`operation ${index + 1} (connect): ${JSON.stringify(op.id)} is already open`);
                streams.set(op.id, 'socket');
                break;
            case 'send':
            case 'recv':
                need('socket', op.id, op, index);
                break;
        }
    });
    if (running)
        fail('the last run is never waited for: end with a wait operation');
}
/** Reads a spec's JSON text; `problems` say why it cannot be used. */
function parseTestSpec(text) {
    const warnings = [];
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        return {
            problems: [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`],
            warnings
        };
    }
    if (!isObject(json))
        return { problems: ['not a JSON object'], warnings };
    try {
        const keys = Object.keys(json);
        const operationStyle = json.operations != null || json.proposals != null || json.servers != null;
        if (keys.some((key) => OPERATION_KEYS.has(key)) && keys.some((key) => LEGACY_KEYS.has(key)))
            fail(`it mixes the legacy fields (${[...LEGACY_KEYS].join(', ')}) with operations`);
        const known = operationStyle ? OPERATION_KEYS : new Set([...LEGACY_KEYS, 'dirs']);
        for (const key of keys)
            if (!known.has(key))
                warnings.push(`unknown field ${JSON.stringify(key)}, ignored`);
        const config = operationStyle ? operationConfig(json) : legacyConfig(json);
        validate(config.operations);
        return { config, problems: [], warnings };
    }
    catch (error) {
        if (error instanceof SpecError)
            return { problems: [error.message], warnings };
        throw error;
    }
}
function operationConfig(json) {
    const operations = json.operations == null
        ? []
        : Array.isArray(json.operations)
            ? json.operations.map(parseOperation)
            : fail('"operations" must be an array');
    const proposals = json.proposals == null ? [] : stringArray(json.proposals, '"proposals"');
    const unknown = proposals.filter((p) => !result/* PROPOSALS */.ch.includes(p));
    if (unknown.length > 0)
        fail(`unknown proposal ${unknown.join(', ')} (accepted: ${result/* PROPOSALS */.ch.join(', ')})`);
    const world = json.world === undefined ? 'wasi:cli/command' : json.world;
    if (!result/* WORLDS */.eI.includes(world))
        fail(`unknown world ${JSON.stringify(world)} (accepted: ${result/* WORLDS */.eI.join(', ')})`);
    return {
        format: 'operations',
        operations: operations,
        proposals: proposals,
        world: world,
        servers: json.servers == null ? [] : parseServers(json.servers),
        dirs: []
    };
}
/** The legacy format as the runner converts it: run, read stdout, read stderr, wait. */
function legacyConfig(json) {
    const operations = [parseRun(json, 'the spec')];
    for (const id of ['stdout', 'stderr']) {
        if (json[id] != null)
            operations.push({ type: 'read', id, payload: string(json[id], `"${id}"`) });
    }
    operations.push({
        type: 'wait',
        exit_code: json.exit_code == null ? 0 : integer(json.exit_code, '"exit_code"')
    });
    return {
        format: 'legacy',
        operations,
        proposals: [],
        world: 'wasi:cli/command',
        servers: [],
        dirs: json.dirs === undefined ? [] : stringArray(json.dirs, '"dirs"')
    };
}

;// CONCATENATED MODULE: ./src/probes/suites/load.ts
// The user's own modules (`modules` input): .wasm files, each with an optional
// sibling NAME.json, and directories laid out like the wasi-testsuite, each a
// suite with its own identity. Nothing here runs anything: it reads the files
// into tests, and says what cannot be used.





/** Every `.wasm` directly in `dir`, sorted. */
function wasmFilesIn(dir) {
    return (0,external_node_fs_.readdirSync)(dir)
        .filter((name) => name.endsWith('.wasm'))
        .sort()
        .map((name) => (0,external_node_path_.join)(dir, name));
}
/** Folders below `dir` that hold a manifest.json and .wasm files: the suites of a wasi-testsuite checkout. */
function suiteFoldersBelow(dir) {
    const found = [];
    const walk = (folder) => {
        const entries = (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true });
        if (entries.some((e) => e.name === 'manifest.json') && entries.some((e) => e.name.endsWith('.wasm')))
            found.push(folder);
        for (const entry of entries) {
            if (entry.isDirectory() && !entry.name.startsWith('.') && !entry.name.endsWith('.dir'))
                walk((0,external_node_path_.join)(folder, entry.name));
        }
    };
    walk(dir);
    return found.sort();
}
/** True when `path` is `dir` or below it. */
function isInside(path, dir) {
    const rel = (0,external_node_path_.relative)(dir, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) && rel.split(external_node_path_.sep)[0] !== '..');
}
/**
 * The directories a spec preopens must be folders below the test's own folder:
 * a spec is not allowed to hand the host's /etc to a module.
 */
function checkDirectories(config, testDir, specPath, problems) {
    const entries = [
        ...config.operations.flatMap((op) => (op.type === 'run' && op.root !== null ? [['root', op.root]] : [])),
        ...config.dirs.map((dir) => ['dirs', dir])
    ];
    let ok = true;
    for (const [field, entry] of entries) {
        const path = (0,external_node_path_.resolve)(testDir, entry);
        const problem = (0,external_node_path_.isAbsolute)(entry)
            ? 'is an absolute path; give a folder relative to the test'
            : !isInside(path, testDir)
                ? "leaves the test's folder"
                : !(0,external_node_fs_.existsSync)(path) || !(0,external_node_fs_.statSync)(path).isDirectory()
                    ? 'is not a directory'
                    : !isInside((0,external_node_fs_.realpathSync)(path), (0,external_node_fs_.realpathSync)(testDir))
                        ? "is a link to a folder outside the test's folder"
                        : undefined;
        if (problem) {
            problems.push(`${specPath}: "${field}" entry ${JSON.stringify(entry)} ${problem}`);
            ok = false;
        }
    }
    return ok;
}
function readTest(wasmPath, id, wasiVersion, suite, problems, warnings) {
    const specPath = wasmPath.replace(/\.wasm$/, '.json');
    const dir = (0,external_node_path_.dirname)(wasmPath);
    let config = DEFAULT_CONFIG;
    if ((0,external_node_fs_.existsSync)(specPath)) {
        const parsed = parseTestSpec((0,external_node_fs_.readFileSync)(specPath, 'utf8'));
        warnings.push(...parsed.warnings.map((warning) => `${specPath}: ${warning}`));
        if (!parsed.config) {
            problems.push(...parsed.problems.map((problem) => `${specPath}: ${problem}`));
            return undefined;
        }
        if (!checkDirectories(parsed.config, dir, specPath, problems))
            return undefined;
        config = parsed.config;
    }
    return {
        id,
        name: (0,external_node_path_.basename)(wasmPath, '.wasm'),
        ...(suite !== undefined ? { suite } : {}),
        wasiVersion,
        module: wasmPath,
        dir,
        config
    };
}
/**
 * The tests for `patterns` (files, globs or directories), relative to `cwd`.
 * A directory holding .wasm files is one suite; a directory without any is
 * searched for suites (folders with a manifest.json), as the suite's own
 * run-tests does. Suites run in the order given, tests by name.
 */
async function loadTests(patterns, cwd = process.cwd()) {
    const loaded = { suites: [], tests: [], problems: [], warnings: [] };
    const { problems, warnings } = loaded;
    const ids = new Map();
    const add = (test) => {
        if (!test)
            return;
        const other = ids.get(test.id);
        if (other !== undefined) {
            if (other !== test.module)
                problems.push(`two modules would both be called "${test.id}": ${other} and ${test.module}; rename one`);
            return;
        }
        ids.set(test.id, test.module);
        loaded.tests.push(test);
    };
    const suitePaths = new Map();
    const addSuite = (folder) => {
        const shown = (0,external_node_path_.relative)(cwd, folder) || '.';
        const { identity, problems: manifestProblems } = (0,manifest/* readSuiteIdentity */.I)(folder, shown);
        problems.push(...manifestProblems);
        if (!identity)
            return;
        const earlier = suitePaths.get(identity.name);
        if (earlier === folder)
            return;
        if (earlier !== undefined) {
            problems.push(`two suites are both called "${identity.name}": ${earlier} and ${folder}`);
            return;
        }
        suitePaths.set(identity.name, folder);
        const tests = wasmFilesIn(folder).map((file) => readTest(file, `${identity.name}/${(0,external_node_path_.basename)(file, '.wasm')}`, identity.wasiVersion, identity.name, problems, warnings));
        tests.forEach(add);
        loaded.suites.push({
            ...identity,
            path: folder,
            tests: tests.flatMap((test) => (test ? [test.name] : []))
        });
    };
    for (const pattern of patterns) {
        const absolute = (0,external_node_path_.resolve)(cwd, pattern);
        if ((0,external_node_fs_.existsSync)(absolute) && (0,external_node_fs_.statSync)(absolute).isDirectory()) {
            if (wasmFilesIn(absolute).length > 0) {
                addSuite(absolute);
                continue;
            }
            const below = suiteFoldersBelow(absolute);
            if (below.length === 0)
                problems.push(`${pattern} is a directory with no .wasm file in it, and no suite (manifest.json) below it`);
            below.forEach(addSuite);
            continue;
        }
        const globber = await glob/* create */.v(absolute, { matchDirectories: false });
        const files = (await globber.glob()).filter((file) => file.endsWith('.wasm')).sort();
        if (files.length === 0)
            problems.push(`${pattern} matches no .wasm file`);
        for (const file of files) {
            // A module on its own targets the WASI version its folder's suite would.
            const folder = (0,external_node_path_.dirname)(file);
            const version = (0,manifest/* readSuiteIdentity */.I)(folder, folder).identity?.wasiVersion ?? 'wasm32-wasip1';
            add(readTest(file, (0,external_node_path_.basename)(file, '.wasm'), version, undefined, problems, warnings));
        }
    }
    return loaded;
}


/***/ })

};
