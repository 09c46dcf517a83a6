export const id = 249;
export const ids = [249];
export const modules = {

/***/ 4249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadTests: () => (/* binding */ loadTests)
/* harmony export */ });
/* harmony import */ var _actions_glob__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3324);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8431);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9032);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3102);
/* harmony import */ var _test_folder_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7514);
// The user's own modules (`modules` input): .wasm files, each with an optional
// sibling NAME.json, and directories laid out like the wasi-testsuite, each a
// suite with its own identity. Nothing here runs anything: it reads the files
// into tests, and says what cannot be used.







/** A test module's name, as the runner's glob("*.wasm") finds them: not a hidden file. */
const isTestModuleName = (name) => name.endsWith('.wasm') && !name.startsWith('.');
/** Every `.wasm` directly in `dir`, sorted. */
function wasmFilesIn(dir) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir)
        .filter(isTestModuleName)
        .sort()
        .map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name));
}
/** Folders below `dir` that hold a manifest.json and .wasm files: the suites of a wasi-testsuite checkout. */
function suiteFoldersBelow(dir) {
    const found = [];
    const walk = (folder) => {
        const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(folder, { withFileTypes: true });
        if (entries.some((e) => e.name === 'manifest.json') && entries.some((e) => isTestModuleName(e.name)))
            found.push(folder);
        for (const entry of entries) {
            if (entry.isDirectory() && !entry.name.startsWith('.') && !entry.name.endsWith('.dir'))
                walk((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, entry.name));
        }
    };
    walk(dir);
    return found.sort();
}
const MIB = 1024 * 1024;
/** Why a folder cannot be copied for a test, or undefined when it can. */
function folderProblem(survey) {
    if (survey.overLimit)
        return `holds more than ${_test_folder_js__WEBPACK_IMPORTED_MODULE_6__/* .FOLDER_BYTES_LIMIT */ .HT / MIB} MiB or ${_test_folder_js__WEBPACK_IMPORTED_MODULE_6__/* .FOLDER_ENTRIES_LIMIT */ .uL} entries, too much to copy for each test`;
    if (survey.linksOut.length > 0) {
        const shown = survey.linksOut
            .slice(0, 3)
            .map(({ path, target }) => `${JSON.stringify(path)} -> ${JSON.stringify(target)}`);
        const more = survey.linksOut.length > 3 ? ` and ${survey.linksOut.length - 3} more` : '';
        return `holds links that lead out of it (${shown.join(', ')}${more}); a module must not reach past its copy`;
    }
    return undefined;
}
/**
 * The directories a spec preopens must be folders below the test's own folder:
 * a spec is not allowed to hand the host's /etc to a module. Each is copied for
 * every run, so it must be of a size to copy, with no link leading out of it.
 */
function checkDirectories(config, testDir, specPath, problems, warnings, surveys) {
    const entries = [
        ...config.operations.flatMap((op) => (op.type === 'run' && op.root !== null ? [['root', op.root]] : [])),
        ...config.dirs.map((dir) => ['dirs', dir])
    ];
    let ok = true;
    for (const [field, entry] of entries) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(testDir, entry);
        const problem = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(entry)
            ? 'is an absolute path; give a folder relative to the test'
            : !(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(path, testDir)
                ? "leaves the test's folder"
                : !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).isDirectory()
                    ? 'is not a directory'
                    : !(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(path), (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(testDir))
                        ? "is a link to a folder outside the test's folder"
                        : surveyProblem((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(path), surveys, warnings, `${specPath}: "${field}" entry ${JSON.stringify(entry)}`);
        if (problem) {
            problems.push(`${specPath}: "${field}" entry ${JSON.stringify(entry)} ${problem}`);
            ok = false;
        }
    }
    return ok;
}
/** The folder's problem, surveying it on first sight (and warning of what a copy leaves out). */
function surveyProblem(real, surveys, warnings, what) {
    let survey = surveys.get(real);
    if (survey === undefined) {
        survey = (0,_test_folder_js__WEBPACK_IMPORTED_MODULE_6__/* .surveyFolder */ .tj)(real);
        surveys.set(real, survey);
        if (survey.special.length > 0)
            warnings.push(`${what} holds ${survey.special.length} FIFO, socket or device file${survey.special.length > 1 ? 's' : ''} ` +
                `(${survey.special
                    .slice(0, 3)
                    .map((path) => JSON.stringify(path))
                    .join(', ')}), which the copies leave out`);
    }
    return folderProblem(survey);
}
function readTest(wasmPath, id, wasiVersion, suite, problems, warnings, surveys) {
    const specPath = wasmPath.replace(/\.wasm$/, '.json');
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(wasmPath);
    let config = _spec_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CONFIG */ .PV;
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(specPath)) {
        const parsed = (0,_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTestSpec */ .PG)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(specPath, 'utf8'));
        warnings.push(...parsed.warnings.map((warning) => `${specPath}: ${warning}`));
        if (!parsed.config) {
            problems.push(...parsed.problems.map((problem) => `${specPath}: ${problem}`));
            return undefined;
        }
        if (!checkDirectories(parsed.config, dir, specPath, problems, warnings, surveys))
            return undefined;
        config = parsed.config;
    }
    return {
        id,
        name: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(wasmPath, '.wasm'),
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
    const surveys = new Map();
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
        const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(cwd, folder) || '.';
        const { identity, problems: manifestProblems } = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .readSuiteIdentity */ .I)(folder, shown);
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
        const tests = wasmFilesIn(folder).map((file) => readTest(file, `${identity.name}/${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(file, '.wasm')}`, identity.wasiVersion, identity.name, problems, warnings, surveys));
        tests.forEach(add);
        loaded.suites.push({
            ...identity,
            path: folder,
            tests: tests.flatMap((test) => (test ? [test.name] : []))
        });
    };
    for (const pattern of patterns) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, pattern);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(absolute) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(absolute).isDirectory()) {
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
        const globber = await _actions_glob__WEBPACK_IMPORTED_MODULE_0__/* .create */ .v(absolute, { matchDirectories: false });
        const files = (await globber.glob()).filter((file) => file.endsWith('.wasm')).sort();
        if (files.length === 0)
            problems.push(`${pattern} matches no .wasm file`);
        for (const file of files) {
            // A module on its own targets the WASI version its folder's suite would.
            const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file);
            const version = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .readSuiteIdentity */ .I)(folder, folder).identity?.wasiVersion ?? 'wasm32-wasip1';
            add(readTest(file, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(file, '.wasm'), version, undefined, problems, warnings, surveys));
        }
    }
    return loaded;
}


/***/ })

};
