export const id = 276;
export const ids = [276];
export const modules = {

/***/ 8276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ApiError: () => (/* binding */ ApiError),
/* harmony export */   ReleasesApi: () => (/* binding */ ReleasesApi),
/* harmony export */   digestHex: () => (/* binding */ digestHex),
/* harmony export */   nextPage: () => (/* binding */ nextPage)
/* harmony export */ });
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4942);
// The few calls of GitHub's releases API the installer makes. The token goes
// to the API host only, and is never logged.

class ApiError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'ApiError';
    }
}
/** At most this many pages of 100 releases are read when resolving a version. */
const MAX_PAGES = 10;
class ReleasesApi {
    apiUrl;
    token;
    client = new _actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq('wasi-probe');
    constructor(apiUrl, token) {
        this.apiUrl = apiUrl;
        this.token = token;
    }
    headers() {
        const headers = {
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28'
        };
        if (this.token)
            headers.authorization = `Bearer ${this.token}`;
        return headers;
    }
    async get(url) {
        const response = await this.client.get(url, this.headers());
        const body = await response.readBody();
        const status = response.message.statusCode ?? 0;
        const link = response.message.headers.link;
        return { status, body, link: Array.isArray(link) ? link.join(', ') : link };
    }
    fail(url, status, body) {
        let detail = '';
        try {
            detail = JSON.parse(body).message ?? '';
        }
        catch {
            detail = body.slice(0, 200);
        }
        const hint = status === 403 || status === 429
            ? ' (rate limited? pass a token: the unauthenticated API allows 60 requests an hour per IP)'
            : status === 401
                ? ' (the token was refused)'
                : '';
        throw new ApiError(`GET ${url}: HTTP ${status}${detail ? ` ${detail}` : ''}${hint}`, status);
    }
    /** The release with this tag, or undefined when there is none. */
    async releaseByTag(repo, tag) {
        const url = `${this.apiUrl}/repos/${repo}/releases/tags/${encodeURIComponent(tag)}`;
        const { status, body } = await this.get(url);
        if (status === 404)
            return undefined;
        if (status !== 200)
            this.fail(url, status, body);
        return JSON.parse(body);
    }
    /** Every release, newest first, page after page (following the Link header). */
    async listReleases(repo) {
        const releases = [];
        let url = `${this.apiUrl}/repos/${repo}/releases?per_page=100`;
        for (let page = 0; url && page < MAX_PAGES; page++) {
            const { status, body, link } = await this.get(url);
            if (status !== 200)
                this.fail(url, status, body);
            releases.push(...JSON.parse(body));
            url = nextPage(link);
        }
        return releases;
    }
}
/** The `rel="next"` URL of a Link header. */
function nextPage(link) {
    for (const part of (link ?? '').split(',')) {
        const match = /<([^>]+)>\s*;\s*rel="next"/.exec(part);
        if (match)
            return match[1];
    }
    return undefined;
}
/** The hex of a `sha256:<hex>` digest, or undefined. */
function digestHex(digest) {
    const match = /^sha256:([0-9a-f]{64})$/i.exec(digest ?? '');
    return match ? match[1].toLowerCase() : undefined;
}


/***/ })

};
