export const id = 714;
export const ids = [714];
export const modules = {

/***/ 2714:
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
// EXTERNAL MODULE: ./src/result/index.ts + 1 modules
var result = __webpack_require__(1287);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/probes/module-kind.ts
var module_kind = __webpack_require__(1666);
;// CONCATENATED MODULE: ./src/probes/module-file.ts
// A .wasm file on disk, classified by the module-kind reader: the file is read
// through a window, so that only its headers and its import and export
// sections are read, however large its code is.


/** How much is read from the file at once: a run of small sections is read in one go. */
const WINDOW_BYTES = 8 * 1024;
function fileBytes(fd, size) {
    let window = new Uint8Array(0);
    let windowAt = 0;
    return {
        size,
        read(offset, length) {
            const end = Math.min(offset + length, size);
            if (offset < windowAt || end > windowAt + window.length) {
                const buffer = new Uint8Array(Math.max(end - offset, Math.min(WINDOW_BYTES, size - offset)));
                window = buffer.subarray(0, (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, offset));
                windowAt = offset;
            }
            return window.subarray(offset - windowAt, Math.min(end, windowAt + window.length) - windowAt);
        }
    };
}
/** What the file at `path` is, or why it is not a module that can run (not a file, not readable, not WebAssembly). */
function readModuleFile(path) {
    let fd;
    try {
        // Opened without blocking, so that a FIFO named .wasm cannot hold the run; then it must be a file.
        fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
        const stats = (0,external_node_fs_.fstatSync)(fd);
        if (stats.isDirectory())
            return { problem: 'is a directory, not a module' };
        if (!stats.isFile())
            return { problem: 'is not a regular file' };
        return (0,module_kind/* readModuleKind */.LA)(fileBytes(fd, stats.size));
    }
    catch (error) {
        const code = error.code;
        return {
            problem: `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))}${code === 'ENOENT' ? ': a broken symbolic link?' : ''})`
        };
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/probes/suites/manifest.ts
// A suite's identity, as the official runner decides it (_read_manifest in
// test_suite_runner.py): its manifest.json names it and gives its WASI version;
// without one, a folder named after a WASI version takes its parent's path as
// the name, and any other folder is a preview1 suite named by its own path.



const isWasiVersion = (value) => result/* WASI_VERSIONS */.Bl.includes(value);
/**
 * The identity of the suite in `dir`; `shownPath` is the folder as the user
 * wrote it, which the runner uses as the name when nothing better is known.
 * `versionDeclared`: the manifest or the folder's name gives the version (else
 * it is preview1 by default).
 */
function readSuiteIdentity(dir, shownPath) {
    const folder = (0,external_node_path_.basename)(dir);
    let name = isWasiVersion(folder) ? (0,external_node_path_.dirname)(shownPath) : shownPath;
    let wasiVersion = isWasiVersion(folder) ? folder : 'wasm32-wasip1';
    let versionDeclared = isWasiVersion(folder);
    const manifestPath = (0,external_node_path_.join)(dir, 'manifest.json');
    if (!(0,external_node_fs_.existsSync)(manifestPath))
        return { identity: { name, wasiVersion }, problems: [], versionDeclared };
    let manifest;
    try {
        manifest = JSON.parse((0,external_node_fs_.readFileSync)(manifestPath, 'utf8'));
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
        else if (key === 'version' && isWasiVersion(value)) {
            wasiVersion = value;
            versionDeclared = true;
        }
        else if (key === 'name')
            problems.push(`${manifestPath}: "name" must be a string`);
        else if (key === 'version')
            problems.push(`${manifestPath}: "version" is ${JSON.stringify(value)}; accepted: ${result/* WASI_VERSIONS */.Bl.join(', ')}`);
        else
            problems.push(`${manifestPath} has "${key}"; a manifest holds only "name" and "version"`);
    }
    return problems.length > 0 ? { problems } : { identity: { name, wasiVersion }, problems, versionDeclared };
}

// EXTERNAL MODULE: ./src/probes/suites/spec.ts
var spec = __webpack_require__(3102);
// EXTERNAL MODULE: ./src/probes/suites/test-folder.ts
var test_folder = __webpack_require__(7514);
;// CONCATENATED MODULE: ./src/probes/suites/load.ts
// The user's own modules (`modules` input): .wasm files, each with an optional
// sibling NAME.json, and directories laid out like the wasi-testsuite, each a
// suite with its own identity. Nothing here runs anything: it reads the files
// into tests, and says what cannot be used.










/** A test module's name, as the runner's glob("*.wasm") finds them: not a hidden file. */
const isTestModuleName = (name) => name.endsWith('.wasm') && !name.startsWith('.');
/** Every `.wasm` directly in `dir`, sorted. */
function wasmFilesIn(dir) {
    return (0,external_node_fs_.readdirSync)(dir)
        .filter(isTestModuleName)
        .sort()
        .map((name) => (0,external_node_path_.join)(dir, name));
}
/** Folders below `dir` that hold a manifest.json and .wasm files: the suites of a wasi-testsuite checkout. */
function suiteFoldersBelow(dir) {
    const found = [];
    const walk = (folder) => {
        const entries = (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true });
        if (entries.some((e) => e.name === 'manifest.json') && entries.some((e) => isTestModuleName(e.name)))
            found.push(folder);
        for (const entry of entries) {
            if (entry.isDirectory() && !entry.name.startsWith('.') && !entry.name.endsWith('.dir'))
                walk((0,external_node_path_.join)(folder, entry.name));
        }
    };
    walk(dir);
    return found.sort();
}
const MIB = 1024 * 1024;
/** Why a folder cannot be copied for a test, or undefined when it can. */
function folderProblem(survey) {
    if (survey.overLimit)
        return `holds more than ${test_folder/* FOLDER_BYTES_LIMIT */.HT / MIB} MiB or ${test_folder/* FOLDER_ENTRIES_LIMIT */.uL} entries, too much to copy for each test`;
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
        const path = (0,external_node_path_.resolve)(testDir, entry);
        const problem = (0,external_node_path_.isAbsolute)(entry)
            ? 'is an absolute path; give a folder relative to the test'
            : !(0,paths/* isInside */.F)(path, testDir)
                ? "leaves the test's folder"
                : !(0,external_node_fs_.existsSync)(path) || !(0,external_node_fs_.statSync)(path).isDirectory()
                    ? 'is not a directory'
                    : !(0,paths/* isInside */.F)((0,external_node_fs_.realpathSync)(path), (0,external_node_fs_.realpathSync)(testDir))
                        ? "is a link to a folder outside the test's folder"
                        : surveyProblem((0,external_node_fs_.realpathSync)(path), surveys, warnings, `${specPath}: "${field}" entry ${JSON.stringify(entry)}`);
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
        survey = (0,test_folder/* surveyFolder */.tj)(real);
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
/** How a module of this classification reads in a sentence: "a WASI 0.2 component". */
function described({ kind, wasi }) {
    if (kind === 'core')
        return wasi === 'preview1' ? 'a WASI preview1 core module' : 'a core module without WASI imports';
    return wasi === 'none' ? 'a component without WASI interfaces' : `a WASI ${wasi} component`;
}
/**
 * The version a test runs as. The official runner filters tests by their
 * suite's version alone, so a declared version stays the test's (its runs get
 * what a runtime needs for it, and it is unsupported where the runner would
 * skip it); a module that is something else is run only where a runtime runs
 * that too (unsupportedTestReason), so that no runtime fails for a suite's
 * mislabelled module, and the user is told.
 */
function testVersion(wasmPath, classification, declared, warnings) {
    const own = (0,module_kind/* wasiVersionOf */.EY)(classification);
    if (declared === undefined)
        return own;
    if (declared !== own)
        warnings.push(`${wasmPath} is ${described(classification)}, but its suite is for ${result/* WASI_VERSION_NAMES */.ps[declared]} (${declared}): ` +
            `it runs as the suite says, and only on runtimes that run ${result/* WASI_VERSION_NAMES */.ps[own]} too`);
    return declared;
}
function readTest(wasmPath, id, declared, suite, problems, warnings, surveys) {
    const reading = readModuleFile(wasmPath);
    if (reading.problem !== undefined) {
        problems.push(`${wasmPath} ${reading.problem}`);
        return undefined;
    }
    const { classification } = reading;
    const wasiVersion = testVersion(wasmPath, classification, declared, warnings);
    const specPath = wasmPath.replace(/\.wasm$/, '.json');
    const dir = (0,external_node_path_.dirname)(wasmPath);
    let config = spec/* DEFAULT_CONFIG */.PV;
    if ((0,external_node_fs_.existsSync)(specPath)) {
        const parsed = (0,spec/* parseTestSpec */.PG)((0,external_node_fs_.readFileSync)(specPath, 'utf8'));
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
        name: (0,external_node_path_.basename)(wasmPath, '.wasm'),
        ...(suite !== undefined ? { suite } : {}),
        wasiVersion,
        module: wasmPath,
        classification,
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
        const shown = (0,external_node_path_.relative)(cwd, folder) || '.';
        const { identity, problems: manifestProblems, versionDeclared } = readSuiteIdentity(folder, shown);
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
        const tests = wasmFilesIn(folder).map((file) => readTest(file, `${identity.name}/${(0,external_node_path_.basename)(file, '.wasm')}`, versionDeclared ? identity.wasiVersion : undefined, identity.name, problems, warnings, surveys));
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
            // A module on its own targets the WASI version its folder's suite would, where that declares one.
            const folder = (0,external_node_path_.dirname)(file);
            const { identity, versionDeclared } = readSuiteIdentity(folder, folder);
            const declared = versionDeclared ? identity?.wasiVersion : undefined;
            add(readTest(file, (0,external_node_path_.basename)(file, '.wasm'), declared, undefined, problems, warnings, surveys));
        }
    }
    // A file that two patterns both name has its problems said once.
    return { ...loaded, problems: [...new Set(problems)], warnings: [...new Set(warnings)] };
}


/***/ })

};
