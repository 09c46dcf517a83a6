// The install benchmark's release server, run in a child process through tsx
// (the benchmark's timed spawnSync calls would block a server in its own
// process): the tests' own fixtures and server (__tests__/helpers/), so that
// both install from the same releases.
//
//   tsx bench/serve-releases.ts PADDING_BYTES ID@VERSION...
//
// Prints one JSON line, {apiUrl, downloadUrl, releases: [{id, version, layout,
// size}]}, once it listens; then answers each line it reads on stdin with the
// request counts so far, {api, download, notFound}; exits when stdin ends.
import { createInterface } from 'node:readline'
import { linuxX64Layout, runtimeRelease } from '../__tests__/helpers/release-fixtures.js'
import { startReleaseServer } from '../__tests__/helpers/release-server.js'

const [padding, ...wanted] = process.argv.slice(2)
const releases = wanted.map((entry) => {
  const [id, version] = entry.split('@')
  return { id, version, release: runtimeRelease(id, version, { padding: Number(padding) }) }
})
const server = await startReleaseServer(releases.map(({ release }) => release))

const counts = () => {
  const answered = server.requests
  return {
    api: answered.filter((r) => r.path.startsWith('/api/')).length,
    download: answered.filter((r) => r.path.startsWith('/download/')).length,
    notFound: answered.filter((r) => r.status === 404).length
  }
}

process.stdout.write(
  `${JSON.stringify({
    apiUrl: server.apiUrl,
    downloadUrl: server.downloadUrl,
    releases: releases.map(({ id, version, release }) => {
      const layout = linuxX64Layout(id, version)
      return {
        id,
        version,
        layout,
        size: release.assets.find((a) => a.name === layout.asset)?.body.length ?? 0
      }
    })
  })}\n`
)
const lines = createInterface({ input: process.stdin })
lines.on('line', () => process.stdout.write(`${JSON.stringify(counts())}\n`))
lines.on('close', async () => {
  await server.close()
  process.exit(0)
})
