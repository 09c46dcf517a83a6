// The pinned default version of each runtime, and the sha256 of release
// assets where they are known. Refreshed by `npm run manifest` (scripts/
// update-manifest.ts) from the releases API; hashes can also be added by hand
// from a release's published digests.

export interface ManifestEntry {
  /** The version installed when none is asked for. */
  default: string
  /** version → asset name → sha256 (hex). */
  sha256: Record<string, Record<string, string>>
}

export const MANIFEST: Record<string, ManifestEntry> = {
  wasmtime: {
    default: '48.0.0',
    sha256: {
      '48.0.0': {
        'wasmtime-v48.0.0-x86_64-linux.tar.xz':
          '1d23a692da51a4f825698f3f999da71f28bad19a96df5395fadc8d07f162dac3',
        'wasmtime-v48.0.0-aarch64-linux.tar.xz':
          'ea20f14785f908afcd07063ade8d89b82b15228d9e6be426ea12ebecbc9c0c8b',
        'wasmtime-v48.0.0-x86_64-macos.tar.xz':
          '3cf3c8d1f67184183acd61567e758046d40dddd169295dc9e7570b2b20505ac9',
        'wasmtime-v48.0.0-aarch64-macos.tar.xz':
          'b62f687c7b19dd7c04b44ba5d6170a92a2c99bfc190887348aee9323e3703e60',
        'wasmtime-v48.0.0-x86_64-windows.zip':
          'd6cc742660e9edf35c92b47179808802f01eca3bf60ab4b0ac723c167592131f',
        'wasmtime-v48.0.0-aarch64-windows.zip':
          'ca945c51206ea7250ba1d2bd597f9e0d2363ee0b193cd54b783168d33310ec66'
      },
      '47.0.4': {
        'wasmtime-v47.0.4-x86_64-linux.tar.xz':
          '446e8641ba372333670ba0373d5d3083e5cf0dd001b66088afbb3983db0f768f',
        'wasmtime-v47.0.4-aarch64-linux.tar.xz':
          'de0b1278e49a1cee5bc6181d976c43e960fb736330e9b61c9dc2d9c7b9160a8c',
        'wasmtime-v47.0.4-x86_64-macos.tar.xz':
          'b84441616a21b378425aa33a26adea357066bf09cd89ba8248d0368de0702566',
        'wasmtime-v47.0.4-aarch64-macos.tar.xz':
          '421a30d9302b8578b3a1aeb7fba26214e72802e1915543efab03d9b787ddf474',
        'wasmtime-v47.0.4-x86_64-windows.zip':
          '0fc94d27d6b32b6e65926b05e137b3ed0df4405a9a27be5274e2b4ab9e04f5d4',
        'wasmtime-v47.0.4-aarch64-windows.zip':
          'ae0d0cecfe422deb413ba88ab69d102f497dec247590f0629ddd00e51fe27a9b'
      }
    }
  },
  wasmer: {
    default: '7.4.2',
    sha256: {}
  },
  wasmedge: {
    default: '0.17.1',
    sha256: {}
  },
  wazero: {
    default: '1.11.0',
    sha256: {}
  },
  wamr: {
    default: '2.4.5',
    sha256: {}
  },
  wasm3: {
    default: '0.5.0',
    sha256: {}
  },
  wasmi: {
    default: '2.0.0-beta.9',
    sha256: {}
  }
}
