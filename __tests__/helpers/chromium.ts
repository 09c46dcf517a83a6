// Headless Chromium driven through the DevTools protocol on a pipe: open a
// page with JavaScript on or off, in light or dark, see every request it makes,
// ask its DOM, take a screenshot. Used by the page's test and by
// scripts/screenshots.ts.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'

/** Debian's `chromium` (or $CHROMIUM), when it is installed; undefined otherwise. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome'].filter(
    (c): c is string => Boolean(c)
  )
  return candidates.find((c) => spawnSync(c, ['--version'], { stdio: 'ignore' }).status === 0)
}

interface Message {
  id?: number
  method?: string
  params?: Record<string, unknown>
  result?: Record<string, unknown>
  error?: { message: string }
  sessionId?: string
}

export interface PageOptions {
  javascript?: boolean
  colorScheme?: 'light' | 'dark'
  width?: number
  height?: number
}

export class Browser {
  private nextId = 1
  private pending = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>()
  private listeners: ((message: Message) => void)[] = []

  private constructor(
    private readonly child: ChildProcess,
    private readonly profile: string
  ) {
    let buffered = ''
    ;(child.stdio[4] as Readable).on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8')
      let end: number
      while ((end = buffered.indexOf('\0')) >= 0) {
        const message = JSON.parse(buffered.slice(0, end)) as Message
        buffered = buffered.slice(end + 1)
        if (message.id !== undefined) {
          const waiting = this.pending.get(message.id)
          this.pending.delete(message.id)
          if (message.error) waiting?.reject(new Error(message.error.message))
          else waiting?.resolve(message)
        } else for (const listener of this.listeners) listener(message)
      }
    })
  }

  static async launch(executable: string): Promise<Browser> {
    const profile = mkdtempSync(join(tmpdir(), 'wasi-probe-chromium-'))
    const args = [
      '--headless',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-gpu',
      '--disable-extensions',
      '--hide-scrollbars',
      // Chromium will not start as root with its sandbox.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      'about:blank'
    ]
    const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] })
    const browser = new Browser(child, profile)
    await browser.send('Browser.getVersion')
    return browser
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Message> {
    const id = this.nextId++
    const message = JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      ;(this.child.stdio[3] as Writable).write(`${message}\0`)
    })
  }

  on(listener: (message: Message) => void): void {
    this.listeners.push(listener)
  }

  /**
   * Lets pages download into `folder` (a file keeps the name its link gives),
   * and resolves when the next download has been written.
   */
  async nextDownload(folder: string): Promise<() => Promise<void>> {
    await this.send('Browser.setDownloadBehavior', {
      behavior: 'allow',
      downloadPath: folder,
      eventsEnabled: true
    })
    const done = new Promise<void>((resolve, reject) =>
      this.on((message) => {
        if (message.method !== 'Browser.downloadProgress') return
        if (message.params!.state === 'completed') resolve()
        if (message.params!.state === 'canceled') reject(new Error('the download was canceled'))
      })
    )
    return () => done
  }

  async newPage(options: PageOptions = {}): Promise<Page> {
    const created = await this.send('Target.createTarget', { url: 'about:blank' })
    const attached = await this.send('Target.attachToTarget', {
      targetId: created.result!.targetId,
      flatten: true
    })
    const page = new Page(this, attached.result!.sessionId as string)
    await page.setUp(options)
    return page
  }

  async close(): Promise<void> {
    await this.send('Browser.close').catch(() => undefined)
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) resolve()
      else this.child.on('exit', () => resolve())
      setTimeout(() => {
        this.child.kill('SIGKILL')
        resolve()
      }, 5000).unref()
    })
    rmSync(this.profile, { recursive: true, force: true })
  }
}

export class Page {
  /** Every URL the page asked for, the page's own included. */
  readonly requests: string[] = []
  private loaded: (() => void)[] = []

  constructor(
    private readonly browser: Browser,
    private readonly sessionId: string
  ) {
    browser.on((message) => {
      if (message.sessionId !== sessionId) return
      if (message.method === 'Network.requestWillBeSent')
        this.requests.push((message.params!.request as { url: string }).url)
      if (message.method === 'Page.loadEventFired') for (const done of this.loaded.splice(0)) done()
    })
  }

  private send(method: string, params: Record<string, unknown> = {}) {
    return this.browser.send(method, params, this.sessionId)
  }

  async setUp({ javascript = true, colorScheme = 'light', width = 1280, height = 900 }: PageOptions) {
    await this.send('Page.enable')
    await this.send('Network.enable')
    await this.send('Emulation.setScriptExecutionDisabled', { value: !javascript })
    await this.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-color-scheme', value: colorScheme }]
    })
    await this.send('Emulation.setDeviceMetricsOverride', {
      width,
      height,
      deviceScaleFactor: 1,
      mobile: false
    })
  }

  /** Opens `url` and waits for its load event. */
  async open(url: string): Promise<void> {
    const loaded = new Promise<void>((resolve) => this.loaded.push(resolve))
    await this.send('Page.navigate', { url })
    await loaded
  }

  /**
   * The value of `expression`, evaluated in a world of its own beside the
   * page's: it runs when the page's scripts are disabled too, and it sees the
   * same DOM.
   */
  async evaluate<T>(expression: string): Promise<T> {
    const tree = await this.send('Page.getFrameTree')
    const frameId = (tree.result!.frameTree as { frame: { id: string } }).frame.id
    const world = await this.send('Page.createIsolatedWorld', { frameId, worldName: 'test' })
    const evaluated = await this.send('Runtime.evaluate', {
      expression,
      contextId: world.result!.executionContextId,
      returnByValue: true,
      awaitPromise: true
    })
    const result = evaluated.result as { result: { value: T }; exceptionDetails?: { text: string } }
    if (result.exceptionDetails) throw new Error(`evaluate: ${JSON.stringify(result.exceptionDetails)}`)
    return result.result.value
  }

  /** A PNG of the whole page (or its first `maxHeight` pixels), written to `path`. */
  async screenshot(path: string, maxHeight = 4000): Promise<void> {
    const size = await this.evaluate<{ width: number; height: number }>(
      '({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight })'
    )
    const shot = await this.send('Page.captureScreenshot', {
      format: 'png',
      captureBeyondViewport: true,
      clip: { x: 0, y: 0, width: size.width, height: Math.min(size.height, maxHeight), scale: 1 }
    })
    writeFileSync(path, Buffer.from(shot.result!.data as string, 'base64'))
  }

  async close(): Promise<void> {
    await this.browser.send('Target.closeTarget', { targetId: await this.targetId() }).catch(() => undefined)
  }

  private async targetId(): Promise<string> {
    const info = await this.send('Target.getTargetInfo')
    return (info.result!.targetInfo as { targetId: string }).targetId
  }
}
