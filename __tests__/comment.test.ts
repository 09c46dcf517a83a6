// The sticky pull-request comment, against a loopback imitation of GitHub's REST API.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  COMMENT_LIMIT,
  commentMarker,
  fitComment,
  pullRequestNumber,
  upsertComment,
  type CommentRequest
} from '../src/publish/merge/comment.js'
import { startGitHubServer, type GitHubServer, type GitHubServerOptions } from './helpers/github-server.js'

const TOKEN = 'ghs_s3cretT0kenValue0123456789'
const REPO = 'octo/repo'
const PR = 7
const DETAILS = '<!-- wasi-probe:details -->'

let server: GitHubServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

async function start(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  server = await startGitHubServer({ token: TOKEN, repository: REPO, ...options })
  return server
}

function request(fields: Partial<CommentRequest> = {}): CommentRequest {
  return {
    apiUrl: server!.url,
    token: TOKEN,
    repository: REPO,
    issueNumber: PR,
    commentId: 'main',
    body: '## wasi-probe\n\n| runtime | status |\n| --- | --- |\n| wasmtime | pass |',
    ...fields
  }
}

const onPr = (s: GitHubServer) => s.comments.filter((c) => c.issue === PR)

describe('upsertComment', () => {
  test('creates the comment when there is none, the marker as its first line', async () => {
    const s = await start()
    const outcome = await upsertComment(request())
    expect(outcome).toMatchObject({ action: 'created', truncated: false })
    expect(onPr(s)).toHaveLength(1)
    const [comment] = onPr(s)
    expect(outcome).toEqual({
      action: 'created',
      id: comment.id,
      url: `https://github.com/${REPO}/pull/${PR}#issuecomment-${comment.id}`,
      truncated: false
    })
    expect(comment.author).toBe('octocat')
    expect(comment.body.split('\n')[0]).toBe('<!-- wasi-probe:report:main -->')
    expect(comment.body).toBe(`<!-- wasi-probe:report:main -->\n${request().body}`)
    expect(s.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /user',
      `GET /repos/${REPO}/issues/${PR}/comments?per_page=100`,
      `POST /repos/${REPO}/issues/${PR}/comments`
    ])
  })

  test('updates the marker comment of the same author: the body changes, no new comment', async () => {
    const s = await start({
      comments: [
        { issue: PR, author: 'someone', body: 'looks good' },
        { issue: PR, author: 'octocat', body: `${commentMarker('main')}\nold report` },
        { issue: PR, author: 'someone', body: 'another remark' }
      ]
    })
    const before = s.comments.map((c) => ({ ...c }))
    const outcome = await upsertComment(request({ body: 'new report' }))
    expect(outcome).toEqual({
      action: 'updated',
      id: before[1].id,
      url: `https://github.com/${REPO}/pull/${PR}#issuecomment-${before[1].id}`,
      truncated: false
    })
    expect(s.comments).toHaveLength(3)
    expect(s.comments[1].body).toBe(`${commentMarker('main')}\nnew report`)
    expect(s.comments[0]).toEqual(before[0])
    expect(s.comments[2]).toEqual(before[2])
    expect(s.requests.filter((r) => r.method === 'POST')).toEqual([])
    expect(s.requests.at(-1)).toMatchObject({
      method: 'PATCH',
      path: `/repos/${REPO}/issues/comments/${before[1].id}`
    })
  })

  test('never touches a marker comment by someone else: creates its own', async () => {
    const foreign = `${commentMarker('main')}\nquoted by a reviewer`
    const s = await start({ comments: [{ issue: PR, author: 'mallory', body: foreign }] })
    const outcome = await upsertComment(request())
    expect(outcome.action).toBe('created')
    expect(onPr(s)).toHaveLength(2)
    expect(onPr(s)[0]).toMatchObject({ author: 'mallory', body: foreign })
    expect(onPr(s)[0].updatedAt).toBe(onPr(s)[0].createdAt)
    expect(onPr(s)[1]).toMatchObject({ author: 'octocat' })
    expect(s.requests.some((r) => r.method === 'PATCH')).toBe(false)
  })

  test('finds the marker comment on page 2 of 150 comments (pagination past 100)', async () => {
    const comments = Array.from({ length: 150 }, (_, i) => ({
      issue: PR,
      author: 'someone',
      body: `remark ${i}`
    }))
    comments[120] = { issue: PR, author: 'octocat', body: `${commentMarker('main')}\nold report` }
    const s = await start({ comments })
    const id = s.comments[120].id
    const outcome = await upsertComment(request({ body: 'new report' }))
    expect(outcome).toMatchObject({ action: 'updated', id })
    expect(s.comments).toHaveLength(150)
    expect(s.comments[120].body).toBe(`${commentMarker('main')}\nnew report`)
    const lists = s.requests.filter((r) => r.method === 'GET' && r.path.includes('/comments'))
    expect(lists.map((r) => r.path)).toEqual([
      `/repos/${REPO}/issues/${PR}/comments?per_page=100`,
      `/repos/${REPO}/issues/${PR}/comments?per_page=100&page=2`
    ])
  })

  test('reads every page when the comment is not there, then creates it', async () => {
    const comments = Array.from({ length: 250 }, (_, i) => ({
      issue: PR,
      author: 'octocat',
      body: `note ${i}`
    }))
    const s = await start({ comments })
    expect((await upsertComment(request())).action).toBe('created')
    expect(s.requests.filter((r) => r.method === 'GET' && r.path.includes('/comments'))).toHaveLength(3)
    expect(onPr(s)).toHaveLength(251)
  })

  test('an installation token (GET /user is 403) owns the comments of github-actions[bot]', async () => {
    const s = await start({
      user: null,
      comments: [
        { issue: PR, author: 'octocat', body: `${commentMarker('main')}\nsomeone's copy` },
        { issue: PR, author: 'github-actions[bot]', body: `${commentMarker('main')}\nold report` }
      ]
    })
    const outcome = await upsertComment(request({ body: 'new report' }))
    expect(outcome).toMatchObject({ action: 'updated', id: s.comments[1].id })
    expect(s.comments[1].body).toBe(`${commentMarker('main')}\nnew report`)
    expect(s.comments[0].body).toBe(`${commentMarker('main')}\nsomeone's copy`)
    expect(s.comments).toHaveLength(2)
  })

  test('an installation token with no comment yet creates one as github-actions[bot]', async () => {
    const s = await start({ user: null })
    expect((await upsertComment(request())).action).toBe('created')
    expect(onPr(s)[0].author).toBe('github-actions[bot]')
  })

  test("403 on write (a fork's read-only token): skipped with the workflow_run advice, no throw", async () => {
    const s = await start({ user: null, readOnly: true })
    const outcome = await upsertComment(request())
    expect(outcome.action).toBe('skipped')
    if (outcome.action !== 'skipped') throw new Error('unreachable')
    expect(outcome.reason).toContain('workflow_run')
    expect(outcome.reason).toContain('403')
    expect(outcome.reason).toContain('Resource not accessible by integration')
    expect(outcome.reason).toContain('#7')
    expect(outcome.reason).not.toContain(TOKEN)
    expect(s.comments).toEqual([])
  })

  test('403 on the update of an existing comment is skipped too', async () => {
    const s = await start({
      readOnly: true,
      comments: [{ issue: PR, author: 'octocat', body: `${commentMarker('main')}\nold report` }]
    })
    const outcome = await upsertComment(request({ body: 'new report' }))
    expect(outcome).toMatchObject({ action: 'skipped', reason: expect.stringContaining('workflow_run') })
    expect(s.comments[0].body).toBe(`${commentMarker('main')}\nold report`)
  })

  test('404 on the POST (a token without access) is skipped with the advice', async () => {
    const s = await start({ readOnly: 404 })
    const outcome = await upsertComment(request())
    expect(outcome).toMatchObject({ action: 'skipped', reason: expect.stringContaining('workflow_run') })
    expect(s.comments).toEqual([])
  })

  test('a rate-limit 403 is an error, not a permission problem', async () => {
    await start({
      faults: [{ method: 'POST', path: /comments$/, status: 403, message: 'API rate limit exceeded' }]
    })
    await expect(upsertComment(request())).rejects.toThrow(/HTTP 403 API rate limit exceeded \(rate limited/)
  })

  test('a body over the limit: at most 65,536 characters, the main table kept, says it was cut', async () => {
    const s = await start()
    const main = [
      '## wasi-probe: linux x64',
      '',
      '| runtime | status |',
      '| --- | --- |',
      ...Array.from({ length: 200 }, (_, i) => `| runtime-${i} | pass |`)
    ].join('\n')
    const details = Array.from(
      { length: 400 },
      (_, i) =>
        `<details><summary>runtime-${i}</summary>\n\n\`\`\`\n${'x'.repeat(300)}\n\`\`\`\n\n</details>\n`
    ).join('\n')
    const body = `${main}\n\n${DETAILS}\n\n${details}`
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT)
    const outcome = await upsertComment(request({ body }))
    expect(outcome).toMatchObject({ action: 'created', truncated: true })
    const posted = onPr(s)[0].body
    expect(posted.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(posted.startsWith(`${commentMarker('main')}\n${main}\n`)).toBe(true)
    expect(posted).not.toContain(DETAILS)
    expect(posted).toMatch(/cut/)
    expect(posted).toMatch(/step summary/)
    expect(posted).toMatch(/result files/)
  })

  test('two comment-ids on one pull request give two comments, each updated in place', async () => {
    const s = await start()
    const linux = await upsertComment(request({ commentId: 'linux', body: 'linux report' }))
    const macos = await upsertComment(request({ commentId: 'macos', body: 'macos report' }))
    expect(linux.action).toBe('created')
    expect(macos.action).toBe('created')
    expect(onPr(s).map((c) => c.body)).toEqual([
      '<!-- wasi-probe:report:linux -->\nlinux report',
      '<!-- wasi-probe:report:macos -->\nmacos report'
    ])
    const again = await upsertComment(request({ commentId: 'macos', body: 'macos report 2' }))
    expect(again).toMatchObject({ action: 'updated', id: onPr(s)[1].id })
    expect(onPr(s).map((c) => c.body)).toEqual([
      '<!-- wasi-probe:report:linux -->\nlinux report',
      '<!-- wasi-probe:report:macos -->\nmacos report 2'
    ])
  })

  test('comments on another pull request are not considered', async () => {
    const s = await start({
      comments: [{ issue: PR + 1, author: 'octocat', body: `${commentMarker('main')}\nother PR` }]
    })
    expect((await upsertComment(request())).action).toBe('created')
    expect(s.comments.map((c) => c.issue)).toEqual([PR + 1, PR])
    expect(s.comments[0].body).toBe(`${commentMarker('main')}\nother PR`)
  })

  test('works under a GitHub Enterprise Server base path (/api/v3)', async () => {
    const s = await start({ basePath: '/api/v3' })
    expect(s.url).toMatch(/\/api\/v3$/)
    expect((await upsertComment(request())).action).toBe('created')
    expect((await upsertComment(request({ body: 'again' }))).action).toBe('updated')
    expect(s.requests.every((r) => r.path.startsWith('/api/v3/'))).toBe(true)
  })

  test('the token is only ever sent in the Authorization header', async () => {
    const s = await start({
      comments: [
        ...Array.from({ length: 120 }, (_, i) => ({ issue: PR, author: 'x', body: `remark ${i}` })),
        { issue: PR, author: 'octocat', body: `${commentMarker('main')}\nold` }
      ]
    })
    await upsertComment(request({ commentId: 'main' }))
    await upsertComment(request({ commentId: 'other' }))
    expect(s.requests.length).toBeGreaterThanOrEqual(8)
    expect(new Set(s.requests.map((r) => r.method))).toEqual(new Set(['GET', 'POST', 'PATCH']))
    for (const r of s.requests) {
      expect(r.authorization).toBe(`token ${TOKEN}`)
      expect(r.path).not.toContain(TOKEN)
      expect(r.body ?? '').not.toContain(TOKEN)
    }
    for (const c of s.comments) expect(c.body).not.toContain(TOKEN)
  })

  test("an error names the status and GitHub's message, never the token", async () => {
    await start({
      faults: [
        { method: 'POST', path: /comments$/, status: 500, message: `server trouble (echoing ${TOKEN})` }
      ]
    })
    const error = await upsertComment(request()).then(
      () => undefined,
      (e: unknown) => e as Error
    )
    expect(error).toBeInstanceOf(Error)
    expect(error!.message).toContain('HTTP 500')
    expect(error!.message).toContain('server trouble')
    expect(error!.message).toContain(`/repos/${REPO}/issues/${PR}/comments`)
    expect(error!.message).not.toContain(TOKEN)
  })

  test('a refused token is an error (401), without the token', async () => {
    await start({ token: 'another-token' })
    const error = await upsertComment(request()).then(
      () => undefined,
      (e: unknown) => e as Error
    )
    expect(error?.message).toMatch(/HTTP 401 Bad credentials \(the token was refused\)/)
    expect(error!.message).not.toContain(TOKEN)
  })

  test('an unreachable API is an error naming the URL, without the token', async () => {
    const s = await start()
    const apiUrl = s.url
    await s.close()
    const error = await upsertComment(request({ apiUrl })).then(
      () => undefined,
      (e: unknown) => e as Error
    )
    expect(error?.message).toContain(`GET ${apiUrl}/user`)
    expect(error!.message).not.toContain(TOKEN)
  })
})

describe('fitComment', () => {
  const marker = commentMarker('main')

  test('a body that fits is kept whole, the marker first', () => {
    expect(fitComment(marker, 'hello\nworld')).toEqual({ text: `${marker}\nhello\nworld`, truncated: false })
    const exact = 'y'.repeat(COMMENT_LIMIT - marker.length - 1)
    expect(fitComment(marker, exact)).toEqual({ text: `${marker}\n${exact}`, truncated: false })
    expect(fitComment(marker, exact + 'y').truncated).toBe(true)
  })

  test('cuts at the details line: everything before it stays, nothing after it', () => {
    const main = '| a | b |\n| --- | --- |\n| 1 | 2 |'
    const { text, truncated } = fitComment(marker, `${main}\n${DETAILS}\n${'d'.repeat(70_000)}`)
    expect(truncated).toBe(true)
    expect(text.startsWith(`${marker}\n${main}\n`)).toBe(true)
    expect(text).not.toContain('ddd')
    expect(text).not.toContain(DETAILS)
    expect(text).toMatch(/cut/)
  })

  test('without a details line, cuts at a line boundary', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `line ${i} ${'z'.repeat(20)}`)
    const { text, truncated } = fitComment(marker, lines.join('\n'))
    expect(truncated).toBe(true)
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    const kept = text.split('\n').slice(1)
    const last = kept.findIndex((line) => !line.startsWith('line '))
    expect(last).toBeGreaterThan(1000)
    expect(kept.slice(0, last)).toEqual(lines.slice(0, last))
    expect(text).toMatch(/cut/)
  })

  test('closes a code fence and <details> left open by the cut', () => {
    const body = `## head\n\n<details><summary>log</summary>\n\n\`\`\`\n${'log line\n'.repeat(10_000)}\`\`\`\n\n</details>`
    const { text } = fitComment(marker, body)
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    const lines = text.split('\n')
    expect(lines.at(-5)).toBe('log line')
    expect(lines.slice(-4, -1)).toEqual(['```', '</details>', ''])
    expect(lines.at(-1)).toMatch(/cut/)
  })

  test('one line longer than the limit is cut inside it, still within the limit', () => {
    const { text, truncated } = fitComment(marker, 'q'.repeat(100_000))
    expect(truncated).toBe(true)
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(text).toMatch(/^<!-- wasi-probe:report:main -->\nq+\n\n.*cut/)
  })

  test('a main table too long for the limit is still cut to fit', () => {
    const main = Array.from({ length: 4000 }, (_, i) => `| r${i} | ${'p'.repeat(20)} |`).join('\n')
    const { text } = fitComment(marker, `${main}\n${DETAILS}\nmore`)
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(text).not.toContain('more')
    expect(text).toMatch(/cut/)
  })
})

describe('commentMarker', () => {
  test('is an HTML comment naming the comment-id', () => {
    expect(commentMarker('main')).toBe('<!-- wasi-probe:report:main -->')
    expect(commentMarker('linux-x64/node@22')).toBe('<!-- wasi-probe:report:linux-x64/node@22 -->')
  })

  test('ids that could break the comment are encoded, and stay distinct', () => {
    const odd = commentMarker('a --> b\nc')
    expect(odd).toMatch(/^<!-- wasi-probe:report:[^\s>]+ -->$/)
    expect(odd.slice(4, -3)).not.toContain('--')
    expect(commentMarker('a b')).not.toBe(commentMarker('a%20b'))
  })
})

describe('pullRequestNumber', () => {
  let dir: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wasi-probe-event-'))
  })

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  async function event(name: string, value: unknown): Promise<string> {
    const path = join(dir, `${name}.json`)
    await writeFile(path, typeof value === 'string' ? value : JSON.stringify(value))
    return path
  }

  test('pull_request: pull_request.number', async () => {
    const path = await event('pull_request', {
      action: 'synchronize',
      number: 12,
      pull_request: { number: 12 }
    })
    expect(pullRequestNumber(path)).toBe(12)
  })

  test('issue_comment on a pull request: issue.number', async () => {
    const path = await event('issue_comment_pr', {
      action: 'created',
      issue: { number: 34, pull_request: { url: 'https://api.github.com/repos/octo/repo/pulls/34' } },
      comment: { id: 1 }
    })
    expect(pullRequestNumber(path)).toBe(34)
  })

  test('issue_comment on a plain issue: undefined', async () => {
    const path = await event('issue_comment_issue', { action: 'created', issue: { number: 35 } })
    expect(pullRequestNumber(path)).toBeUndefined()
  })

  test('push: undefined', async () => {
    const path = await event('push', { ref: 'refs/heads/main', after: 'abc', commits: [] })
    expect(pullRequestNumber(path)).toBeUndefined()
  })

  test('a missing, unreadable or unset event file: undefined', async () => {
    expect(pullRequestNumber(join(dir, 'missing.json'))).toBeUndefined()
    expect(pullRequestNumber(await event('garbage', '{not json'))).toBeUndefined()
    expect(pullRequestNumber(await event('null', 'null'))).toBeUndefined()
    expect(pullRequestNumber(dir)).toBeUndefined()
    expect(pullRequestNumber(undefined)).toBeUndefined()
    expect(pullRequestNumber('')).toBeUndefined()
  })
})
