// The pinned default version of each runtime, and the sha256 of release
// assets where they are known: data, in manifest.json beside this file.
// Refreshed by `npm run manifest` (scripts/update-manifest.ts) from the
// releases API; hashes can also be added by hand from a release's published
// digests.
import manifest from './manifest.json' with { type: 'json' }

export interface ManifestEntry {
  /** The version installed when none is asked for. */
  default: string
  /** version → asset name → sha256 (hex). */
  sha256: Record<string, Record<string, string>>
  /**
   * For a runtime installed with npm (jco): version → `name@version` of each
   * package installed → the integrity (`dist.integrity`) its tarball must have.
   */
  npm?: Record<string, Record<string, string>>
}

export const MANIFEST: Record<string, ManifestEntry> = manifest
