import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

const { hardenSession, hardenWindow, isAppUrl, secureWebPreferences } =
  await import('../../../electron/main/security')

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
    const app = 'file:///opt/replydesk/resources/app.asar/out/renderer/index.html'
    expect(isAppUrl(`${app}#/draft/1`, app)).toBe(true)
    expect(isAppUrl('file:///etc/passwd', app)).toBe(false)
    expect(isAppUrl('https://example.com/', app)).toBe(false)
    expect(isAppUrl('http://localhost:5173/#/', 'http://localhost:5173/')).toBe(true)
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false)
    expect(isAppUrl('not a url', app)).toBe(false)
  })

  it('denies new windows, blocks navigation away and webviews', () => {
    const app = 'file:///app/index.html'
    const win = fakeWindow()
    hardenWindow(win, app)
    expect(win.webContents.openHandler?.({ url: 'https://example.com' })).toEqual({
      action: 'deny'
    })
    expect(navigationEvent(win, 'will-navigate', 'https://example.com')).toBe(true)
    expect(navigationEvent(win, 'will-redirect', 'https://example.com')).toBe(true)
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
    hardenSession(session as unknown as Parameters<typeof hardenSession>[0])
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
    expect(decisions).toEqual([{ cancel: true }, { cancel: false }])
  })
})
