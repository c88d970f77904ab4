import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ BrowserWindow: {}, dialog: {} }))

const { hardenSession, hardenWindow, isAppUrl, mayLoad, secureWebPreferences } =
  await import('../../../electron/main/security')
const { registerDesktop } = await import('../../../electron/main/desktop')
const { IPC_CHANNELS } = await import('../../../electron/contract/channels')
const { APP_URL } = await import('../../../electron/main/app-protocol')

type Handler = (...args: unknown[]) => unknown

function fakeWindow() {
  const contents = new EventEmitter() as EventEmitter & { openHandler?: Handler }
  Object.assign(contents, { setWindowOpenHandler: (h: Handler) => (contents.openHandler = h) })
  return { webContents: contents } as unknown as Parameters<typeof hardenWindow>[0] & {
    webContents: typeof contents
  }
}

function navigationEvent(win: ReturnType<typeof fakeWindow>, name: string, url: string): boolean {
  let prevented = false
  win.webContents.emit(name, { preventDefault: () => (prevented = true) }, url)
  return prevented
}

describe('Electron security settings', () => {
  it('isolates the renderer: context isolation, sandbox, no Node', () => {
    expect(secureWebPreferences('/app/preload.js')).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false
    })
  })

  it('recognises only the app bundle as trusted', () => {
    const app = APP_URL
    expect(isAppUrl(`${app}#/draft/1`, app)).toBe(true)
    expect(isAppUrl('file:///etc/passwd', app)).toBe(false)
    expect(isAppUrl('file:///opt/replydesk/resources/app.asar/out/renderer/index.html', app)).toBe(
      false
    )
    expect(isAppUrl('https://example.com/', app)).toBe(false)
    expect(isAppUrl('http://localhost:5173/#/', 'http://localhost:5173/')).toBe(true)
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false)
    expect(isAppUrl('not a url', app)).toBe(false)
  })

  it('denies new windows, blocks navigation away and webviews', () => {
    const app = APP_URL
    const win = fakeWindow()
    hardenWindow(win, app)
    expect(win.webContents.openHandler?.({ url: 'https://example.com' })).toEqual({
      action: 'deny'
    })
    expect(navigationEvent(win, 'will-navigate', 'https://example.com')).toBe(true)
    expect(navigationEvent(win, 'will-redirect', 'https://example.com')).toBe(true)
    expect(navigationEvent(win, 'will-navigate', 'file:///app/index.html')).toBe(true)
    expect(navigationEvent(win, 'will-navigate', `${app}#/draft/1`)).toBe(false)
    expect(navigationEvent(win, 'will-attach-webview', '')).toBe(true)
  })

  it('denies every permission, sets the CSP and cancels remote requests', () => {
    const handlers: Record<string, Handler> = {}
    const session = {
      setPermissionRequestHandler: (h: Handler) => (handlers.request = h),
      setPermissionCheckHandler: (h: Handler) => (handlers.check = h),
      webRequest: {
        onHeadersReceived: (h: Handler) => (handlers.headers = h),
        onBeforeRequest: (h: Handler) => (handlers.before = h)
      }
    }
    hardenSession(session as unknown as Parameters<typeof hardenSession>[0], APP_URL, null)
    let granted: unknown
    handlers.request?.({}, 'media', (v: boolean) => (granted = v))
    expect(granted).toBe(false)
    expect(handlers.check?.()).toBe(false)
    let headers: unknown
    handlers.headers?.({ responseHeaders: {} }, (v: unknown) => (headers = v))
    expect(JSON.stringify(headers)).toContain("script-src 'self'")
    const decisions: unknown[] = []
    handlers.before?.({ url: 'https://cdn.example.com/x.js' }, (v: unknown) => decisions.push(v))
    handlers.before?.({ url: 'file:///app/index.html' }, (v: unknown) => decisions.push(v))
    handlers.before?.({ url: 'app://replydesk/index.html' }, (v: unknown) => decisions.push(v))
    expect(decisions).toEqual([{ cancel: true }, { cancel: true }, { cancel: false }])
  })

  it('loads only files of its own bundle, and a dev server only when not packaged', () => {
    const app = APP_URL
    expect(mayLoad(`${app}#/`, app, null)).toBe(true)
    expect(mayLoad('app://replydesk/assets/a.js', app, null)).toBe(true)
    expect(mayLoad('app://other/assets/a.js', app, null)).toBe(false)
    // The bundle's own files by file: are refused too: the window reads them only through app://.
    expect(
      mayLoad('file:///opt/replydesk/resources/app.asar/out/renderer/assets/a.js', app, null)
    ).toBe(false)
    expect(mayLoad('file:///etc/passwd', app, null)).toBe(false)
    expect(mayLoad('file:///home/clerk/答复.docx', app, null)).toBe(false)
    // ELECTRON_RENDERER_URL set on a packaged app: main passes no dev server, so it is refused.
    expect(mayLoad('http://127.0.0.1:5173/', app, null)).toBe(false)
    expect(
      mayLoad('http://127.0.0.1:5173/src/x.ts', 'http://127.0.0.1:5173/', 'http://127.0.0.1:5173/')
    ).toBe(true)
    expect(mayLoad('https://cdn.example.com/x.js', app, null)).toBe(false)
  })

  it('turns off Node in subframes and workers as well', () => {
    expect(secureWebPreferences('/p.js')).toMatchObject({
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false
    })
  })

  it('answers save and print only to the app page, with a size limit on saves', async () => {
    const app = APP_URL
    const handlers: Record<string, Handler> = {}
    registerDesktop(
      { handle: (channel: string, h: Handler) => (handlers[channel] = h) } as never,
      () => app
    )
    let printed = 0
    const event = (url: string) => ({
      senderFrame: { url },
      sender: { printToPDF: async () => (printed++, new Uint8Array([1])) }
    })
    const save = handlers[IPC_CHANNELS.saveFile]!
    const print = handlers[IPC_CHANNELS.printToPdf]!
    expect(await save(event('https://evil.example/'), { fileName: 'a.docx', base64: '' })).toEqual({
      saved: false,
      message: '拒绝来自未知页面的请求。'
    })
    await expect(
      Promise.resolve().then(() => print(event('file:///tmp/evil.html')))
    ).rejects.toThrow('拒绝')
    expect(printed).toBe(0)
    expect(await print(event(app))).toBe('AQ==')
    const huge = { fileName: 'a.docx', base64: 'A'.repeat(70_000_001) }
    expect(await save(event(app), huge)).toEqual({ saved: false, message: '保存请求无效。' })
  })
})
