export const id = 868;
export const ids = [868];
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


/***/ })

};
