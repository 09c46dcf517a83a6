export const id = 718;
export const ids = [718,868];
export const modules = {

/***/ 9868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ReleasesApi: () => (/* binding */ ReleasesApi),
  digestHex: () => (/* binding */ digestHex)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 20 modules
var utils = __webpack_require__(5250);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
;// CONCATENATED MODULE: ./src/github/client.ts
// GitHub's REST API through @actions/github (Octokit: pagination, the runner's
// proxy settings) with retries of server errors, and our rules on top: the
// token goes to the API's own origin and nowhere else, even when a page's
// Link header points elsewhere; a refusal reads as what it means.


const Client = utils/* GitHub */.gq.plugin(dist_bundle/* retry */.L);
/** Statuses that a retry cannot change (a rate limit included: asking again only makes it worse). */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
class ApiError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'ApiError';
    }
}
/**
 * The error for a failed call: method, URL, the status and GitHub's own
 * message, and what `hint` adds for that status (a rate limit, a refused token).
 */
function apiError(method, url, error, hint) {
    const { status, message } = statusOf(error);
    return new ApiError(`${method} ${url}: ${status ? `HTTP ${status}` : 'no answer'}${message ? ` ${message}` : ''}${hint(status, isRateLimited(error))}`, status);
}
/** An Octokit for `apiUrl` (https://api.github.com, or GHES's .../api/v3); `token` may be empty. */
function gitHubClient(apiUrl, token) {
    const base = apiUrl.replace(/\/+$/, '');
    const options = {
        baseUrl: base,
        userAgent: 'wasi-probe',
        retry: { doNotRetry: DO_NOT_RETRY },
        request: { retries: 2 }
    };
    const client = new Client(token ? (0,utils/* getOctokitOptions */.EG)(token, options) : options);
    const origin = new URL(base).origin;
    client.hook.before('request', (request) => {
        // A next page's absolute URL: never follow it, with the token, to another host.
        if (/^https?:\/\//i.test(request.url) && new URL(request.url).origin !== origin)
            throw new Error(`the API's next page is on another host (${new URL(request.url).origin}), not followed`);
    });
    return client;
}
/** An error of Octokit's (RequestError), or any other, as: the status, and GitHub's own message. */
function statusOf(error) {
    const e = error;
    const status = typeof e?.status === 'number' ? e.status : 0;
    const data = e?.response?.data;
    const message = typeof data === 'object' && data !== null && typeof data.message === 'string'
        ? data.message
        : typeof data === 'string'
            ? data.slice(0, 200)
            : String(e?.message ?? error);
    return { status, message };
}
/** True when the error is GitHub's rate limit (429, or 403 saying so). */
function isRateLimited(error) {
    const { status, message } = statusOf(error);
    const headers = error?.response?.headers ?? {};
    return (status === 429 ||
        (status === 403 &&
            (headers['x-ratelimit-remaining'] === '0' ||
                headers['retry-after'] !== undefined ||
                /rate limit/i.test(message))));
}

;// CONCATENATED MODULE: ./src/provision/github.ts
// The few calls of GitHub's releases API the installer makes, through Octokit.
// The token goes to the API host only, and is never logged.

/** At most this many pages of 100 releases are read when resolving a version. */
const MAX_PAGES = 10;
class ReleasesApi {
    apiUrl;
    client;
    constructor(apiUrl, token) {
        this.apiUrl = apiUrl;
        this.client = gitHubClient(apiUrl, token);
    }
    fail(url, error) {
        throw apiError('GET', url, error, (status, rateLimited) => rateLimited || status === 403
            ? ' (rate limited? pass a token: the unauthenticated API allows 60 requests an hour per IP)'
            : status === 401
                ? ' (the token was refused)'
                : '');
    }
    ownerAndName(repo) {
        const [owner, name] = repo.split('/');
        return { owner, repo: name };
    }
    /** The release with this tag, or undefined when there is none. */
    async releaseByTag(repo, tag) {
        try {
            const { data } = await this.client.rest.repos.getReleaseByTag({ ...this.ownerAndName(repo), tag });
            return data;
        }
        catch (error) {
            if (statusOf(error).status === 404)
                return undefined;
            this.fail(`${this.apiUrl}/repos/${repo}/releases/tags/${encodeURIComponent(tag)}`, error);
        }
    }
    /** Every release, newest first, page after page. */
    async listReleases(repo) {
        let pages = 0;
        try {
            return (await this.client.paginate(this.client.rest.repos.listReleases, { ...this.ownerAndName(repo), per_page: 100 }, (response, done) => {
                if (++pages >= MAX_PAGES)
                    done();
                return response.data;
            }));
        }
        catch (error) {
            this.fail(`${this.apiUrl}/repos/${repo}/releases?per_page=100`, error);
        }
    }
}
/** The hex of a `sha256:<hex>` digest, or undefined. */
function digestHex(digest) {
    const match = /^sha256:([0-9a-f]{64})$/i.exec(digest ?? '');
    return match ? match[1].toLowerCase() : undefined;
}


/***/ }),

/***/ 1718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  assetUrl: () => (/* binding */ assetUrl),
  installRuntime: () => (/* binding */ installRuntime)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __webpack_require__(3838);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var lib_io = __webpack_require__(8701);
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __webpack_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(9896);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(node_modules_semver);
// EXTERNAL MODULE: external "os"
var external_os_ = __webpack_require__(857);
// EXTERNAL MODULE: external "child_process"
var external_child_process_ = __webpack_require__(5317);
;// CONCATENATED MODULE: ./node_modules/@actions/tool-cache/lib/manifest.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





// Internal object for testability (allows mocking in ESM)
const _internal = {
    readLinuxVersionFile() {
        const lsbReleaseFile = '/etc/lsb-release';
        const osReleaseFile = '/etc/os-release';
        let contents = '';
        if (external_fs_.existsSync(lsbReleaseFile)) {
            contents = external_fs_.readFileSync(lsbReleaseFile).toString();
        }
        else if (external_fs_.existsSync(osReleaseFile)) {
            contents = external_fs_.readFileSync(osReleaseFile).toString();
        }
        return contents;
    }
};
function _findMatch(versionSpec, stable, candidates, archFilter) {
    return __awaiter(this, void 0, void 0, function* () {
        const platFilter = os.platform();
        let result;
        let match;
        let file;
        for (const candidate of candidates) {
            const version = candidate.version;
            debug(`check ${version} satisfies ${versionSpec}`);
            if (semver.satisfies(version, versionSpec) &&
                (!stable || candidate.stable === stable)) {
                file = candidate.files.find(item => {
                    debug(`${item.arch}===${archFilter} && ${item.platform}===${platFilter}`);
                    let chk = item.arch === archFilter && item.platform === platFilter;
                    if (chk && item.platform_version) {
                        const osVersion = _getOsVersion();
                        if (osVersion === item.platform_version) {
                            chk = true;
                        }
                        else {
                            chk = semver.satisfies(osVersion, item.platform_version);
                        }
                    }
                    return chk;
                });
                if (file) {
                    debug(`matched ${candidate.version}`);
                    match = candidate;
                    break;
                }
            }
        }
        if (match && file) {
            // clone since we're mutating the file list to be only the file that matches
            result = Object.assign({}, match);
            result.files = [file];
        }
        return result;
    });
}
function _getOsVersion() {
    // TODO: add windows and other linux, arm variants
    // right now filtering on version is only an ubuntu and macos scenario for tools we build for hosted (python)
    const plat = os.platform();
    let version = '';
    if (plat === 'darwin') {
        version = cp.execSync('sw_vers -productVersion').toString();
    }
    else if (plat === 'linux') {
        // lsb_release process not in some containers, readfile
        // Run cat /etc/lsb-release
        // DISTRIB_ID=Ubuntu
        // DISTRIB_RELEASE=18.04
        // DISTRIB_CODENAME=bionic
        // DISTRIB_DESCRIPTION="Ubuntu 18.04.4 LTS"
        const lsbContents = _internal.readLinuxVersionFile();
        if (lsbContents) {
            const lines = lsbContents.split('\n');
            for (const line of lines) {
                const parts = line.split('=');
                if (parts.length === 2 &&
                    (parts[0].trim() === 'VERSION_ID' ||
                        parts[0].trim() === 'DISTRIB_RELEASE')) {
                    version = parts[1].trim().replace(/^"/, '').replace(/"$/, '');
                    break;
                }
            }
        }
    }
    return version;
}
// Alias for backwards compatibility
function _readLinuxVersionFile() {
    return _internal.readLinuxVersionFile();
}
//# sourceMappingURL=manifest.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(6928);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
// EXTERNAL MODULE: external "stream"
var external_stream_ = __webpack_require__(2203);
// EXTERNAL MODULE: external "util"
var external_util_ = __webpack_require__(9023);
// EXTERNAL MODULE: external "assert"
var external_assert_ = __webpack_require__(2613);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 1 modules
var lib_exec = __webpack_require__(1955);
;// CONCATENATED MODULE: ./node_modules/@actions/tool-cache/lib/retry-helper.js
var retry_helper_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

/**
 * Internal class for retries
 */
class RetryHelper {
    constructor(maxAttempts, minSeconds, maxSeconds) {
        if (maxAttempts < 1) {
            throw new Error('max attempts should be greater than or equal to 1');
        }
        this.maxAttempts = maxAttempts;
        this.minSeconds = Math.floor(minSeconds);
        this.maxSeconds = Math.floor(maxSeconds);
        if (this.minSeconds > this.maxSeconds) {
            throw new Error('min seconds should be less than or equal to max seconds');
        }
    }
    execute(action, isRetryable) {
        return retry_helper_awaiter(this, void 0, void 0, function* () {
            let attempt = 1;
            while (attempt < this.maxAttempts) {
                // Try
                try {
                    return yield action();
                }
                catch (err) {
                    if (isRetryable && !isRetryable(err)) {
                        throw err;
                    }
                    lib_core/* info */.pq(err.message);
                }
                // Sleep
                const seconds = this.getSleepAmount();
                lib_core/* info */.pq(`Waiting ${seconds} seconds before trying again`);
                yield this.sleep(seconds);
                attempt++;
            }
            // Last attempt
            return yield action();
        });
    }
    getSleepAmount() {
        return (Math.floor(Math.random() * (this.maxSeconds - this.minSeconds + 1)) +
            this.minSeconds);
    }
    sleep(seconds) {
        return retry_helper_awaiter(this, void 0, void 0, function* () {
            return new Promise(resolve => setTimeout(resolve, seconds * 1000));
        });
    }
}
//# sourceMappingURL=retry-helper.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js
var tool_cache_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};














class HTTPError extends Error {
    constructor(httpStatusCode) {
        super(`Unexpected HTTP response: ${httpStatusCode}`);
        this.httpStatusCode = httpStatusCode;
        Object.setPrototypeOf(this, new.target.prototype);
    }
}
const IS_WINDOWS = process.platform === 'win32';
const IS_MAC = process.platform === 'darwin';
const userAgent = 'actions/tool-cache';
/**
 * Download a tool from an url and stream it into a file
 *
 * @param url       url of tool to download
 * @param dest      path to download tool
 * @param auth      authorization header
 * @param headers   other headers
 * @returns         path to downloaded tool
 */
function downloadTool(url, dest, auth, headers) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        dest = dest || external_path_.join(_getTempDirectory(), external_crypto_.randomUUID());
        yield lib_io/* mkdirP */.U$(external_path_.dirname(dest));
        lib_core/* debug */.Yz(`Downloading ${url}`);
        lib_core/* debug */.Yz(`Destination ${dest}`);
        const maxAttempts = 3;
        const minSeconds = _getGlobal('TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS', 10);
        const maxSeconds = _getGlobal('TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS', 20);
        const retryHelper = new RetryHelper(maxAttempts, minSeconds, maxSeconds);
        return yield retryHelper.execute(() => tool_cache_awaiter(this, void 0, void 0, function* () {
            return yield downloadToolAttempt(url, dest || '', auth, headers);
        }), (err) => {
            if (err instanceof HTTPError && err.httpStatusCode) {
                // Don't retry anything less than 500, except 408 Request Timeout and 429 Too Many Requests
                if (err.httpStatusCode < 500 &&
                    err.httpStatusCode !== 408 &&
                    err.httpStatusCode !== 429) {
                    return false;
                }
            }
            // Otherwise retry
            return true;
        });
    });
}
function downloadToolAttempt(url, dest, auth, headers) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        if (external_fs_.existsSync(dest)) {
            throw new Error(`Destination file path ${dest} already exists`);
        }
        // Get the response headers
        const http = new lib/* HttpClient */.Qq(userAgent, [], {
            allowRetries: false
        });
        if (auth) {
            lib_core/* debug */.Yz('set auth');
            if (headers === undefined) {
                headers = {};
            }
            headers.authorization = auth;
        }
        const response = yield http.get(url, headers);
        if (response.message.statusCode !== 200) {
            const err = new HTTPError(response.message.statusCode);
            lib_core/* debug */.Yz(`Failed to download from "${url}". Code(${response.message.statusCode}) Message(${response.message.statusMessage})`);
            throw err;
        }
        // Download the response body
        const pipeline = external_util_.promisify(external_stream_.pipeline);
        const responseMessageFactory = _getGlobal('TEST_DOWNLOAD_TOOL_RESPONSE_MESSAGE_FACTORY', () => response.message);
        const readStream = responseMessageFactory();
        let succeeded = false;
        try {
            yield pipeline(readStream, external_fs_.createWriteStream(dest));
            lib_core/* debug */.Yz('download complete');
            succeeded = true;
            return dest;
        }
        finally {
            // Error, delete dest before retry
            if (!succeeded) {
                lib_core/* debug */.Yz('download failed');
                try {
                    yield lib_io/* rmRF */.Yz(dest);
                }
                catch (err) {
                    lib_core/* debug */.Yz(`Failed to delete '${dest}'. ${err.message}`);
                }
            }
        }
    });
}
/**
 * Extract a .7z file
 *
 * @param file     path to the .7z file
 * @param dest     destination directory. Optional.
 * @param _7zPath  path to 7zr.exe. Optional, for long path support. Most .7z archives do not have this
 * problem. If your .7z archive contains very long paths, you can pass the path to 7zr.exe which will
 * gracefully handle long paths. By default 7zdec.exe is used because it is a very small program and is
 * bundled with the tool lib. However it does not support long paths. 7zr.exe is the reduced command line
 * interface, it is smaller than the full command line interface, and it does support long paths. At the
 * time of this writing, it is freely available from the LZMA SDK that is available on the 7zip website.
 * Be sure to check the current license agreement. If 7zr.exe is bundled with your action, then the path
 * to 7zr.exe can be pass to this function.
 * @returns        path to the destination directory
 */
function extract7z(file, dest, _7zPath) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        ok(IS_WINDOWS, 'extract7z() not supported on current OS');
        ok(file, 'parameter "file" is required');
        dest = yield _createExtractFolder(dest);
        const originalCwd = process.cwd();
        process.chdir(dest);
        if (_7zPath) {
            try {
                const logLevel = core.isDebug() ? '-bb1' : '-bb0';
                const args = [
                    'x', // eXtract files with full paths
                    logLevel, // -bb[0-3] : set output log level
                    '-bd', // disable progress indicator
                    '-sccUTF-8', // set charset for for console input/output
                    file
                ];
                const options = {
                    silent: true
                };
                yield exec(`"${_7zPath}"`, args, options);
            }
            finally {
                process.chdir(originalCwd);
            }
        }
        else {
            const escapedScript = path
                .join(__dirname, '..', 'scripts', 'Invoke-7zdec.ps1')
                .replace(/'/g, "''")
                .replace(/"|\n|\r/g, ''); // double-up single quotes, remove double quotes and newlines
            const escapedFile = file.replace(/'/g, "''").replace(/"|\n|\r/g, '');
            const escapedTarget = dest.replace(/'/g, "''").replace(/"|\n|\r/g, '');
            const command = `& '${escapedScript}' -Source '${escapedFile}' -Target '${escapedTarget}'`;
            const args = [
                '-NoLogo',
                '-Sta',
                '-NoProfile',
                '-NonInteractive',
                '-ExecutionPolicy',
                'Unrestricted',
                '-Command',
                command
            ];
            const options = {
                silent: true
            };
            try {
                const powershellPath = yield io.which('powershell', true);
                yield exec(`"${powershellPath}"`, args, options);
            }
            finally {
                process.chdir(originalCwd);
            }
        }
        return dest;
    });
}
/**
 * Extract a compressed tar archive
 *
 * @param file     path to the tar
 * @param dest     destination directory. Optional.
 * @param flags    flags for the tar command to use for extraction. Defaults to 'xz' (extracting gzipped tars). Optional.
 * @returns        path to the destination directory
 */
function extractTar(file_1, dest_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (file, dest, flags = 'xz') {
        if (!file) {
            throw new Error("parameter 'file' is required");
        }
        // Create dest
        dest = yield _createExtractFolder(dest);
        // Determine whether GNU tar
        lib_core/* debug */.Yz('Checking tar --version');
        let versionOutput = '';
        yield (0,lib_exec/* exec */.m)('tar --version', [], {
            ignoreReturnCode: true,
            silent: true,
            listeners: {
                stdout: (data) => (versionOutput += data.toString()),
                stderr: (data) => (versionOutput += data.toString())
            }
        });
        lib_core/* debug */.Yz(versionOutput.trim());
        const isGnuTar = versionOutput.toUpperCase().includes('GNU TAR');
        // Initialize args
        let args;
        if (flags instanceof Array) {
            args = flags;
        }
        else {
            args = [flags];
        }
        if (lib_core/* isDebug */._o() && !flags.includes('v')) {
            args.push('-v');
        }
        let destArg = dest;
        let fileArg = file;
        if (IS_WINDOWS && isGnuTar) {
            args.push('--force-local');
            destArg = dest.replace(/\\/g, '/');
            // Technically only the dest needs to have `/` but for aesthetic consistency
            // convert slashes in the file arg too.
            fileArg = file.replace(/\\/g, '/');
        }
        if (isGnuTar) {
            // Suppress warnings when using GNU tar to extract archives created by BSD tar
            args.push('--warning=no-unknown-keyword');
            args.push('--overwrite');
        }
        args.push('-C', destArg, '-f', fileArg);
        yield (0,lib_exec/* exec */.m)(`tar`, args);
        return dest;
    });
}
/**
 * Extract a xar compatible archive
 *
 * @param file     path to the archive
 * @param dest     destination directory. Optional.
 * @param flags    flags for the xar. Optional.
 * @returns        path to the destination directory
 */
function extractXar(file_1, dest_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (file, dest, flags = []) {
        ok(IS_MAC, 'extractXar() not supported on current OS');
        ok(file, 'parameter "file" is required');
        dest = yield _createExtractFolder(dest);
        let args;
        if (flags instanceof Array) {
            args = flags;
        }
        else {
            args = [flags];
        }
        args.push('-x', '-C', dest, '-f', file);
        if (core.isDebug()) {
            args.push('-v');
        }
        const xarPath = yield io.which('xar', true);
        yield exec(`"${xarPath}"`, _unique(args));
        return dest;
    });
}
/**
 * Extract a zip
 *
 * @param file     path to the zip
 * @param dest     destination directory. Optional.
 * @returns        path to the destination directory
 */
function extractZip(file, dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        if (!file) {
            throw new Error("parameter 'file' is required");
        }
        dest = yield _createExtractFolder(dest);
        if (IS_WINDOWS) {
            yield extractZipWin(file, dest);
        }
        else {
            yield extractZipNix(file, dest);
        }
        return dest;
    });
}
function extractZipWin(file, dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        // build the powershell command
        const escapedFile = file.replace(/'/g, "''").replace(/"|\n|\r/g, ''); // double-up single quotes, remove double quotes and newlines
        const escapedDest = dest.replace(/'/g, "''").replace(/"|\n|\r/g, '');
        const pwshPath = yield lib_io/* which */.K7('pwsh', false);
        //To match the file overwrite behavior on nix systems, we use the overwrite = true flag for ExtractToDirectory
        //and the -Force flag for Expand-Archive as a fallback
        if (pwshPath) {
            //attempt to use pwsh with ExtractToDirectory, if this fails attempt Expand-Archive
            const pwshCommand = [
                `$ErrorActionPreference = 'Stop' ;`,
                `try { Add-Type -AssemblyName System.IO.Compression.ZipFile } catch { } ;`,
                `try { [System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`,
                `catch { if (($_.Exception.GetType().FullName -eq 'System.Management.Automation.MethodException') -or ($_.Exception.GetType().FullName -eq 'System.Management.Automation.RuntimeException') ){ Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force } else { throw $_ } } ;`
            ].join(' ');
            const args = [
                '-NoLogo',
                '-NoProfile',
                '-NonInteractive',
                '-ExecutionPolicy',
                'Unrestricted',
                '-Command',
                pwshCommand
            ];
            lib_core/* debug */.Yz(`Using pwsh at path: ${pwshPath}`);
            yield (0,lib_exec/* exec */.m)(`"${pwshPath}"`, args);
        }
        else {
            const powershellCommand = [
                `$ErrorActionPreference = 'Stop' ;`,
                `try { Add-Type -AssemblyName System.IO.Compression.FileSystem } catch { } ;`,
                `if ((Get-Command -Name Expand-Archive -Module Microsoft.PowerShell.Archive -ErrorAction Ignore)) { Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force }`,
                `else {[System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`
            ].join(' ');
            const args = [
                '-NoLogo',
                '-Sta',
                '-NoProfile',
                '-NonInteractive',
                '-ExecutionPolicy',
                'Unrestricted',
                '-Command',
                powershellCommand
            ];
            const powershellPath = yield lib_io/* which */.K7('powershell', true);
            lib_core/* debug */.Yz(`Using powershell at path: ${powershellPath}`);
            yield (0,lib_exec/* exec */.m)(`"${powershellPath}"`, args);
        }
    });
}
function extractZipNix(file, dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        const unzipPath = yield lib_io/* which */.K7('unzip', true);
        const args = [file];
        if (!lib_core/* isDebug */._o()) {
            args.unshift('-q');
        }
        args.unshift('-o'); //overwrite with -o, otherwise a prompt is shown which freezes the run
        yield (0,lib_exec/* exec */.m)(`"${unzipPath}"`, args, { cwd: dest });
    });
}
/**
 * Caches a directory and installs it into the tool cacheDir
 *
 * @param sourceDir    the directory to cache into tools
 * @param tool          tool name
 * @param version       version of the tool.  semver format
 * @param arch          architecture of the tool.  Optional.  Defaults to machine architecture
 */
function cacheDir(sourceDir, tool, version, arch) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        version = node_modules_semver.clean(version) || version;
        arch = arch || external_os_.arch();
        lib_core/* debug */.Yz(`Caching tool ${tool} ${version} ${arch}`);
        lib_core/* debug */.Yz(`source dir: ${sourceDir}`);
        if (!external_fs_.statSync(sourceDir).isDirectory()) {
            throw new Error('sourceDir is not a directory');
        }
        // Create the tool dir
        const destPath = yield _createToolPath(tool, version, arch);
        // copy each child item. do not move. move can fail on Windows
        // due to anti-virus software having an open handle on a file.
        for (const itemName of external_fs_.readdirSync(sourceDir)) {
            const s = external_path_.join(sourceDir, itemName);
            yield lib_io.cp(s, destPath, { recursive: true });
        }
        // write .complete
        _completeToolPath(tool, version, arch);
        return destPath;
    });
}
/**
 * Caches a downloaded file (GUID) and installs it
 * into the tool cache with a given targetName
 *
 * @param sourceFile    the file to cache into tools.  Typically a result of downloadTool which is a guid.
 * @param targetFile    the name of the file name in the tools directory
 * @param tool          tool name
 * @param version       version of the tool.  semver format
 * @param arch          architecture of the tool.  Optional.  Defaults to machine architecture
 */
function cacheFile(sourceFile, targetFile, tool, version, arch) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        version = semver.clean(version) || version;
        arch = arch || os.arch();
        core.debug(`Caching tool ${tool} ${version} ${arch}`);
        core.debug(`source file: ${sourceFile}`);
        if (!fs.statSync(sourceFile).isFile()) {
            throw new Error('sourceFile is not a file');
        }
        // create the tool dir
        const destFolder = yield _createToolPath(tool, version, arch);
        // copy instead of move. move can fail on Windows due to
        // anti-virus software having an open handle on a file.
        const destPath = path.join(destFolder, targetFile);
        core.debug(`destination file ${destPath}`);
        yield io.cp(sourceFile, destPath);
        // write .complete
        _completeToolPath(tool, version, arch);
        return destFolder;
    });
}
/**
 * Finds the path to a tool version in the local installed tool cache
 *
 * @param toolName      name of the tool
 * @param versionSpec   version of the tool
 * @param arch          optional arch.  defaults to arch of computer
 */
function find(toolName, versionSpec, arch) {
    if (!toolName) {
        throw new Error('toolName parameter is required');
    }
    if (!versionSpec) {
        throw new Error('versionSpec parameter is required');
    }
    arch = arch || external_os_.arch();
    // attempt to resolve an explicit version
    if (!isExplicitVersion(versionSpec)) {
        const localVersions = findAllVersions(toolName, arch);
        const match = evaluateVersions(localVersions, versionSpec);
        versionSpec = match;
    }
    // check for the explicit version in the cache
    let toolPath = '';
    if (versionSpec) {
        versionSpec = node_modules_semver.clean(versionSpec) || '';
        const cachePath = external_path_.join(_getCacheDirectory(), toolName, versionSpec, arch);
        lib_core/* debug */.Yz(`checking cache: ${cachePath}`);
        if (external_fs_.existsSync(cachePath) && external_fs_.existsSync(`${cachePath}.complete`)) {
            lib_core/* debug */.Yz(`Found tool in cache ${toolName} ${versionSpec} ${arch}`);
            toolPath = cachePath;
        }
        else {
            lib_core/* debug */.Yz('not found');
        }
    }
    return toolPath;
}
/**
 * Finds the paths to all versions of a tool that are installed in the local tool cache
 *
 * @param toolName  name of the tool
 * @param arch      optional arch.  defaults to arch of computer
 */
function findAllVersions(toolName, arch) {
    const versions = [];
    arch = arch || external_os_.arch();
    const toolPath = external_path_.join(_getCacheDirectory(), toolName);
    if (external_fs_.existsSync(toolPath)) {
        const children = external_fs_.readdirSync(toolPath);
        for (const child of children) {
            if (isExplicitVersion(child)) {
                const fullPath = external_path_.join(toolPath, child, arch || '');
                if (external_fs_.existsSync(fullPath) && external_fs_.existsSync(`${fullPath}.complete`)) {
                    versions.push(child);
                }
            }
        }
    }
    return versions;
}
function getManifestFromRepo(owner_1, repo_1, auth_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (owner, repo, auth, branch = 'master') {
        let releases = [];
        const treeUrl = `https://api.github.com/repos/${owner}/${repo}/git/trees/${branch}`;
        const http = new httpm.HttpClient('tool-cache');
        const headers = {};
        if (auth) {
            core.debug('set auth');
            headers.authorization = auth;
        }
        const response = yield http.getJson(treeUrl, headers);
        if (!response.result) {
            return releases;
        }
        let manifestUrl = '';
        for (const item of response.result.tree) {
            if (item.path === 'versions-manifest.json') {
                manifestUrl = item.url;
                break;
            }
        }
        headers['accept'] = 'application/vnd.github.VERSION.raw';
        let versionsRaw = yield (yield http.get(manifestUrl, headers)).readBody();
        if (versionsRaw) {
            // shouldn't be needed but protects against invalid json saved with BOM
            versionsRaw = versionsRaw.replace(/^\uFEFF/, '');
            try {
                releases = JSON.parse(versionsRaw);
            }
            catch (_a) {
                core.debug('Invalid json');
            }
        }
        return releases;
    });
}
function findFromManifest(versionSpec_1, stable_1, manifest_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (versionSpec, stable, manifest, archFilter = os.arch()) {
        // wrap the internal impl
        const match = yield mm._findMatch(versionSpec, stable, manifest, archFilter);
        return match;
    });
}
function _createExtractFolder(dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        if (!dest) {
            // create a temp dir
            dest = external_path_.join(_getTempDirectory(), external_crypto_.randomUUID());
        }
        yield lib_io/* mkdirP */.U$(dest);
        return dest;
    });
}
function _createToolPath(tool, version, arch) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        const folderPath = external_path_.join(_getCacheDirectory(), tool, node_modules_semver.clean(version) || version, arch || '');
        lib_core/* debug */.Yz(`destination ${folderPath}`);
        const markerPath = `${folderPath}.complete`;
        yield lib_io/* rmRF */.Yz(folderPath);
        yield lib_io/* rmRF */.Yz(markerPath);
        yield lib_io/* mkdirP */.U$(folderPath);
        return folderPath;
    });
}
function _completeToolPath(tool, version, arch) {
    const folderPath = external_path_.join(_getCacheDirectory(), tool, node_modules_semver.clean(version) || version, arch || '');
    const markerPath = `${folderPath}.complete`;
    external_fs_.writeFileSync(markerPath, '');
    lib_core/* debug */.Yz('finished caching tool');
}
/**
 * Check if version string is explicit
 *
 * @param versionSpec      version string to check
 */
function isExplicitVersion(versionSpec) {
    const c = node_modules_semver.clean(versionSpec) || '';
    lib_core/* debug */.Yz(`isExplicit: ${c}`);
    const valid = node_modules_semver.valid(c) != null;
    lib_core/* debug */.Yz(`explicit? ${valid}`);
    return valid;
}
/**
 * Get the highest satisfiying semantic version in `versions` which satisfies `versionSpec`
 *
 * @param versions        array of versions to evaluate
 * @param versionSpec     semantic version spec to satisfy
 */
function evaluateVersions(versions, versionSpec) {
    let version = '';
    lib_core/* debug */.Yz(`evaluating ${versions.length} versions`);
    versions = versions.sort((a, b) => {
        if (node_modules_semver.gt(a, b)) {
            return 1;
        }
        return -1;
    });
    for (let i = versions.length - 1; i >= 0; i--) {
        const potential = versions[i];
        const satisfied = node_modules_semver.satisfies(potential, versionSpec);
        if (satisfied) {
            version = potential;
            break;
        }
    }
    if (version) {
        lib_core/* debug */.Yz(`matched: ${version}`);
    }
    else {
        lib_core/* debug */.Yz('match not found');
    }
    return version;
}
/**
 * Gets RUNNER_TOOL_CACHE
 */
function _getCacheDirectory() {
    const cacheDirectory = process.env['RUNNER_TOOL_CACHE'] || '';
    (0,external_assert_.ok)(cacheDirectory, 'Expected RUNNER_TOOL_CACHE to be defined');
    return cacheDirectory;
}
/**
 * Gets RUNNER_TEMP
 */
function _getTempDirectory() {
    const tempDirectory = process.env['RUNNER_TEMP'] || '';
    (0,external_assert_.ok)(tempDirectory, 'Expected RUNNER_TEMP to be defined');
    return tempDirectory;
}
/**
 * Gets a global variable
 */
function _getGlobal(key, defaultValue) {
    /* eslint-disable @typescript-eslint/no-explicit-any */
    const value = global[key];
    /* eslint-enable @typescript-eslint/no-explicit-any */
    return value !== undefined ? value : defaultValue;
}
/**
 * Returns an array of unique values.
 * @param values Values to make unique.
 */
function _unique(values) {
    return Array.from(new Set(values));
}
//# sourceMappingURL=tool-cache.js.map
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/provision/discover.ts
var discover = __webpack_require__(2872);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/provision/checksums.ts


/** sha256 of a file, hex. */
function sha256File(path) {
    return new Promise((resolve, reject) => {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        (0,external_node_fs_.createReadStream)(path)
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}
/**
 * The hash given for `name` in a checksum file: `<hex> <file>` or
 * `<hex>  <file>` lines, a `*` before the file name meaning binary mode.
 */
function hashInChecksumFile(text, name) {
    for (const line of text.split(/\r?\n/)) {
        const match = /^([0-9a-fA-F]{64})\s+\*?(.+?)\s*$/.exec(line.trim());
        if (match && (match[2] === name || match[2].endsWith(`/${name}`)))
            return match[1].toLowerCase();
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/provision/github.ts + 1 modules
var github = __webpack_require__(9868);
;// CONCATENATED MODULE: ./src/runtimes/manifest.json
const runtimes_manifest_namespaceObject = /*#__PURE__*/JSON.parse('{"wasmtime":{"default":"48.0.0","sha256":{"48.0.0":{"wasmtime-v48.0.0-x86_64-linux.tar.xz":"1d23a692da51a4f825698f3f999da71f28bad19a96df5395fadc8d07f162dac3","wasmtime-v48.0.0-aarch64-linux.tar.xz":"ea20f14785f908afcd07063ade8d89b82b15228d9e6be426ea12ebecbc9c0c8b","wasmtime-v48.0.0-x86_64-macos.tar.xz":"3cf3c8d1f67184183acd61567e758046d40dddd169295dc9e7570b2b20505ac9","wasmtime-v48.0.0-aarch64-macos.tar.xz":"b62f687c7b19dd7c04b44ba5d6170a92a2c99bfc190887348aee9323e3703e60","wasmtime-v48.0.0-x86_64-windows.zip":"d6cc742660e9edf35c92b47179808802f01eca3bf60ab4b0ac723c167592131f","wasmtime-v48.0.0-aarch64-windows.zip":"ca945c51206ea7250ba1d2bd597f9e0d2363ee0b193cd54b783168d33310ec66"},"47.0.4":{"wasmtime-v47.0.4-x86_64-linux.tar.xz":"446e8641ba372333670ba0373d5d3083e5cf0dd001b66088afbb3983db0f768f","wasmtime-v47.0.4-aarch64-linux.tar.xz":"de0b1278e49a1cee5bc6181d976c43e960fb736330e9b61c9dc2d9c7b9160a8c","wasmtime-v47.0.4-x86_64-macos.tar.xz":"b84441616a21b378425aa33a26adea357066bf09cd89ba8248d0368de0702566","wasmtime-v47.0.4-aarch64-macos.tar.xz":"421a30d9302b8578b3a1aeb7fba26214e72802e1915543efab03d9b787ddf474","wasmtime-v47.0.4-x86_64-windows.zip":"0fc94d27d6b32b6e65926b05e137b3ed0df4405a9a27be5274e2b4ab9e04f5d4","wasmtime-v47.0.4-aarch64-windows.zip":"ae0d0cecfe422deb413ba88ab69d102f497dec247590f0629ddd00e51fe27a9b"}}},"wasmer":{"default":"7.4.2","sha256":{}},"wasmedge":{"default":"0.17.1","sha256":{}},"wazero":{"default":"1.11.0","sha256":{}},"wamr":{"default":"2.4.5","sha256":{}},"wasm3":{"default":"0.5.0","sha256":{}},"wasmi":{"default":"2.0.0-beta.9","sha256":{}}}');
;// CONCATENATED MODULE: ./src/runtimes/manifest.ts
// The pinned default version of each runtime, and the sha256 of release
// assets where they are known: data, in manifest.json beside this file.
// Refreshed by `npm run manifest` (scripts/update-manifest.ts) from the
// releases API; hashes can also be added by hand from a release's published
// digests.

const MANIFEST = runtimes_manifest_namespaceObject;

// EXTERNAL MODULE: ./src/runtimes/release.ts
var runtimes_release = __webpack_require__(2808);
;// CONCATENATED MODULE: ./src/provision/install.ts
// Installs one runtime the way a careful user would by hand: pick the release
// and the asset for this platform, download, verify the sha256 before
// anything is unpacked, extract, and keep it in the tool cache.










class StageError extends Error {
    stage;
    constructor(stage, message) {
        super(message);
        this.stage = stage;
    }
}
async function installRuntime(spec, requested, settings) {
    const manifest = settings.manifest ?? MANIFEST;
    const wanted = requested ?? manifest[spec.id]?.default ?? 'latest';
    const record = { requested: wanted, version: null };
    // The stage under way, for errors that do not say theirs.
    let stage = 'resolve';
    try {
        if (wanted !== 'latest') {
            const there = await alreadyThere(spec, wanted, settings);
            if (there) {
                record.version = there.version;
                return { kind: 'ready', located: there.located, record };
            }
        }
        const resolved = await resolveRelease(spec, wanted, settings, manifest);
        record.version = resolved.version;
        if (resolved.version !== wanted) {
            const there = await alreadyThere(spec, resolved.version, settings);
            if (there)
                return { kind: 'ready', located: there.located, record };
        }
        const choice = spec.release.selectAsset(resolved.version, settings.platform, resolved.names);
        if ((0,runtimes_release/* isUnavailable */.Pd)(choice))
            return { kind: 'unavailable', reason: choice.unavailable, record };
        record.asset = choice.name;
        record.url = assetUrl(settings.downloadUrl, spec.release.repo, resolved.tag, choice.name);
        stage = 'download';
        const file = await download(record.url, settings);
        try {
            stage = 'verify';
            const { sha256, verifiedBy } = await verify(spec, resolved, choice, file, settings, manifest);
            record.sha256 = sha256;
            record.verifiedBy = verifiedBy;
            stage = 'extract';
            const located = await extractAndCache(spec, resolved.version, choice, file, settings.platform.arch);
            await settings.cache?.save(spec.id, resolved.version);
            return { kind: 'ready', located: { ...located, source: 'installed' }, record };
        }
        finally {
            (0,external_node_fs_.rmSync)(file, { force: true });
        }
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { kind: 'failed', stage: error instanceof StageError ? error.stage : stage, reason, record };
    }
}
/**
 * The runtime without any release request: from the tool cache (a full or
 * partial version), else restored from the Actions cache (a full version).
 */
async function alreadyThere(spec, versionSpec, settings) {
    const arch = settings.platform.arch;
    const cached = fromToolCache(spec, versionSpec, arch);
    if (cached)
        return cached;
    const exact = semver_default().valid(versionSpec);
    if (!exact || !settings.cache || !(await settings.cache.restore(spec.id, exact)))
        return undefined;
    const restored = fromToolCache(spec, exact, arch);
    return restored && { ...restored, located: { ...restored.located, source: 'cache' } };
}
function fromToolCache(spec, versionSpec, arch) {
    const dir = find(spec.id, versionSpec, arch);
    if (!dir)
        return undefined;
    const path = (0,discover/* findBinaryIn */.UN)(dir, spec.binary);
    if (!path)
        return undefined;
    // The tool cache lays a version out as <tool>/<version>/<arch>.
    const version = (0,external_node_path_.basename)((0,external_node_path_.dirname)(dir));
    return { located: (0,discover/* withLibraryDir */.Pe)({ path, source: 'tool-cache' }, spec.release.libDirs), version };
}
/** The GitHub download layout, on github.com or on a mirror. */
function assetUrl(downloadUrl, repo, tag, name) {
    return `${downloadUrl.replace(/\/+$/, '')}/${repo}/releases/download/${encodeURIComponent(tag)}/${encodeURIComponent(name)}`;
}
async function resolveRelease(spec, wanted, settings, manifest) {
    const { repo, tagPrefix } = spec.release;
    if (semver_default().valid(wanted)) {
        const tag = `${tagPrefix}${wanted}`;
        // The manifest knows the pinned assets: no API request needed.
        const known = manifest[spec.id]?.sha256[wanted];
        if (known) {
            const names = Object.keys(known);
            if (!(0,runtimes_release/* isUnavailable */.Pd)(spec.release.selectAsset(wanted, settings.platform, names))) {
                return { version: wanted, tag, names, digests: new Map() };
            }
        }
        const release = await settings.api.releaseByTag(repo, tag);
        if (!release)
            throw new StageError('resolve', `${repo} has no release tagged ${tag}`);
        return fromApi(release, wanted);
    }
    const releases = (await settings.api.listReleases(repo)).filter((r) => !r.draft && !r.prerelease);
    const candidates = releases
        .map((release) => ({ release, version: semver_default().valid(release.tag_name.slice(tagPrefix.length)) }))
        .filter((c) => {
        if (!c.version || !c.release.tag_name.startsWith(tagPrefix))
            return false;
        return wanted === 'latest' || semver_default().satisfies(c.version, wanted);
    })
        .sort((a, b) => semver_default().rcompare(a.version, b.version));
    const withAsset = candidates.find((c) => !(0,runtimes_release/* isUnavailable */.Pd)(spec.release.selectAsset(c.version, settings.platform, c.release.assets.map((a) => a.name))));
    if (!withAsset) {
        const which = wanted === 'latest' ? 'no release' : `no release matching ${wanted}`;
        throw new StageError('resolve', `${repo}: ${which} (drafts and prereleases left out) has an asset for ${(0,runtimes_release/* platformLabel */.G8)(settings.platform)}` +
            (candidates.length > 0 ? ` (looked at ${candidates.length}, newest ${candidates[0].version})` : ''));
    }
    return fromApi(withAsset.release, withAsset.version);
}
function fromApi(release, version) {
    const digests = new Map();
    for (const asset of release.assets) {
        const hex = (0,github.digestHex)(asset.digest);
        if (hex)
            digests.set(asset.name, hex);
    }
    return { version, tag: release.tag_name, names: release.assets.map((a) => a.name), digests };
}
/** GitHub's own download host (github.com, or the API's host on GitHub Enterprise Server). */
function isGitHubHost(url, apiUrl) {
    const host = new URL(url).host;
    return host === 'github.com' || host === new URL(apiUrl).host;
}
async function download(url, settings) {
    const auth = settings.token && isGitHubHost(url, settings.apiUrl) ? `Bearer ${settings.token}` : undefined;
    try {
        return await downloadTool(url, undefined, auth);
    }
    catch (error) {
        const status = error.httpStatusCode;
        const message = error instanceof Error ? error.message : String(error);
        throw new StageError('download', status ? `${url}: HTTP ${status}` : `${url}: ${message}`);
    }
}
/**
 * The sha256 the download must have: the manifest's, else the release's own
 * checksum file's, else the API's digest. A mismatch deletes the file.
 */
async function verify(spec, resolved, choice, file, settings, manifest) {
    const actual = await sha256File(file);
    let expected;
    const fromManifest = manifest[spec.id]?.sha256[resolved.version]?.[choice.name];
    if (fromManifest)
        expected = { hex: fromManifest.toLowerCase(), by: 'manifest' };
    const checksumName = spec.release.checksumFile?.(resolved.version);
    if (!expected && checksumName && resolved.names.includes(checksumName)) {
        const hex = await checksumFromFile(spec, resolved, checksumName, choice.name, settings);
        if (hex)
            expected = { hex, by: 'checksum-file' };
    }
    const digest = resolved.digests.get(choice.name);
    if (!expected && digest)
        expected = { hex: digest, by: 'api-digest' };
    if (!expected) {
        if (settings.verify) {
            (0,external_node_fs_.rmSync)(file, { force: true });
            throw new StageError('verify', `no checksum for ${choice.name}: not in the manifest, no checksum file, no digest from the API ` +
                `(set verify: false to install it unverified)`);
        }
        settings.warn?.(`${spec.id}: ${choice.name} is installed UNVERIFIED (verify: false); its sha256 is ${actual}`);
        return { sha256: actual, verifiedBy: 'unverified' };
    }
    if (expected.hex !== actual) {
        (0,external_node_fs_.rmSync)(file, { force: true });
        throw new StageError('verify', `sha256 mismatch for ${choice.name}: expected ${expected.hex} (${expected.by}), got ${actual}; the download was deleted`);
    }
    return { sha256: actual, verifiedBy: expected.by };
}
async function checksumFromFile(spec, resolved, checksumName, assetName, settings) {
    const url = assetUrl(settings.downloadUrl, spec.release.repo, resolved.tag, checksumName);
    const file = await download(url, settings);
    try {
        return hashInChecksumFile((0,external_node_fs_.readFileSync)(file, 'utf8'), assetName);
    }
    finally {
        (0,external_node_fs_.rmSync)(file, { force: true });
    }
}
async function extractAndCache(spec, version, choice, file, arch) {
    const executable = process.platform === 'win32' ? `${spec.binary}.exe` : spec.binary;
    let dir;
    try {
        dir = await extract(choice, file, executable);
    }
    catch (error) {
        throw new StageError('extract', `${choice.name} could not be unpacked: ${error instanceof Error ? error.message : error}`);
    }
    try {
        const inside = (0,discover/* findBinaryIn */.UN)(dir, spec.binary);
        if (!inside)
            throw new StageError('extract', `${choice.name} has no ${executable} (looked at the top, in bin/ and one folder down)`);
        if (process.platform !== 'win32')
            (0,external_node_fs_.chmodSync)(inside, 0o755);
        const cached = await cacheDir(dir, spec.id, version, arch);
        const path = (0,external_node_path_.join)(cached, (0,external_node_path_.relative)(dir, inside));
        return (0,discover/* withLibraryDir */.Pe)({ path, source: 'installed' }, spec.release.libDirs);
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
async function extract(choice, file, executable) {
    switch (choice.format) {
        case 'tar.xz':
            // tool-cache's default flags ('xz') mean gzip: 'x' lets tar detect xz.
            return extractTar(file, undefined, 'x');
        case 'tar.gz':
            return extractTar(file, undefined, 'xz');
        case 'zip':
            return extractZip(file);
        case 'raw': {
            const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'wasi-probe-raw-'));
            (0,external_node_fs_.copyFileSync)(file, (0,external_node_path_.join)(dir, executable));
            return dir;
        }
    }
}


/***/ })

};
