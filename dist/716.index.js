export const id = 716;
export const ids = [716];
export const modules = {

/***/ 7716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadCustomModules: () => (/* binding */ loadCustomModules)
/* harmony export */ });
/* harmony import */ var _actions_glob__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3324);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// The user's own modules (`modules` input): .wasm files, each with an
// optional sibling NAME.json in the wasi-testsuite format, and directories
// laid out like the wasi-testsuite, run as suites.



const isStringArray = (value) => Array.isArray(value) && value.every((item) => typeof item === 'string');
/** The spec beside `wasmPath`, checked field by field; `{}` when there is none. */
function readSpec(wasmPath, problems) {
    const jsonPath = wasmPath.replace(/\.wasm$/, '.json');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(jsonPath))
        return {};
    let spec;
    try {
        spec = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(jsonPath, 'utf8'));
    }
    catch (error) {
        problems.push(`${jsonPath} is not valid JSON: ${error instanceof Error ? error.message : error}`);
        return undefined;
    }
    const s = spec;
    const wrong = [];
    if (typeof spec !== 'object' || spec === null || Array.isArray(spec))
        wrong.push('it is not an object');
    else {
        if (s.args !== undefined && !isStringArray(s.args))
            wrong.push('"args" must be an array of strings');
        if (s.dirs !== undefined && !isStringArray(s.dirs))
            wrong.push('"dirs" must be an array of strings');
        if (s.env !== undefined &&
            (typeof s.env !== 'object' || s.env === null || Object.values(s.env).some((v) => typeof v !== 'string'))) {
            wrong.push('"env" must be an object of strings');
        }
        if (s.exit_code !== undefined && !Number.isInteger(s.exit_code))
            wrong.push('"exit_code" must be an integer');
        for (const field of ['stdout', 'stderr']) {
            if (s[field] !== undefined && typeof s[field] !== 'string')
                wrong.push(`"${field}" must be a string`);
        }
    }
    if (wrong.length > 0) {
        problems.push(`${jsonPath}: ${wrong.join('; ')}`);
        return undefined;
    }
    return s;
}
function toProbe(wasmPath, id, spec, suite) {
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(wasmPath);
    return {
        id,
        category: 'custom',
        module: `custom:${wasmPath}`,
        path: wasmPath,
        ...(suite ? { suite } : {}),
        description: `${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(process.cwd(), wasmPath) || wasmPath}`,
        args: spec.args ?? [],
        env: spec.env ?? {},
        // wasi-testsuite preopens each directory under its own (relative) name.
        ...(spec.dirs?.length
            ? { copyDirs: spec.dirs.map((dir) => ({ guest: dir, from: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, dir) })) }
            : {}),
        expect: {
            exitCode: spec.exit_code ?? 0,
            ...(spec.stdout !== undefined ? { stdout: spec.stdout } : {}),
            ...(spec.stderr !== undefined ? { stderr: spec.stderr } : {})
        }
    };
}
/** Every `.wasm` directly in `dir`, sorted. */
function wasmFilesIn(dir) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir)
        .filter((name) => name.endsWith('.wasm'))
        .sort()
        .map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name));
}
/**
 * The probes for `patterns` (files, globs or directories), relative to `cwd`.
 * Module ids are the file names without `.wasm`; in a suite, `suite/name`.
 */
async function loadCustomModules(patterns, cwd = process.cwd()) {
    const probes = [];
    const problems = [];
    const seen = new Set();
    const add = (probe) => {
        if (seen.has(probe.id)) {
            problems.push(`two modules would both be called "${probe.id}": ${probe.path} and another; rename one`);
            return;
        }
        seen.add(probe.id);
        probes.push(probe);
    };
    for (const pattern of patterns) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, pattern);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(absolute) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(absolute).isDirectory()) {
            const files = wasmFilesIn(absolute);
            if (files.length === 0)
                problems.push(`${pattern} is a directory with no .wasm file in it`);
            const suite = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(absolute);
            for (const file of files) {
                const spec = readSpec(file, problems);
                if (spec)
                    add(toProbe(file, `${suite}/${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(file, '.wasm')}`, spec, suite));
            }
            continue;
        }
        const globber = await _actions_glob__WEBPACK_IMPORTED_MODULE_0__/* .create */ .v(absolute, { matchDirectories: false });
        const files = (await globber.glob()).filter((file) => file.endsWith('.wasm')).sort();
        if (files.length === 0)
            problems.push(`${pattern} matches no .wasm file`);
        for (const file of files) {
            const spec = readSpec(file, problems);
            if (spec)
                add(toProbe(file, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(file, '.wasm'), spec, undefined));
        }
    }
    return { probes, problems };
}


/***/ })

};
