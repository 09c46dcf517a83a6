// Secrets never leave in text we write: a token, or the password of a URL's
// `user:pass@`, is replaced wherever a message, a log line or a result file
// would carry it. The runner's masking (core.setSecret) covers the log only;
// the result file and the summary are ours to keep clean.

export const REDACTED = '***'

/** The URL with any `user:pass@` replaced by `***@`; text that is no URL is returned as it is. */
export function redactUrl(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return url
  }
  if (!parsed.username && !parsed.password) return url
  parsed.username = ''
  parsed.password = ''
  return parsed.href.replace('//', `//${REDACTED}@`)
}

/** The secrets a URL holds: its password, as written and decoded. */
export function urlSecrets(url: string | undefined): string[] {
  let parsed: URL
  try {
    parsed = new URL((url ?? '').trim())
  } catch {
    return []
  }
  if (!parsed.password) return []
  return withDecoded(parsed.password)
}

function withDecoded(value: string): string[] {
  try {
    const decoded = decodeURIComponent(value)
    return decoded === value ? [value] : [value, decoded]
  } catch {
    return [value]
  }
}

/**
 * `text` with every secret replaced by `***`, and every `scheme://user:pass@`
 * reduced to `scheme://***@` (a URL a server echoed back holds one too).
 */
export function redact(text: string, secrets: readonly string[]): string {
  let clean = text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s]*@/gi, `$1${REDACTED}@`)
  // Longest first: a secret that contains another is replaced whole.
  for (const secret of [...new Set(secrets)].filter(Boolean).sort((a, b) => b.length - a.length))
    clean = clean.split(secret).join(REDACTED)
  return clean
}
