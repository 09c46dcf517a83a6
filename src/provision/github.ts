// The few calls of GitHub's releases API the installer makes, through Octokit.
// The token goes to the API host only, and is never logged.
import { apiError, type GitHubClient, gitHubClient, statusOf } from '../github/client.js'
import { urlSecrets } from '../redact.js'

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

/** At most this many pages of 100 releases are read when resolving a version. */
const MAX_PAGES = 10

export class ReleasesApi {
  private readonly client: GitHubClient
  private readonly secrets: string[]

  constructor(
    private readonly apiUrl: string,
    token: string
  ) {
    this.client = gitHubClient(apiUrl, token)
    this.secrets = [token, ...urlSecrets(apiUrl)]
  }

  private fail(url: string, error: unknown): never {
    throw apiError(
      'GET',
      url,
      error,
      (status, rateLimited) =>
        rateLimited || status === 403
          ? ' (rate limited? pass a token: the unauthenticated API allows 60 requests an hour per IP)'
          : status === 401
            ? ' (the token was refused)'
            : '',
      this.secrets
    )
  }

  private ownerAndName(repo: string): { owner: string; repo: string } {
    const [owner, name] = repo.split('/')
    return { owner, repo: name }
  }

  /** The release with this tag, or undefined when there is none. */
  async releaseByTag(repo: string, tag: string): Promise<ApiRelease | undefined> {
    try {
      const { data } = await this.client.rest.repos.getReleaseByTag({ ...this.ownerAndName(repo), tag })
      return data as ApiRelease
    } catch (error) {
      if (statusOf(error).status === 404) return undefined
      this.fail(`${this.apiUrl}/repos/${repo}/releases/tags/${encodeURIComponent(tag)}`, error)
    }
  }

  /** Every release, newest first, page after page. */
  async listReleases(repo: string): Promise<ApiRelease[]> {
    let pages = 0
    try {
      return (await this.client.paginate(
        this.client.rest.repos.listReleases,
        { ...this.ownerAndName(repo), per_page: 100 },
        (response, done) => {
          if (++pages >= MAX_PAGES) done()
          return response.data
        }
      )) as ApiRelease[]
    } catch (error) {
      this.fail(`${this.apiUrl}/repos/${repo}/releases?per_page=100`, error)
    }
  }
}

/** The hex of a `sha256:<hex>` digest, or undefined. */
export function digestHex(digest: string | null | undefined): string | undefined {
  const match = /^sha256:([0-9a-f]{64})$/i.exec(digest ?? '')
  return match ? match[1].toLowerCase() : undefined
}
