// `npm run manifest`: refreshes src/runtimes/manifest.json from the releases API
// and prints what changed. GITHUB_TOKEN raises the API's rate limit;
// GITHUB_API_URL and DOWNLOAD_URL point it at a mirror.
import { readFileSync, writeFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'
import { ReleasesApi } from '../src/provision/github.js'
import { MANIFEST } from '../src/runtimes/manifest.js'
import { refreshManifest, renderManifest } from '../src/provision/refresh-manifest.js'
import { DEFAULT_API_URL, DEFAULT_DOWNLOAD_URL } from '../src/inputs/plan.js'

const target = 'src/runtimes/manifest.json'
const api = new ReleasesApi(process.env.GITHUB_API_URL || DEFAULT_API_URL, process.env.GITHUB_TOKEN ?? '')
const { manifest, changes } = await refreshManifest(
  api,
  MANIFEST,
  process.env.DOWNLOAD_URL || DEFAULT_DOWNLOAD_URL
)
const source = await format(renderManifest(manifest), { ...(await resolveConfig(target)), filepath: target })
if (source !== readFileSync(target, 'utf8')) writeFileSync(target, source)
console.log(changes.length > 0 ? changes.join('\n') : 'No change.')
// A runtime whose releases could not be read must not pass unnoticed.
if (changes.some((change) => change.includes('could not list releases'))) process.exitCode = 1
