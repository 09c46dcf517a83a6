// The few calls of GitHub's releases API the installer makes. The token goes
// to the API host only, and is never logged.
import { HttpClient } from '@actions/http-client'

export interface ApiAsset {
  name: string
  /** `sha256:<hex>` for assets uploaded since 2025; absent or null before. */
  digest?: string | null
  browser_download_url?: string
}

export interface ApiRelease {
  tag_name: string
  draft: boolean
  prerelease: boolean
  assets: ApiAsset[]
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** At most this many pages of 100 releases are read when resolving a version. */
const MAX_PAGES = 10

export class ReleasesApi {
  private readonly client = new HttpClient('wasi-probe')

  constructor(
    private readonly apiUrl: string,
    private readonly token: string
  ) {}

  private headers(): Record<string, string> {
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28'
    }
    if (this.token) headers.authorization = `Bearer ${this.token}`
    return headers
  }

  private async get(url: string): Promise<{ status: number; body: string; link: string | undefined }> {
    const response = await this.client.get(url, this.headers())
    const body = await response.readBody()
    const status = response.message.statusCode ?? 0
    const link = response.message.headers.link
    return { status, body, link: Array.isArray(link) ? link.join(', ') : link }
  }

  private fail(url: string, status: number, body: string): never {
    let detail = ''
    try {
      detail = (JSON.parse(body) as { message?: string }).message ?? ''
    } catch {
      detail = body.slice(0, 200)
    }
    const hint =
      status === 403 || status === 429
        ? ' (rate limited? pass a token: the unauthenticated API allows 60 requests an hour per IP)'
        : status === 401
          ? ' (the token was refused)'
          : ''
    throw new ApiError(`GET ${url}: HTTP ${status}${detail ? ` ${detail}` : ''}${hint}`, status)
  }

  /** The release with this tag, or undefined when there is none. */
  async releaseByTag(repo: string, tag: string): Promise<ApiRelease | undefined> {
    const url = `${this.apiUrl}/repos/${repo}/releases/tags/${encodeURIComponent(tag)}`
    const { status, body } = await this.get(url)
    if (status === 404) return undefined
    if (status !== 200) this.fail(url, status, body)
    return JSON.parse(body) as ApiRelease
  }

  /** Every release, newest first, page after page (following the Link header). */
  async listReleases(repo: string): Promise<ApiRelease[]> {
    const releases: ApiRelease[] = []
    let url: string | undefined = `${this.apiUrl}/repos/${repo}/releases?per_page=100`
    for (let page = 0; url && page < MAX_PAGES; page++) {
      const { status, body, link } = await this.get(url)
      if (status !== 200) this.fail(url, status, body)
      releases.push(...(JSON.parse(body) as ApiRelease[]))
      url = nextPage(link)
    }
    return releases
  }
}

/** The `rel="next"` URL of a Link header. */
export function nextPage(link: string | undefined): string | undefined {
  for (const part of (link ?? '').split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="next"/.exec(part)
    if (match) return match[1]
  }
  return undefined
}

/** The hex of a `sha256:<hex>` digest, or undefined. */
export function digestHex(digest: string | null | undefined): string | undefined {
  const match = /^sha256:([0-9a-f]{64})$/i.exec(digest ?? '')
  return match ? match[1].toLowerCase() : undefined
}
