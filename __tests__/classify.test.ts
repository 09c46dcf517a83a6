import { BASIC_PROBES } from '../src/probes/catalog.js'
import { classify } from '../src/run/classify.js'
import type { Observation } from '../src/run/process.js'
import { looksLikeTrap } from '../src/runtimes/spec.js'
import { wasmtime } from '../src/runtimes/wasmtime.js'

const [seed, exitCode, stdout] = BASIC_PROBES

function observed(
  fields: Partial<Omit<Observation, 'stdout' | 'stderr'>> & { stdout?: string; stderr?: string }
): Observation {
  const { stdout: out = '', stderr: err = '', ...rest } = fields
  return {
    exitCode: 0,
    signal: null,
    durationMs: 5,
    timedOut: false,
    ...rest,
    stdout: { text: out, bytes: Buffer.byteLength(out) },
    stderr: { text: err, bytes: Buffer.byteLength(err) }
  }
}

const verdict = (probe: (typeof BASIC_PROBES)[number], observation: Observation) =>
  classify(probe.expect, observation, looksLikeTrap, 10_000)

describe('classify', () => {
  test('the expected exit code (and output) is a pass', () => {
    expect(verdict(seed, observed({ exitCode: 0 })).status).toBe('pass')
    expect(verdict(exitCode, observed({ exitCode: 42 })).status).toBe('pass')
    expect(verdict(stdout, observed({ exitCode: 0, stdout: 'wasi-probe ok\n' })).status).toBe('pass')
  })

  test('a handler that always exits 0 fails the exit-code and stdout probes', () => {
    const alwaysZero = observed({ exitCode: 0 })
    expect(verdict(seed, alwaysZero).status).toBe('pass')
    expect(verdict(exitCode, alwaysZero)).toEqual({
      status: 'fail',
      reason: 'exit code 0, expected exit code 42'
    })
    expect(verdict(stdout, alwaysZero)).toEqual({
      status: 'fail',
      reason: 'stdout "", expected "wasi-probe ok\\n"'
    })
  })

  test('stdout must match exactly: extra or missing bytes fail', () => {
    expect(verdict(stdout, observed({ stdout: 'wasi-probe ok\nmore\n' })).status).toBe('fail')
    expect(verdict(stdout, observed({ stdout: 'wasi-probe ok' })).status).toBe('fail')
  })

  test('traps: the runtime says so, an abort signal, or a trap exit code', () => {
    expect(verdict(seed, { ...observed({ exitCode: 1 }), trap: 'unreachable' })).toEqual({
      status: 'trap',
      reason: 'trap: unreachable'
    })
    expect(verdict(seed, observed({ exitCode: null, signal: 'SIGABRT' })).status).toBe('trap')
    expect(
      verdict(seed, observed({ exitCode: 1, stderr: 'wasm trap: wasm `unreachable` instruction executed' }))
        .status
    ).toBe('trap')
    // iwasm prints its trap message on stdout.
    expect(verdict(seed, observed({ exitCode: 1, stdout: 'Exception: unreachable' })).status).toBe('trap')
    expect(classify(seed.expect, observed({ exitCode: 134 }), wasmtime.isTrap, 10_000).status).toBe(
      process.platform === 'win32' ? 'fail' : 'trap'
    )
  })

  test('a plain wrong exit code with no sign of a trap is a fail, with the code seen', () => {
    expect(verdict(exitCode, observed({ exitCode: 1, stderr: 'error: something' }))).toEqual({
      status: 'fail',
      reason: 'exit code 1, expected exit code 42'
    })
  })

  test('a timeout is a timeout, whatever the exit', () => {
    expect(verdict(seed, observed({ exitCode: null, signal: 'SIGKILL', timedOut: true }))).toEqual({
      status: 'timeout',
      reason: 'still running after 10s, killed'
    })
  })

  test('could not start: an error naming the cause', () => {
    expect(verdict(seed, observed({ exitCode: null, spawnError: 'ENOENT' }))).toEqual({
      status: 'error',
      reason: 'could not start: ENOENT (not found)'
    })
    expect(verdict(seed, observed({ exitCode: null, spawnError: 'EACCES' })).reason).toMatch(
      /EACCES \(permission denied/
    )
    expect(verdict(seed, observed({ exitCode: null, spawnError: 'ENOEXEC' })).status).toBe('error')
  })

  test('a missing shared library is an error, not a fail', () => {
    const missingLib = observed({
      exitCode: 127,
      stderr:
        'wasmedge: error while loading shared libraries: libwasmedge.so.0: cannot open shared object file'
    })
    expect(verdict(seed, missingLib)).toEqual({
      status: 'error',
      reason:
        'could not start: wasmedge: error while loading shared libraries: libwasmedge.so.0: cannot open shared object file'
    })
  })
})
