// The defaults that inputs, messages and --help share.
export const DEFAULT_TIMEOUT_SECONDS = 10
export const MAX_TIMEOUT_SECONDS = 3600
/** A millisecond: the timers count no finer. */
export const MIN_TIMEOUT_SECONDS = 0.001
export const DEFAULT_API_URL = 'https://api.github.com'
export const DEFAULT_DOWNLOAD_URL = 'https://github.com'
