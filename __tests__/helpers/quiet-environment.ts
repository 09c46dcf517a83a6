// The tests' environment: Node's, with what each test writes to stdout and
// stderr held back (@actions/core's ::debug:: lines, tar's and gzip's words,
// retries of a server that answers 500), and printed, under the test's name,
// only when the test fails. A passing run prints jest's summary and the reasons
// for skipped tests (said outside any test). WASI_PROBE_TEST_OUTPUT=show lets
// everything through.
import type { EnvironmentContext, JestEnvironmentConfig } from '@jest/environment'
import type { Circus } from '@jest/types'
import { TestEnvironment } from 'jest-environment-node'
import { relative } from 'node:path'

/** The most a failed test prints of what it wrote: its end. */
const SHOWN_CHARACTERS = 256 * 1024

type Write = typeof process.stdout.write

export default class QuietEnvironment extends TestEnvironment {
  private held: string[] = []
  private heldLength = 0
  /** How much was dropped from the start, past twice what is shown. */
  private dropped = 0
  private restore: (() => void) | undefined
  private readonly testFile: string

  constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
    super(config, context)
    this.testFile = relative(config.globalConfig.rootDir, context.testPath)
  }

  handleTestEvent(event: Circus.Event): void {
    if (process.env.WASI_PROBE_TEST_OUTPUT === 'show') return
    switch (event.name) {
      case 'test_start':
        this.hold()
        break
      case 'test_done':
        this.release(event.test.errors.length > 0 ? `test "${fullName(event.test)}"` : undefined)
        break
      // beforeAll and afterAll run outside any test; beforeEach and afterEach inside one.
      case 'hook_start':
        if (event.hook.type === 'beforeAll' || event.hook.type === 'afterAll') this.hold()
        break
      case 'hook_success':
      case 'hook_failure':
        if (event.hook.type === 'beforeAll' || event.hook.type === 'afterAll')
          this.release(event.name === 'hook_failure' ? `${event.hook.type} hook` : undefined)
        break
    }
  }

  /** From now on, writes to stdout and stderr are kept in order, not written. */
  private hold(): void {
    if (this.restore) return
    const streams = [process.stdout, process.stderr]
    const writes = streams.map((stream) => stream.write)
    for (const stream of streams) stream.write = this.keeper()
    this.restore = () => streams.forEach((stream, at) => (stream.write = writes[at]))
  }

  /** Writes go through again; what was held is printed when `failed` names what failed, else dropped. */
  private release(failed: string | undefined): void {
    this.restore?.()
    this.restore = undefined
    const text = this.held.join('')
    const dropped = this.dropped
    this.held = []
    this.heldLength = 0
    this.dropped = 0
    if (failed === undefined || text === '') return
    const shown = dropped > 0 ? `[… ${dropped} characters before]\n${text}` : text
    process.stderr.write(
      `\n── what the ${failed} of ${this.testFile} wrote ──\n${shown}${shown.endsWith('\n') ? '' : '\n'}── end ──\n`
    )
  }

  /** A stream's write that keeps the text and calls back as a write would. */
  private keeper(): Write {
    return ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
      this.held.push(text)
      this.heldLength += text.length
      // Past twice what is shown, the start goes: the end is where a failure is.
      if (this.heldLength > 2 * SHOWN_CHARACTERS) {
        const all = this.held.join('')
        this.held = [all.slice(-SHOWN_CHARACTERS)]
        this.dropped += all.length - SHOWN_CHARACTERS
        this.heldLength = SHOWN_CHARACTERS
      }
      const done = typeof encoding === 'function' ? encoding : callback
      if (typeof done === 'function') process.nextTick(done)
      return true
    }) as Write
  }
}

/** `describe › test`, as jest names a test. */
function fullName(test: Circus.TestEntry): string {
  const names = [test.name]
  for (
    let block: Circus.DescribeBlock | undefined = test.parent;
    block && block.name !== 'ROOT_DESCRIBE_BLOCK';
    block = block.parent
  )
    names.unshift(block.name)
  return names.join(' › ')
}
