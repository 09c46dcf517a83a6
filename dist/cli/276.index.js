export const id = 276;
export const ids = [276];
export const modules = {

/***/ 9276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   installNodePackage: () => (/* binding */ installNodePackage)
/* harmony export */ });
/* unused harmony exports findNpmCli, checkIntegrity */
/* harmony import */ var _actions_tool_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9805);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2872);
/* harmony import */ var _node_packages_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9385);
/* harmony import */ var _run_process_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8016);
/* harmony import */ var _tool_cache_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7642);
/* harmony import */ var _runtimes_manifest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8688);
// Installs a runtime that is a package for Node (jco) the way a careful user
// would: npm, beside the Node running wasi-probe, installs the pinned versions
// into a folder of their own (no install scripts run), the integrity npm
// checked each top-level package's tarball against must be the manifest's,
// and the folder is renamed into the tool cache with `bin/<command>` in it.









/** npm has this long to install. */
const NPM_TIMEOUT_MS = 10 * 60_000;
class StageFailure extends Error {
    stage;
    constructor(stage, message) {
        super(message);
        this.stage = stage;
    }
}
/**
 * npm's own program (bin/npm-cli.js), run with the Node running wasi-probe:
 * beside it as Node's installers lay it out, else what `npm` on PATH links to.
 */
function findNpmCli(env, nodePath = process.execPath) {
    const nodeDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(nodePath);
    const candidates = [
        (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(nodeDir, '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
        (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(nodeDir, 'node_modules', 'npm', 'bin', 'npm-cli.js')
    ];
    const onPath = (0,_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .findExecutable */ .oq)('npm', [nodeDir, ...(0,_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .pathDirs */ .iH)(env)]);
    if (onPath) {
        const root = (0,_node_packages_js__WEBPACK_IMPORTED_MODULE_5__/* .packageRootOf */ .WD)(onPath, 'npm');
        if (root)
            candidates.push((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'bin', 'npm-cli.js'));
    }
    return candidates.find((path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path));
}
async function installNodePackage(spec, requested, settings) {
    const entry = (settings.manifest ?? _runtimes_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .MANIFEST */ .e)[spec.id];
    const wanted = requested ?? entry?.default ?? 'latest';
    const record = { requested: wanted, version: null };
    let stage = 'resolve';
    try {
        const pinned = Object.keys(entry?.npm ?? {});
        const version = semver__WEBPACK_IMPORTED_MODULE_3___default().valid(wanted) ?? semver__WEBPACK_IMPORTED_MODULE_3___default().maxSatisfying(pinned, wanted === 'latest' ? '*' : wanted);
        if (!version)
            throw new StageFailure('resolve', `${spec.package} ${wanted}: the manifest pins ${pinned.join(', ') || 'no version'}; ask for one of them`);
        record.version = version;
        const there = fromToolCache(spec, version, settings.arch);
        if (there)
            return { kind: 'ready', located: there, record };
        if (settings.cache && (await settings.cache.restore(spec.id, version))) {
            const restored = fromToolCache(spec, version, settings.arch);
            if (restored)
                return { kind: 'ready', located: { ...restored, source: 'cache' }, record };
        }
        // name@version → the integrity npm must have checked its tarball against.
        const pins = entry?.npm?.[version];
        if (!pins && settings.verify)
            throw new StageFailure('verify', `the manifest pins no integrity for ${spec.package}@${version} (set verify: false to install it with npm's own registry check only)`);
        const packages = pins
            ? Object.keys(pins)
            : [`${spec.package}@${version}`, ...spec.installs.map((name) => `${name}@latest`)];
        record.asset = packages.join(', ');
        const nodePath = settings.nodePath ?? process.execPath;
        const npmCli = findNpmCli(settings.env, nodePath);
        if (!npmCli)
            throw new StageFailure('download', `installing jco needs npm, which is neither beside ${nodePath} nor on PATH`);
        stage = 'download';
        const staged = (0,_tool_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .stagingDir */ .rz)();
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(staged, { recursive: true });
            await npmInstall(nodePath, npmCli, packages, staged, settings.env);
            stage = 'verify';
            if (pins)
                checkIntegrity(staged, pins);
            else
                settings.warn?.(`${spec.id}: ${record.asset} installed with npm's registry check only (verify: false)`);
            record.verifiedBy = pins ? 'manifest' : 'unverified';
            stage = 'extract';
            linkCommand(spec, staged);
            const dir = (0,_tool_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .moveIntoToolCache */ .Ey)(staged, spec.id, version, settings.arch, (there) => Boolean(packageIn(spec, there)));
            const located = packageIn(spec, dir);
            if (!located)
                throw new StageFailure('extract', `${dir} has no ${spec.package} after the install`);
            await settings.cache?.save(spec.id, version);
            return { kind: 'ready', located: { ...located, source: 'installed' }, record };
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(staged, { recursive: true, force: true });
        }
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { kind: 'failed', stage: error instanceof StageFailure ? error.stage : stage, reason, record };
    }
}
function fromToolCache(spec, version, arch) {
    const dir = _actions_tool_cache__WEBPACK_IMPORTED_MODULE_0__/* .find */ .I6(spec.id, version, arch);
    return dir ? packageIn(spec, dir) : undefined;
}
/** The command and its package in an installed folder. */
function packageIn(spec, dir) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'bin', spec.binary);
    const packageDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path) ? (0,_node_packages_js__WEBPACK_IMPORTED_MODULE_5__/* .packageRootOf */ .WD)(path, spec.package) : undefined;
    return packageDir ? { path, source: 'tool-cache', packageDir } : undefined;
}
/**
 * npm into `dir`: the packages and what they need, no install scripts, no
 * audit, nothing saved outside `dir` but npm's own cache.
 */
async function npmInstall(nodePath, npmCli, packages, dir, env) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'package.json'), JSON.stringify({ name: 'wasi-probe-runtime', private: true }));
    const npmEnv = { ...env };
    // Where npm installs is `dir`, whatever the caller's npm was told (npm run sets these).
    for (const name of Object.keys(npmEnv))
        if (/^npm_config_(prefix|global|location|dry_run|package_lock_only)$/i.test(name))
            delete npmEnv[name];
    const observation = await (0,_run_process_js__WEBPACK_IMPORTED_MODULE_6__/* .runProcess */ .R3)({
        command: nodePath,
        args: [
            npmCli,
            'install',
            '--ignore-scripts',
            '--no-audit',
            '--no-fund',
            '--omit=dev',
            '--loglevel=error',
            '--prefix',
            dir,
            ...packages
        ],
        timeoutMs: NPM_TIMEOUT_MS,
        env: npmEnv,
        cwd: dir
    });
    if (observation.exitCode === 0)
        return;
    const said = observation.stderr.text.trim().split('\n').slice(0, 3).join(' ');
    throw new StageFailure('download', observation.timedOut
        ? `npm install did not finish in ${NPM_TIMEOUT_MS / 60_000} minutes`
        : `npm install ${packages.join(' ')} failed (${observation.spawnError ?? `exit code ${observation.exitCode}`}): ${said}`);
}
/** Each pinned package is the version asked for, and npm checked its tarball against the pinned integrity. */
function checkIntegrity(dir, pins) {
    const lock = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'node_modules', '.package-lock.json'), 'utf8'));
    for (const [spec, integrity] of Object.entries(pins)) {
        const at = spec.lastIndexOf('@');
        const [name, version] = [spec.slice(0, at), spec.slice(at + 1)];
        const installed = lock.packages[`node_modules/${name}`];
        if (installed?.version !== version || installed.integrity !== integrity)
            throw new StageFailure('verify', `${spec}: npm installed ${installed?.version ?? 'nothing'} with integrity ${installed?.integrity ?? 'none'}, the manifest pins ${integrity}`);
    }
}
/** `bin/<command>`, linked to the package's bin: later steps get that one command on PATH, not its dependencies'. */
function linkCommand(spec, dir) {
    const packageDir = (0,_node_packages_js__WEBPACK_IMPORTED_MODULE_5__/* .findPackageFrom */ .Q8)(dir, spec.package);
    if (!packageDir)
        throw new StageFailure('extract', `npm installed no ${spec.package}`);
    const manifest = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(packageDir, 'package.json'), 'utf8'));
    const target = manifest.bin?.[spec.binary];
    if (!target)
        throw new StageFailure('extract', `${spec.package} has no ${spec.binary} command`);
    const bin = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'bin');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(bin, { recursive: true });
    // Relative: the folder is renamed into the tool cache afterwards.
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.symlinkSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(bin, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(packageDir, target))), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(bin, spec.binary));
}


/***/ }),

/***/ 7642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ moveIntoToolCache),
/* harmony export */   rz: () => (/* binding */ stagingDir)
/* harmony export */ });
/* unused harmony export toolDir */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_3__);
// Puts an installed runtime into the runner's tool cache where tc.find (and so
// later steps and other actions) looks for it: <tool>/<version>/<arch>, with an
// <arch>.complete marker beside it. Unlike tc.cacheDir, which deletes the
// folder and copies into it while another probe may be running the binary
// there, a version is unpacked into a folder of its own and renamed into
// place in one step; a folder already in place and complete is never touched.




/** Unpacked folders older than this, of installs that never finished, are removed. */
const STALE_STAGING_MS = 24 * 3600_000;
const STAGING = '.wasi-probe-staging';
function cacheRoot() {
    const root = process.env.RUNNER_TOOL_CACHE;
    if (!root)
        throw new Error('Expected RUNNER_TOOL_CACHE to be defined');
    return root;
}
/** `<tool cache>/<tool>/<version>/<arch>`, the version cleaned as tc.find cleans it. */
function toolDir(tool, version, arch) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cacheRoot(), tool, semver__WEBPACK_IMPORTED_MODULE_3___default().clean(version) || version, arch);
}
/**
 * A new empty folder in the tool cache (the same file system as the final
 * place, so that the rename is atomic) to unpack into; not created yet.
 */
function stagingDir() {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cacheRoot(), STAGING);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(root, { recursive: true });
    removeStale(root);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)());
}
function removeStale(root) {
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(root)) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, name);
        try {
            if (Date.now() - (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).mtimeMs > STALE_STAGING_MS)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(path, { recursive: true, force: true });
        }
        catch {
            // Another install removed it first.
        }
    }
}
const TAKEN = new Set(['EEXIST', 'ENOTEMPTY', 'EPERM', 'EACCES']);
/**
 * Moves `staged` into place as `tool` `version` `arch` and returns where it is
 * now. When a complete copy is there already (another probe installed the same
 * version meanwhile), that one stays and `staged` is removed. A folder without
 * its marker (what a killed tc.cacheDir leaves), or one that `usable` rejects,
 * is moved aside first.
 */
function moveIntoToolCache(staged, tool, version, arch, usable) {
    const dir = toolDir(tool, version, arch);
    const marker = `${dir}.complete`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '..'), { recursive: true });
    for (let attempt = 0; attempt < 5; attempt++) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(dir)) {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(marker) && usable(dir)) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(staged, { recursive: true, force: true });
                return dir;
            }
            const aside = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cacheRoot(), STAGING, `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.old`);
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(dir, aside);
            }
            catch (error) {
                if (error.code !== 'ENOENT')
                    throw error;
            }
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(aside, { recursive: true, force: true });
        }
        // The marker first: the folder is never in place without it. A marker alone marks nothing for tc.find.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(marker, '');
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(staged, dir);
            return dir;
        }
        catch (error) {
            if (!TAKEN.has(error.code ?? ''))
                throw error;
            // Another install renamed its copy into place first: look again.
        }
    }
    throw new Error(`${dir} keeps changing while it is installed; try again`);
}


/***/ }),

/***/ 8688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ MANIFEST)
});

;// CONCATENATED MODULE: ./src/runtimes/manifest.json
const manifest_namespaceObject = /*#__PURE__*/JSON.parse('{"wasmtime":{"default":"48.0.0","sha256":{"48.0.0":{"wasmtime-v48.0.0-x86_64-linux.tar.xz":"1d23a692da51a4f825698f3f999da71f28bad19a96df5395fadc8d07f162dac3","wasmtime-v48.0.0-aarch64-linux.tar.xz":"ea20f14785f908afcd07063ade8d89b82b15228d9e6be426ea12ebecbc9c0c8b","wasmtime-v48.0.0-x86_64-macos.tar.xz":"3cf3c8d1f67184183acd61567e758046d40dddd169295dc9e7570b2b20505ac9","wasmtime-v48.0.0-aarch64-macos.tar.xz":"b62f687c7b19dd7c04b44ba5d6170a92a2c99bfc190887348aee9323e3703e60","wasmtime-v48.0.0-x86_64-windows.zip":"d6cc742660e9edf35c92b47179808802f01eca3bf60ab4b0ac723c167592131f","wasmtime-v48.0.0-aarch64-windows.zip":"ca945c51206ea7250ba1d2bd597f9e0d2363ee0b193cd54b783168d33310ec66"},"47.0.4":{"wasmtime-v47.0.4-x86_64-linux.tar.xz":"446e8641ba372333670ba0373d5d3083e5cf0dd001b66088afbb3983db0f768f","wasmtime-v47.0.4-aarch64-linux.tar.xz":"de0b1278e49a1cee5bc6181d976c43e960fb736330e9b61c9dc2d9c7b9160a8c","wasmtime-v47.0.4-x86_64-macos.tar.xz":"b84441616a21b378425aa33a26adea357066bf09cd89ba8248d0368de0702566","wasmtime-v47.0.4-aarch64-macos.tar.xz":"421a30d9302b8578b3a1aeb7fba26214e72802e1915543efab03d9b787ddf474","wasmtime-v47.0.4-x86_64-windows.zip":"0fc94d27d6b32b6e65926b05e137b3ed0df4405a9a27be5274e2b4ab9e04f5d4","wasmtime-v47.0.4-aarch64-windows.zip":"ae0d0cecfe422deb413ba88ab69d102f497dec247590f0629ddd00e51fe27a9b"}}},"wasmer":{"default":"7.4.2","sha256":{}},"wasmedge":{"default":"0.17.1","sha256":{}},"wazero":{"default":"1.12.0","sha256":{}},"wamr":{"default":"2.4.5","sha256":{}},"wasm3":{"default":"0.5.0","sha256":{}},"wasmi":{"default":"2.0.0-beta.9","sha256":{}},"deno":{"default":"2.9.6","sha256":{}},"bun":{"default":"1.4.5","sha256":{}},"jco":{"default":"1.35.0","sha256":{},"npm":{"1.35.0":{"@bytecodealliance/jco@1.35.0":"sha512-O53cWIMm/M1SpwLxKRicvAMDnzWf4zWs6I6qFZIGbn3HUovDMCCe9blkGxxYuyocHjVf/cXgNmlMu/x7Tyi77A==","@bytecodealliance/preview3-shim@0.7.0":"sha512-5bBAE1nKSIT6ZyWoyLQwV1VjJciAdgLk7hbMeO3y5mLJhrkBL9egE48x5IfvU1ubMsQsKWFrP0jle7ow0b5I6w=="}}}}');
;// CONCATENATED MODULE: ./src/runtimes/manifest.ts
// The pinned default version of each runtime, and the sha256 of release
// assets where they are known: data, in manifest.json beside this file.
// Refreshed by `npm run manifest` (scripts/update-manifest.ts) from the
// releases API; hashes can also be added by hand from a release's published
// digests.

const MANIFEST = manifest_namespaceObject;


/***/ })

};
