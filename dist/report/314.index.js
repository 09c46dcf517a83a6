export const id = 314;
export const ids = [314];
export const modules = {

/***/ 4314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pullRequestNumber: () => (/* binding */ pullRequestNumber),
  upsertComment: () => (/* binding */ upsertComment)
});

// UNUSED EXPORTS: ACTIONS_BOT, COMMENT_LIMIT, commentMarker, fitComment

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 20 modules
var utils = __webpack_require__(5250);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
;// CONCATENATED MODULE: ./src/redact.ts
// Secrets never leave in text we write: a token, or the password of a URL's
// `user:pass@`, is replaced wherever a message, a log line or a result file
// would carry it. The runner's masking (core.setSecret) covers the log only;
// the result file and the summary are ours to keep clean.
const REDACTED = '***';
/** The URL with any `user:pass@` replaced by `***@`; text that is no URL is returned as it is. */
function redactUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return url;
    }
    if (!parsed.username && !parsed.password)
        return url;
    parsed.username = '';
    parsed.password = '';
    return parsed.href.replace('//', `//${REDACTED}@`);
}
/** The secrets a URL holds: its password, as written and decoded. */
function urlSecrets(url) {
    let parsed;
    try {
        parsed = new URL((url ?? '').trim());
    }
    catch {
        return [];
    }
    if (!parsed.password)
        return [];
    return withDecoded(parsed.password);
}
function withDecoded(value) {
    try {
        const decoded = decodeURIComponent(value);
        return decoded === value ? [value] : [value, decoded];
    }
    catch {
        return [value];
    }
}
/**
 * `text` with every secret replaced by `***`, and every `scheme://user:pass@`
 * reduced to `scheme://***@` (a URL a server echoed back holds one too).
 */
function redact(text, secrets) {
    let clean = text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s]*@/gi, `$1${REDACTED}@`);
    // Longest first: a secret that contains another is replaced whole.
    for (const secret of [...new Set(secrets)].filter(Boolean).sort((a, b) => b.length - a.length))
        clean = clean.split(secret).join(REDACTED);
    return clean;
}

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
    return new ApiError(redact(`${method} ${url}: ${status ? `HTTP ${status}` : 'no answer'}${message ? ` ${message}` : ''}${hint(status, isRateLimited(error))}`, secrets), status);
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

// EXTERNAL MODULE: ./src/publish/merge/merged-report.ts
var merged_report = __webpack_require__(977);
;// CONCATENATED MODULE: ./src/publish/merge/comment.ts
// The sticky pull-request comment of the report sub-action: one comment per comment-id, found again by
// a hidden marker and by its author, updated in place on later runs, through Octokit. The token goes to
// the API host only, in the Authorization header, and never into a message.




/** GitHub's limit on an issue comment's body, in characters. */
const COMMENT_LIMIT = 65_536;
/** Who writes comments with a workflow's GITHUB_TOKEN (an installation token, which GET /user refuses). */
const ACTIONS_BOT = 'github-actions[bot]';
const CUT_NOTE = "_✂️ The rest of this report was cut to fit GitHub's limit of 65,536 characters for a comment: " +
    "the full report is in this workflow run's step summary and in its result files._";
/** At most this many pages of 100 comments are read looking for the marker. */
const MAX_PAGES = 300;
/**
 * The hidden first line identifying one report's comment. Characters that could end or break the HTML
 * comment (`>`, `--`, line breaks, ...) are percent-encoded, so distinct ids keep distinct markers.
 */
function commentMarker(commentId) {
    const id = commentId
        .trim()
        .replace(/[^\w.:/@+-]|-(?=-)/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
    return `<!-- wasi-probe:report:${id || 'default'} -->`;
}
/** Closing lines for the code fences and `<details>` blocks left open at the end of `text`. */
function closers(text) {
    let fence;
    let details = 0;
    for (const line of text.split('\n')) {
        const match = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
        if (match) {
            if (fence === undefined)
                fence = match[1];
            else if (match[1][0] === fence[0] && match[1].length >= fence.length)
                fence = undefined;
            continue;
        }
        if (fence !== undefined)
            continue;
        details += (line.match(/<details[\s>]/gi) ?? []).length;
        details -= (line.match(/<\/details\s*>/gi) ?? []).length;
        if (details < 0)
            details = 0;
    }
    const lines = [];
    if (fence !== undefined)
        lines.push(fence);
    for (let i = 0; i < details; i++)
        lines.push('</details>');
    return lines;
}
/** At most `budget` characters of `text`, cut at the last line break that fits (mid-line only if none does). */
function cutAtLine(text, budget) {
    if (text.length <= budget)
        return text;
    if (budget <= 0)
        return '';
    const newline = text.lastIndexOf('\n', budget);
    if (newline > 0)
        return text.slice(0, newline);
    let end = budget;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--; // do not split a surrogate pair
    return text.slice(0, end);
}
/**
 * Keeps the body within COMMENT_LIMIT characters (marker included): when too long, cut at the line
 * `<!-- wasi-probe:details -->` if the body has it (everything before it is the main table and stays
 * whenever it fits at all), else at a line boundary; open code fences and `<details>` are closed, and a
 * line says the rest was cut and where to find it (the step summary, the result files).
 */
function fitComment(marker, body) {
    const full = `${marker}\n${body}`;
    if (full.length <= COMMENT_LIMIT)
        return { text: full, truncated: false };
    const lines = body.split('\n');
    const at = lines.findIndex((line) => line.trim() === merged_report/* DETAILS_MARKER */.yE);
    const source = at >= 0 ? lines.slice(0, at).join('\n') : body;
    const compose = (kept) => {
        const head = kept.replace(/\s+$/, '');
        return [marker, ...(head ? [head, ...closers(head)] : []), '', CUT_NOTE].join('\n');
    };
    let budget = COMMENT_LIMIT - marker.length - CUT_NOTE.length - 3;
    let text = compose(cutAtLine(source, budget));
    // Closing fences and <details> take room too: cut further until everything fits.
    while (text.length > COMMENT_LIMIT && budget > 0) {
        budget -= text.length - COMMENT_LIMIT;
        text = compose(cutAtLine(source, budget));
    }
    if (text.length > COMMENT_LIMIT)
        text = text.slice(0, COMMENT_LIMIT); // only for an absurdly long marker
    return { text, truncated: true };
}
function workflowRunAdvice(request, detail) {
    return (`wasi-probe: no permission to comment on pull request #${request.issueNumber} of ${request.repository}` +
        ` (${detail}). A pull request from a fork gets a read-only GITHUB_TOKEN whatever the workflow's` +
        ' permissions say. To comment anyway, upload the result files as an artifact in this workflow, and run' +
        ' the report sub-action in a second workflow triggered by `workflow_run` (which runs in the base' +
        ' repository with a token that can write), giving it `permissions: pull-requests: write`.' +
        ' The report is still in the step summary.');
}
/**
 * Posts or updates the one comment of this comment-id on the pull request: the first comment containing
 * the marker and written by the token's own user (GET /user; `github-actions[bot]` for an installation
 * token, which GET /user answers with 403) is updated, else a new one is created. A marker comment by
 * someone else is never touched. No permission (403, or 404 on the POST) gives `skipped` with advice;
 * other failures throw an ApiError with the status and GitHub's message, never the token.
 */
async function upsertComment(request) {
    const { apiUrl, token, repository, issueNumber } = request;
    const [owner, name, ...extra] = repository.split('/');
    if (!owner || !name || extra.length > 0) {
        throw new Error(`wasi-probe: the repository must be 'owner/name', not '${repository}'`);
    }
    if (!Number.isSafeInteger(issueNumber) || issueNumber < 1) {
        throw new Error(`wasi-probe: not a pull request number: ${issueNumber}`);
    }
    if (!token) {
        return { action: 'skipped', reason: 'wasi-probe: no token to comment on the pull request with' };
    }
    const base = apiUrl.replace(/\/+$/, '');
    const repo = `${base}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}`;
    const client = gitHubClient(base, token);
    const hidden = (text) => redact(text, [token]);
    const where = { owner, repo: name };
    function fail(method, url, error) {
        throw apiError(method, url, error, (status, rateLimited) => rateLimited ? ' (rate limited: try again later)' : status === 401 ? ' (the token was refused)' : '', [token]);
    }
    /** `skipped` for a refusal to let this token read or write the comments (not for a rate limit). */
    function denied(error, also404 = false) {
        const { status, message } = statusOf(error);
        if (isRateLimited(error))
            return undefined;
        if (status !== 403 && !(also404 && status === 404))
            return undefined;
        return {
            action: 'skipped',
            reason: workflowRunAdvice(request, hidden(`HTTP ${status}${message ? `: ${message}` : ''}`))
        };
    }
    // Whose comments are ours.
    let author;
    try {
        author = (await client.rest.users.getAuthenticated()).data.login;
    }
    catch (error) {
        if (statusOf(error).status === 403 && !isRateLimited(error))
            author = ACTIONS_BOT;
        else
            fail('GET', `${base}/user`, error);
    }
    // Our earlier comment with this marker, page after page.
    const marker = commentMarker(request.commentId);
    const { text, truncated } = fitComment(marker, request.body);
    const listUrl = `${repo}/issues/${issueNumber}/comments?per_page=100`;
    let existing;
    try {
        let pages = 0;
        for await (const { data } of client.paginate.iterator(client.rest.issues.listComments, {
            ...where,
            issue_number: issueNumber,
            per_page: 100
        })) {
            existing = data.find((comment) => (comment.body ?? '').includes(marker) && comment.user?.login?.toLowerCase() === author.toLowerCase());
            if (existing || ++pages >= MAX_PAGES)
                break;
        }
    }
    catch (error) {
        return denied(error) ?? fail('GET', listUrl, error);
    }
    if (existing) {
        try {
            const { data } = await client.rest.issues.updateComment({
                ...where,
                comment_id: existing.id,
                body: text
            });
            return { action: 'updated', id: data.id, url: data.html_url, truncated };
        }
        catch (error) {
            // 404: deleted since it was listed; create a new one below.
            if (statusOf(error).status !== 404)
                return denied(error) ?? fail('PATCH', `${repo}/issues/comments/${existing.id}`, error);
        }
    }
    try {
        const { data } = await client.rest.issues.createComment({
            ...where,
            issue_number: issueNumber,
            body: text
        });
        return { action: 'created', id: data.id, url: data.html_url, truncated };
    }
    catch (error) {
        return denied(error, true) ?? fail('POST', `${repo}/issues/${issueNumber}/comments`, error);
    }
}
/**
 * The pull request number of the event that started the workflow (GITHUB_EVENT_PATH): `pull_request.number`
 * (pull_request, pull_request_target, pull_request_review, ...), or `issue.number` of an issue_comment on a
 * pull request; undefined for other events and for a missing or unreadable file.
 */
function pullRequestNumber(eventPath) {
    if (!eventPath)
        return undefined;
    let event;
    try {
        event = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
    }
    catch {
        return undefined;
    }
    if (typeof event !== 'object' || event === null)
        return undefined;
    const { pull_request: pullRequest, issue } = event;
    const valid = (n) => (typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined);
    if (pullRequest && typeof pullRequest === 'object')
        return valid(pullRequest.number);
    if (issue && typeof issue === 'object' && issue.pull_request)
        return valid(issue.number);
    return undefined;
}


/***/ })

};
