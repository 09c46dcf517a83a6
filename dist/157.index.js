export const id = 157;
export const ids = [157,868];
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
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
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
 * `secrets` (the token) are redacted: a server may echo what it was sent.
 */
function apiError(method, url, error, hint, secrets = []) {
    const { status, message } = statusOf(error);
    return new ApiError((0,redact/* redact */.E$)(`${method} ${url}: ${status ? `HTTP ${status}` : 'no answer'}${message ? ` ${message}` : ''}${hint(status, isRateLimited(error))}`, secrets), status);
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
    secrets;
    constructor(apiUrl, token) {
        this.apiUrl = apiUrl;
        this.client = gitHubClient(apiUrl, token);
        this.secrets = [token, ...(0,redact/* urlSecrets */.Fn)(apiUrl)];
    }
    fail(url, error) {
        throw apiError('GET', url, error, (status, rateLimited) => rateLimited || status === 403
            ? ' (rate limited? pass a token: the unauthenticated API allows 60 requests an hour per IP)'
            : status === 401
                ? ' (the token was refused)'
                : '', this.secrets);
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

/***/ 157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  assetUrl: () => (/* binding */ assetUrl),
  installRuntime: () => (/* binding */ installRuntime)
});

// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(9805);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/provision/discover.ts
var discover = __webpack_require__(2872);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/provision/download.ts
// Downloads a release asset to a file, with limits that a slow or hostile
// server cannot stretch: an overall deadline (retries included), a stall limit
// (no byte for a while), a size limit. Redirects are followed here, one hop at a
// time, so that credentials go to the exact origin (scheme, host and port) they
// were given for and nowhere else. The runner's proxy settings apply, through
// @actions/http-client's agents.






const DOWNLOAD_LIMITS = {
    deadlineMs: 10 * 60_000,
    stallMs: 60_000,
    // Release archives of the runtimes are 5 to 60 MB.
    maxBytes: 512 * 1024 * 1024,
    maxRedirects: 10,
    attempts: 3,
    retryDelayMs: 5_000
};
class DownloadError extends Error {
    retryable;
    httpStatus;
    constructor(message, retryable, httpStatus) {
        super(message);
        this.retryable = retryable;
        this.httpStatus = httpStatus;
        this.name = 'DownloadError';
    }
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
function retryableStatus(status) {
    return status >= 500 || status === 408 || status === 429;
}
function seconds(ms) {
    return `${Math.round(ms / 100) / 10} s`;
}
function mebibytes(bytes) {
    return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Downloads `url` to `dest` (created, never overwritten). Messages name no
 * URL: the caller says which download failed, with its secrets redacted.
 */
async function downloadFile(url, dest, options = {}) {
    const limits = { ...DOWNLOAD_LIMITS, ...options.limits };
    const deadline = Date.now() + limits.deadlineMs;
    for (let attempt = 1;; attempt++) {
        try {
            await downloadOnce(new URL(url), dest, limits, deadline, options.authorization);
            return;
        }
        catch (error) {
            (0,external_node_fs_.rmSync)(dest, { force: true });
            const failure = error instanceof DownloadError
                ? error
                : new DownloadError(error instanceof Error ? error.message : String(error), true);
            const wait = limits.retryDelayMs * 2 ** (attempt - 1);
            if (!failure.retryable || attempt >= limits.attempts || Date.now() + wait >= deadline) {
                if (attempt > 1)
                    failure.message += ` (after ${attempt} attempts)`;
                throw failure;
            }
            options.onRetry?.(`${failure.message}; trying again in ${seconds(wait)} (attempt ${attempt + 1} of ${limits.attempts})`);
            await sleep(wait);
        }
    }
}
async function downloadOnce(start, dest, limits, deadline, authorization) {
    // `https://user:pass@mirror/...`: basic credentials for that origin only.
    const basic = start.username || start.password
        ? {
            origin: start.origin,
            header: `Basic ${Buffer.from(`${decodeURIComponent(start.username)}:${decodeURIComponent(start.password)}`).toString('base64')}`
        }
        : undefined;
    let current = start;
    for (let hops = 0;; hops++) {
        const credentials = [authorization, basic].find((given) => given?.origin === current.origin);
        const exchange = await send(current, credentials?.header, limits, deadline);
        const { response } = exchange;
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (REDIRECTS.has(status) && location) {
            exchange.finish();
            if (hops >= limits.maxRedirects)
                throw new DownloadError(`more than ${limits.maxRedirects} redirects`, false);
            let next;
            try {
                next = new URL(location, current);
            }
            catch {
                throw new DownloadError(`HTTP ${status} redirects to an invalid location`, false, status);
            }
            if (next.protocol !== 'https:' && next.protocol !== 'http:')
                throw new DownloadError(`HTTP ${status} redirects to a ${next.protocol} URL, not followed`, false, status);
            if (current.protocol === 'https:' && next.protocol === 'http:')
                throw new DownloadError(`HTTP ${status} redirects from https to http (${next.origin}), not followed`, false);
            next.username = '';
            next.password = '';
            current = next;
            continue;
        }
        if (status !== 200) {
            exchange.finish();
            throw new DownloadError(`HTTP ${status}`, retryableStatus(status), status);
        }
        await exchange.save(dest);
        return;
    }
}
/** One request, under the deadline and the stall limit from its first byte sent to its last byte read. */
function send(url, authorization, limits, deadline) {
    const left = deadline - Date.now();
    if (left <= 0)
        return Promise.reject(deadlineError(limits));
    const headers = { 'user-agent': 'wasi-probe', accept: 'application/octet-stream' };
    if (authorization)
        headers.authorization = authorization;
    const agent = new lib/* HttpClient */.Qq('wasi-probe').getAgent(url.href);
    const target = {
        protocol: url.protocol,
        hostname: url.hostname,
        port: url.port,
        path: url.pathname + url.search
    };
    const options = { ...target, method: 'GET', headers, agent };
    const req = url.protocol === 'https:' ? (0,external_node_https_.request)(options) : (0,external_node_http_.request)(options);
    // Why the request was cut short, when it was: it beats the "aborted" that the response then reports.
    let cutShort;
    const cut = (reason) => {
        cutShort = reason;
        req.destroy(reason);
    };
    let stall;
    const overall = setTimeout(() => cut(deadlineError(limits)), left);
    const stalled = () => {
        clearTimeout(stall);
        stall = setTimeout(() => cut(new DownloadError(`no data for ${seconds(limits.stallMs)}`, true)), limits.stallMs);
    };
    const done = () => {
        clearTimeout(overall);
        clearTimeout(stall);
    };
    stalled();
    return new Promise((resolve, reject) => {
        req.once('error', (error) => {
            done();
            reject(error);
        });
        req.once('response', (response) => {
            stalled();
            resolve({
                response,
                finish() {
                    done();
                    req.destroy();
                },
                async save(dest) {
                    const declared = Number(response.headers['content-length'] ?? NaN);
                    try {
                        if (declared > limits.maxBytes)
                            throw sizeError(limits);
                        let received = 0;
                        const counter = new external_node_stream_.Transform({
                            transform(chunk, _encoding, callback) {
                                received += chunk.length;
                                if (received > limits.maxBytes)
                                    return callback(sizeError(limits));
                                stalled();
                                callback(null, chunk);
                            }
                        });
                        await (0,promises_.pipeline)(response, counter, (0,external_node_fs_.createWriteStream)(dest, { flags: 'wx', mode: 0o600 }));
                        if (Number.isFinite(declared) && received !== declared)
                            throw new DownloadError(`the connection closed after ${received} of ${declared} bytes`, true);
                    }
                    catch (error) {
                        const cause = cutShort ?? error;
                        throw cause instanceof DownloadError
                            ? cause
                            : new DownloadError(`the connection broke: ${cause instanceof Error ? cause.message : String(cause)}`, true);
                    }
                    finally {
                        done();
                        req.destroy();
                    }
                }
            });
        });
        req.end();
    });
}
function deadlineError(limits) {
    return new DownloadError(`not complete within the time limit of ${seconds(limits.deadlineMs)}`, false);
}
function sizeError(limits) {
    return new DownloadError(`larger than the size limit of ${mebibytes(limits.maxBytes)}`, false);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/provision/tar-check.ts
// Reads a tar stream on its way to `tar -x`, header by header, and lets a
// member through only when it is safe to unpack: a relative path that stays
// inside the folder, a plain file, folder or link, no symlink that points out
// of the folder or that a later member would be written through, and never
// more bytes or members than the limits. Each header is judged before tar sees
// it, so a refused member is never written. What tar itself reads (POSIX
// ustar, GNU long names, pax headers) is read the same way here.


class ArchiveRefused extends Error {
    constructor(message) {
        super(message);
        this.name = 'ArchiveRefused';
    }
}
const BLOCK = 512;
/** A pax header or a GNU long name larger than this is no real archive's. */
const MAX_META_BYTES = 1024 * 1024;
const REGULAR = new Set(['0', '\0', '7']);
const HARD_LINK = '1';
const SYMLINK = '2';
const DIRECTORY = '5';
const PAX = 'x';
const PAX_GLOBAL = 'g';
const GNU_LONG_NAME = 'L';
const GNU_LONG_LINK = 'K';
const TYPE_NAMES = {
    '3': 'a character device',
    '4': 'a block device',
    '6': 'a FIFO',
    S: 'a sparse file',
    V: 'a volume label',
    M: 'a multi-volume part',
    N: 'an old GNU long name'
};
function tar_check_text(block, start, length) {
    const field = block.subarray(start, start + length);
    const end = field.indexOf(0);
    return field.subarray(0, end === -1 ? field.length : end).toString('utf8');
}
/** An octal field, or GNU's base-256 for large numbers (first byte's high bit set). */
function numeric(block, start, length) {
    const field = block.subarray(start, start + length);
    if (field[0] & 0x80) {
        if (field[0] === 0xff)
            return NaN; // negative
        let value = field[0] & 0x7f;
        for (const byte of field.subarray(1))
            value = value * 256 + byte;
        return value;
    }
    const digits = field
        .toString('latin1')
        .replace(/[\0 ]+$/, '')
        .replace(/^ +/, '');
    return /^[0-7]*$/.test(digits) ? parseInt(digits || '0', 8) : NaN;
}
function checksumMatches(block) {
    const stored = numeric(block, 148, 8);
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : block[i];
    return stored === sum;
}
/** `path=...` and the other records of a pax header: `<length> <key>=<value>\n`. */
function paxRecords(data) {
    const records = new Map();
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        const length = space === -1 ? NaN : Number(data.subarray(at, space).toString('latin1'));
        if (!Number.isInteger(length) || length <= 0 || at + length > data.length)
            throw new ArchiveRefused('a pax header is malformed');
        const record = data.subarray(space + 1, at + length - 1).toString('utf8');
        const equals = record.indexOf('=');
        if (equals === -1)
            throw new ArchiveRefused('a pax header is malformed');
        records.set(record.slice(0, equals), record.slice(equals + 1));
        at += length;
    }
    return records;
}
/**
 * The member path as tar writes it (`./a//b/` is `a/b`), or why it would land
 * outside the folder.
 */
function memberPath(name) {
    if (name.includes('\\') || /^[a-z]:/i.test(name))
        throw new ArchiveRefused(`member ${JSON.stringify(name)} has a Windows path`);
    if (name.startsWith('/'))
        throw new ArchiveRefused(`member ${JSON.stringify(name)} has an absolute path`);
    const parts = name.split('/').filter((part) => part !== '' && part !== '.');
    if (parts.includes('..'))
        throw new ArchiveRefused(`member ${JSON.stringify(name)} would land outside the folder (..)`);
    return parts.join('/');
}
class TarCheck extends external_node_stream_.Transform {
    limits;
    buffer = Buffer.alloc(0);
    bytesIn = 0;
    entries = 0;
    /** Bytes of the current member's data (and padding) still to pass through. */
    dataLeft = 0;
    /** A pax header or GNU long name being read: its kind, and the bytes still to come. */
    meta;
    pending = {};
    ended = false;
    files = new Set();
    symlinks = new Set();
    constructor(limits) {
        super();
        this.limits = limits;
    }
    _transform(chunk, _encoding, callback) {
        // Counted after the end-of-archive marker too: trailing data is decompressed all the same.
        this.bytesIn += chunk.length;
        if (this.bytesIn > this.limits.maxBytes)
            return callback(new ArchiveRefused(`it unpacks to more than the limit of ${Math.round(this.limits.maxBytes / 2 ** 20)} MiB`));
        if (this.ended)
            return callback();
        this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
        try {
            this.consume();
            callback();
        }
        catch (error) {
            callback(error);
        }
    }
    _flush(callback) {
        if (!this.ended)
            return callback(new ArchiveRefused('the archive ends before its end-of-archive marker'));
        callback();
    }
    consume() {
        while (this.buffer.length > 0 && !this.ended) {
            if (this.dataLeft > 0) {
                const take = Math.min(this.dataLeft, this.buffer.length);
                this.forward(take);
                this.dataLeft -= take;
                continue;
            }
            if (this.meta) {
                const take = Math.min(this.meta.left, this.buffer.length);
                this.meta.chunks.push(this.buffer.subarray(0, take));
                this.meta.left -= take;
                this.forward(take);
                if (this.meta.left === 0)
                    this.finishMeta();
                continue;
            }
            if (this.buffer.length < BLOCK)
                return;
            this.header(this.buffer.subarray(0, BLOCK));
        }
    }
    forward(length) {
        this.push(this.buffer.subarray(0, length));
        this.buffer = this.buffer.subarray(length);
    }
    header(block) {
        if (block.every((byte) => byte === 0)) {
            // tar stops at the first zero block: so does what it is given.
            this.forward(BLOCK);
            this.push(Buffer.alloc(BLOCK));
            this.ended = true;
            return;
        }
        if (!checksumMatches(block))
            throw new ArchiveRefused('a header is damaged (bad checksum)');
        const type = String.fromCharCode(block[156]);
        let size = numeric(block, 124, 12);
        if (!Number.isSafeInteger(size) || size < 0)
            throw new ArchiveRefused('a header has an unreadable size');
        if (type === PAX || type === PAX_GLOBAL || type === GNU_LONG_NAME || type === GNU_LONG_LINK) {
            if (size > MAX_META_BYTES)
                throw new ArchiveRefused('an extended header is too large');
            this.forward(BLOCK);
            const padded = Math.ceil(size / BLOCK) * BLOCK;
            this.meta = { type, size, left: padded, chunks: [] };
            if (padded === 0)
                this.finishMeta();
            return;
        }
        if (++this.entries > this.limits.maxEntries)
            throw new ArchiveRefused(`it has more than ${this.limits.maxEntries} members`);
        const magic = block.subarray(257, 263).toString('latin1');
        // POSIX ustar keeps a prefix of long names; old GNU archives use that space for other fields.
        const prefix = magic === 'ustar\0' ? tar_check_text(block, 345, 155) : '';
        const rawName = this.pending.path ?? (prefix ? `${prefix}/${tar_check_text(block, 0, 100)}` : tar_check_text(block, 0, 100));
        const linkname = this.pending.linkpath ?? tar_check_text(block, 157, 100);
        if (this.pending.size !== undefined)
            size = this.pending.size;
        this.pending = {};
        const path = memberPath(rawName);
        this.checkType(type, path, rawName, linkname, size);
        for (const link of this.symlinks) {
            if (path === link || path.startsWith(`${link}/`))
                throw new ArchiveRefused(`member ${JSON.stringify(rawName)} would be written through the symlink ${link}`);
        }
        if (type === SYMLINK)
            this.symlinks.add(path);
        else if (REGULAR.has(type) || type === HARD_LINK)
            this.files.add(path);
        this.forward(BLOCK);
        this.dataLeft = Math.ceil(size / BLOCK) * BLOCK;
    }
    checkType(type, path, rawName, linkname, size) {
        const quoted = JSON.stringify(rawName);
        if (REGULAR.has(type))
            return;
        if (type !== DIRECTORY && type !== SYMLINK && type !== HARD_LINK)
            throw new ArchiveRefused(`member ${quoted} is ${TYPE_NAMES[type] ?? `of unknown type ${JSON.stringify(type)}`}`);
        if (size !== 0)
            throw new ArchiveRefused(`member ${quoted} is a link or folder with data`);
        if (type === SYMLINK) {
            if (linkname.startsWith('/') || linkname.includes('\\') || /^[a-z]:/i.test(linkname))
                throw new ArchiveRefused(`symlink ${quoted} points to ${JSON.stringify(linkname)}, outside the folder`);
            const target = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(path), linkname));
            if (target === '..' || target.startsWith('../'))
                throw new ArchiveRefused(`symlink ${quoted} points to ${JSON.stringify(linkname)}, outside the folder`);
        }
        if (type === HARD_LINK && !this.files.has(memberPath(linkname)))
            throw new ArchiveRefused(`hard link ${quoted} is to ${JSON.stringify(linkname)}, no file before it`);
    }
    finishMeta() {
        const meta = this.meta;
        this.meta = undefined;
        const data = Buffer.concat(meta.chunks).subarray(0, meta.size);
        if (meta.type === GNU_LONG_NAME || meta.type === GNU_LONG_LINK) {
            const end = data.indexOf(0);
            const value = data.subarray(0, end === -1 ? data.length : end).toString('utf8');
            if (meta.type === GNU_LONG_NAME)
                this.pending.path = value;
            else
                this.pending.linkpath = value;
            return;
        }
        const records = paxRecords(data);
        for (const key of records.keys()) {
            if (key.startsWith('GNU.sparse'))
                throw new ArchiveRefused('the archive holds a sparse file');
        }
        if (meta.type === PAX_GLOBAL) {
            // A global path or size would apply to every member after it: no real archive has one.
            if (['path', 'linkpath', 'size'].some((key) => records.has(key)))
                throw new ArchiveRefused('a global pax header sets a path or a size');
            return;
        }
        const path = records.get('path');
        const linkpath = records.get('linkpath');
        const size = records.get('size');
        if (path !== undefined)
            this.pending.path = path;
        if (linkpath !== undefined)
            this.pending.linkpath = linkpath;
        if (size !== undefined) {
            if (!/^\d+$/.test(size) || !Number.isSafeInteger(Number(size)))
                throw new ArchiveRefused('a pax header has an unreadable size');
            this.pending.size = Number(size);
        }
    }
}

// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
;// CONCATENATED MODULE: ./src/provision/extract.ts
// Unpacks a release archive into a new folder, refusing what a hostile
// archive could do: write outside the folder, plant a symlink, or unpack to
// more than a limit (a decompression bomb). Tar archives stream through a
// check (tar-check.ts) into the system tar; zip archives are unpacked here.
// Afterwards every symlink left must resolve inside the folder, whatever tar
// made of the archive.











const EXTRACT_LIMITS = {
    // A wasmtime release unpacks to about 60 MB.
    maxBytes: 1024 ** 3,
    maxEntries: 10_000
};
/**
 * Unpacks `file` into `dest` (created; it must not exist). A raw binary is
 * copied there as `executable`.
 */
async function extractArchive(file, format, dest, executable, limits = EXTRACT_LIMITS) {
    (0,external_node_fs_.mkdirSync)(dest);
    switch (format) {
        case 'raw':
            (0,external_node_fs_.copyFileSync)(file, (0,external_node_path_.join)(dest, executable));
            return;
        case 'zip':
            await extractZip(file, dest, limits);
            break;
        case 'tar.gz':
        case 'tar.xz':
            await extractTar(file, format, dest, limits);
            break;
    }
    checkTree(dest);
}
/**
 * How a .tar.xz is decompressed: by `xz` (which `tar -J` needs too), else by a
 * bsdtar (macOS, Windows), which reads xz itself and writes the archive back out uncompressed.
 */
function xzCommand(file) {
    return (0,discover/* findExecutable */.oq)('xz', (0,discover/* pathDirs */.iH)(process.env))
        ? ['xz', ['-dc', '--', file]]
        : ['tar', ['-c', '-f', '-', '--format', 'pax', `@${file}`]];
}
/** The decompressed tar stream: gzip in-process, xz through another process. */
function decompressed(file, format) {
    if (format === 'tar.gz')
        return { streams: [(0,external_node_fs_.createReadStream)(file), (0,external_node_zlib_.createGunzip)()], stop: () => { }, done: Promise.resolve() };
    const [command, args] = xzCommand(file);
    const child = (0,external_node_child_process_.spawn)(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk.toString('utf8')));
    let stopped = false;
    const done = new Promise((resolve, reject) => {
        child.once('error', (error) => reject(new Error(`xz is needed to unpack .tar.xz archives and could not be run: ${error.message}`)));
        child.once('close', (code) => code === 0 || stopped
            ? resolve()
            : reject(new Error(`${command} could not decompress it: ${stderr.trim() || `exit ${code}`}`)));
    });
    const stop = () => {
        stopped = true;
        child.kill('SIGKILL');
    };
    return { streams: [child.stdout], stop, done };
}
async function extractTar(file, format, dest, limits) {
    const source = decompressed(file, format);
    // Owners and modes from the archive are not kept: a root-owned setuid file would be one step from root.
    const tar = (0,external_node_child_process_.spawn)('tar', ['-x', '-f', '-', '-C', dest, '--no-same-owner', '--no-same-permissions'], {
        stdio: ['pipe', 'ignore', 'pipe'],
        env: process.env
    });
    let stderr = '';
    tar.stderr.on('data', (chunk) => (stderr += chunk.toString('utf8')));
    const exited = new Promise((resolve, reject) => {
        tar.once('error', reject);
        tar.once('close', (code) => resolve(code));
    });
    try {
        await Promise.all([
            (0,promises_.pipeline)([...source.streams, new TarCheck(limits), tar.stdin]).catch((error) => {
                // tar may stop reading at the end-of-archive marker: its exit status says whether all went well.
                const code = error.code;
                if (code !== 'EPIPE' && code !== 'ERR_STREAM_PREMATURE_CLOSE')
                    throw error;
            }),
            source.done
        ]);
    }
    catch (error) {
        source.stop();
        tar.kill('SIGKILL');
        await exited.catch(() => undefined);
        throw error;
    }
    const code = await exited;
    if (code !== 0)
        throw new Error(`tar failed: ${stderr.trim().split('\n').slice(-3).join('; ') || `exit ${code}`}`);
}
const inflate = (0,external_node_util_.promisify)(external_node_zlib_.inflateRaw);
/** Unpacks a zip (Windows releases) with zlib: no symlinks, every size checked against the limit. */
async function extractZip(file, dest, limits) {
    const zip = (0,external_node_fs_.readFileSync)(file);
    const entries = zipEntries(zip, limits);
    for (const entry of entries) {
        const target = (0,external_node_path_.join)(dest, ...entry.path.split('/'));
        if (entry.directory) {
            (0,external_node_fs_.mkdirSync)(target, { recursive: true });
            continue;
        }
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
        const local = entry.localOffset;
        if (zip.readUInt32LE(local) !== 0x04034b50)
            throw new ArchiveRefused(`${entry.name}: damaged local header`);
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const data = zip.subarray(start, start + entry.compressedSize);
        if (data.length !== entry.compressedSize)
            throw new ArchiveRefused(`${entry.name}: the archive is cut short`);
        let content;
        if (entry.method === 0)
            content = data;
        else {
            try {
                content = await inflate(data, { maxOutputLength: Math.max(entry.size, 1) });
            }
            catch {
                throw new ArchiveRefused(`${entry.name}: unpacks to more than it says, or is damaged`);
            }
        }
        if (content.length !== entry.size)
            throw new ArchiveRefused(`${entry.name}: unpacks to another size than it says`);
        // 'wx': a name listed twice is refused, not written over.
        await (0,external_node_fs_promises_.writeFile)(target, content, { flag: 'wx', mode: entry.executable ? 0o755 : 0o644 }).catch((error) => {
            throw error.code === 'EEXIST'
                ? new ArchiveRefused(`${entry.name} is in the archive twice`)
                : error;
        });
    }
}
/** The central directory of a zip: every entry checked before anything is written. */
function zipEntries(zip, limits) {
    const tail = Math.max(0, zip.length - 65_557);
    let end = -1;
    for (let at = zip.length - 22; at >= tail; at--) {
        if (zip.readUInt32LE(at) === 0x06054b50) {
            end = at;
            break;
        }
    }
    if (end === -1)
        throw new ArchiveRefused('not a zip archive (no end of central directory)');
    const count = zip.readUInt16LE(end + 10);
    let at = zip.readUInt32LE(end + 16);
    if (count === 0xffff || at === 0xffffffff)
        throw new ArchiveRefused('zip64 archives are not supported');
    if (count > limits.maxEntries)
        throw new ArchiveRefused(`it has more than ${limits.maxEntries} members`);
    const entries = [];
    let total = 0;
    for (let i = 0; i < count; i++) {
        if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50)
            throw new ArchiveRefused('the zip central directory is damaged');
        const madeBy = zip.readUInt16LE(at + 4) >> 8;
        const flags = zip.readUInt16LE(at + 8);
        const method = zip.readUInt16LE(at + 10);
        const compressedSize = zip.readUInt32LE(at + 20);
        const size = zip.readUInt32LE(at + 24);
        const nameLength = zip.readUInt16LE(at + 28);
        const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
        const unixMode = zip.readUInt32LE(at + 38) >>> 16;
        const localOffset = zip.readUInt32LE(at + 42);
        const name = zip.subarray(at + 46, at + 46 + nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1');
        at += 46 + skip;
        const quoted = JSON.stringify(name);
        if (flags & 0x1)
            throw new ArchiveRefused(`member ${quoted} is encrypted`);
        if (method !== 0 && method !== 8)
            throw new ArchiveRefused(`member ${quoted} uses compression method ${method}`);
        if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff)
            throw new ArchiveRefused('zip64 archives are not supported');
        // Unix-made zips keep the file type in the upper half of the external attributes.
        const fileType = madeBy === 3 ? unixMode & 0o170000 : 0;
        if (fileType === 0o120000)
            throw new ArchiveRefused(`member ${quoted} is a symlink`);
        if (fileType !== 0 && fileType !== 0o100000 && fileType !== 0o040000)
            throw new ArchiveRefused(`member ${quoted} is not a file or folder`);
        // Windows tools write backslashes between folders.
        const path = memberPath(name.replace(/\\/g, '/'));
        const directory = name.endsWith('/') || name.endsWith('\\') || fileType === 0o040000;
        if (!directory && path === '')
            throw new ArchiveRefused(`member ${quoted} has no name`);
        total += size;
        if (total > limits.maxBytes)
            throw new ArchiveRefused(`it unpacks to more than the limit of ${Math.round(limits.maxBytes / 2 ** 20)} MiB`);
        entries.push({
            name,
            path,
            directory,
            method,
            compressedSize,
            size,
            localOffset,
            executable: madeBy === 3 && (unixMode & 0o111) !== 0
        });
    }
    return entries;
}
/** Only files, folders and symlinks that resolve inside `root`. */
function checkTree(root) {
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const walk = (dir) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            const path = (0,external_node_path_.join)(dir, entry.name);
            const shown = (0,external_node_path_.relative)(root, path);
            if (entry.isDirectory())
                walk(path);
            else if (entry.isSymbolicLink()) {
                let real;
                try {
                    real = (0,external_node_fs_.realpathSync)(path);
                }
                catch {
                    throw new ArchiveRefused(`symlink ${shown} points nowhere`);
                }
                if (!(0,paths/* isInside */.F)(real, realRoot))
                    throw new ArchiveRefused(`symlink ${shown} points outside the folder`);
            }
            else if (!entry.isFile())
                throw new ArchiveRefused(`${shown} is not a file, folder or symlink`);
        }
    };
    walk(root);
}
/**
 * The binary found in an unpacked release, when it is safe to make executable
 * and run: a regular file, not a symlink, whose real path is inside `root`.
 */
function checkedBinary(root, path) {
    const shown = (0,external_node_path_.relative)(root, path);
    if (!(0,external_node_fs_.lstatSync)(path).isFile())
        throw new ArchiveRefused(`${shown} is a symlink, not the binary itself`);
    if (!(0,paths/* isInside */.F)((0,external_node_fs_.realpathSync)(path), (0,external_node_fs_.realpathSync)(root)))
        throw new ArchiveRefused(`${shown} resolves outside the folder`);
    return path;
}

// EXTERNAL MODULE: ./src/provision/tool-cache.ts
var provision_tool_cache = __webpack_require__(7642);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
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
 * `<hex>  <file>` lines, a `*` before the file name meaning binary mode; or
 * PowerShell's `Get-FileHash | Format-List` (see hashInFormatList).
 */
function hashInChecksumFile(text, name) {
    for (const line of text.split(/\r?\n/)) {
        const match = /^([0-9a-fA-F]{64})\s+\*?(.+?)\s*$/.exec(line.trim());
        if (match && (match[2] === name || match[2].endsWith(`/${name}`)))
            return match[1].toLowerCase();
    }
    return hashInFormatList(text, name);
}
/**
 * PowerShell's `Get-FileHash FILE -Algorithm SHA256 | Format-List`, as Deno
 * publishes it for its Windows assets: one block per file, `Algorithm : SHA256`,
 * `Hash : <HEX>` and `Path : <where it was hashed>` (a long value goes on in
 * the next, indented lines), blocks apart by blank lines. The hash is the one
 * whose path ends in `name`.
 */
function hashInFormatList(text, name) {
    for (const block of text.split(/\r?\n\s*\r?\n/)) {
        const fields = {};
        let last;
        for (const line of block.split(/\r?\n/)) {
            const field = /^(\w+)\s*:\s?(.*)$/.exec(line);
            if (field)
                fields[(last = field[1])] = field[2].trim();
            else if (last && line.trim())
                fields[last] += line.trim();
        }
        const file = fields.Path?.split(/[\\/]/).pop();
        if (fields.Algorithm === 'SHA256' && /^[0-9a-fA-F]{64}$/.test(fields.Hash ?? '') && file === name)
            return fields.Hash.toLowerCase();
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/provision/github.ts + 1 modules
var github = __webpack_require__(9868);
// EXTERNAL MODULE: ./src/runtimes/manifest.ts + 1 modules
var runtimes_manifest = __webpack_require__(8688);
// EXTERNAL MODULE: ./src/runtimes/release.ts
var runtimes_release = __webpack_require__(2808);
;// CONCATENATED MODULE: ./src/provision/install.ts
// Installs one runtime the way a careful user would by hand: pick the release
// and the asset for this platform, download, verify the sha256 before
// anything is unpacked, extract, and keep it in the tool cache.















/** What must not appear in a message or the record: the token, and the password of either URL. */
function secretsOf(settings) {
    return [settings.token, ...(0,redact/* urlSecrets */.Fn)(settings.downloadUrl), ...(0,redact/* urlSecrets */.Fn)(settings.apiUrl)];
}
class StageError extends Error {
    stage;
    constructor(stage, message) {
        super(message);
        this.stage = stage;
    }
}
async function installRuntime(spec, requested, given) {
    const secrets = secretsOf(given);
    const warn = given.warn;
    const settings = { ...given, warn: warn && ((message) => warn((0,redact/* redact */.E$)(message, secrets))) };
    const manifest = settings.manifest ?? runtimes_manifest/* MANIFEST */.e;
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
        const url = assetUrl(settings.downloadUrl, spec.release.repo, resolved.tag, choice.name);
        record.url = (0,redact/* redactUrl */.BO)(url);
        stage = 'download';
        const file = await download(spec.id, url, settings);
        try {
            stage = 'verify';
            const { sha256, verifiedBy } = await verify(spec, resolved, choice, file, settings, manifest);
            record.sha256 = sha256;
            record.verifiedBy = verifiedBy;
            stage = 'extract';
            const located = await extractAndCache(spec, resolved.version, choice, file, settings);
            await settings.cache?.save(spec.id, resolved.version);
            return { kind: 'ready', located: { ...located, source: 'installed' }, record };
        }
        finally {
            (0,external_node_fs_.rmSync)(file, { force: true });
        }
    }
    catch (error) {
        const reason = (0,redact/* redact */.E$)(error instanceof Error ? error.message : String(error), secrets);
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
    const dir = tool_cache/* find */.I6(spec.id, versionSpec, arch);
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
    const { prereleases } = spec.release;
    const releases = (await settings.api.listReleases(repo)).filter((r) => !r.draft && (prereleases || !r.prerelease));
    const candidates = releases
        .map((release) => ({ release, version: semver_default().valid(release.tag_name.slice(tagPrefix.length)) }))
        .filter((c) => {
        if (!c.version || !c.release.tag_name.startsWith(tagPrefix))
            return false;
        return wanted === 'latest' || semver_default().satisfies(c.version, wanted, { includePrerelease: prereleases });
    })
        .sort((a, b) => semver_default().rcompare(a.version, b.version));
    const withAsset = candidates.find((c) => !(0,runtimes_release/* isUnavailable */.Pd)(spec.release.selectAsset(c.version, settings.platform, c.release.assets.map((a) => a.name))));
    if (!withAsset) {
        const which = wanted === 'latest' ? 'no release' : `no release matching ${wanted}`;
        throw new StageError('resolve', `${repo}: ${which} (drafts${prereleases ? '' : ' and prereleases'} left out) has an asset for ${(0,runtimes_release/* platformLabel */.G8)(settings.platform)}` +
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
/** GitHub's own download origin (https://github.com, or the API's on GitHub Enterprise Server). */
function isGitHubOrigin(url, apiUrl) {
    const origin = new URL(url).origin;
    return origin === 'https://github.com' || origin === new URL(apiUrl).origin;
}
/**
 * Downloads `url` to a new file in RUNNER_TEMP; the token goes to GitHub's own origin only. Each
 * retry is a warning naming the runtime `id` it is for, since runtimes install concurrently.
 */
async function download(id, url, settings) {
    const dir = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, `wasi-probe-${(0,external_node_crypto_.randomUUID)()}`);
    const authorization = settings.token && isGitHubOrigin(url, settings.apiUrl)
        ? { origin: new URL(url).origin, header: `Bearer ${settings.token}` }
        : undefined;
    const shown = (0,redact/* redactUrl */.BO)(url);
    try {
        await downloadFile(url, file, {
            authorization,
            limits: settings.downloadLimits,
            onRetry: (message) => settings.warn?.(`${id}: downloading ${shown}: ${message}`)
        });
        return file;
    }
    catch (error) {
        throw new StageError('download', `${shown}: ${error instanceof Error ? error.message : String(error)}`);
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
    const checksumName = spec.release.checksumFile?.(resolved.version, choice.name);
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
    const file = await download(spec.id, url, settings);
    try {
        return hashInChecksumFile((0,external_node_fs_.readFileSync)(file, 'utf8'), assetName);
    }
    finally {
        (0,external_node_fs_.rmSync)(file, { force: true });
    }
}
async function extractAndCache(spec, version, choice, file, settings) {
    const executable = process.platform === 'win32' ? `${spec.binary}.exe` : spec.binary;
    const staged = (0,provision_tool_cache/* stagingDir */.rz)();
    try {
        try {
            await extractArchive(file, choice.format, staged, executable, settings.extractLimits);
        }
        catch (error) {
            throw new StageError('extract', `${choice.name} could not be unpacked: ${error instanceof Error ? error.message : error}`);
        }
        const inside = (0,discover/* findBinaryIn */.UN)(staged, spec.binary);
        if (!inside)
            throw new StageError('extract', `${choice.name} has no ${executable} (looked at the top, in bin/ and one folder down)`);
        try {
            checkedBinary(staged, inside);
        }
        catch (error) {
            throw new StageError('extract', `${choice.name} is refused: ${error instanceof Error ? error.message : error}`);
        }
        if (process.platform !== 'win32')
            (0,external_node_fs_.chmodSync)(inside, 0o755);
        const dir = (0,provision_tool_cache/* moveIntoToolCache */.Ey)(staged, spec.id, version, settings.platform.arch, (there) => {
            const binary = (0,discover/* findBinaryIn */.UN)(there, spec.binary);
            return binary !== undefined && isSafeBinary(there, binary);
        });
        const path = (0,discover/* findBinaryIn */.UN)(dir, spec.binary);
        if (!path)
            throw new StageError('extract', `${dir} has no ${executable} after the install`);
        return (0,discover/* withLibraryDir */.Pe)({ path, source: 'installed' }, spec.release.libDirs);
    }
    finally {
        // Gone when it was moved into place; what is left of a failed install goes here.
        (0,external_node_fs_.rmSync)(staged, { recursive: true, force: true });
    }
}
function isSafeBinary(root, path) {
    try {
        checkedBinary(root, path);
        return true;
    }
    catch {
        return false;
    }
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
