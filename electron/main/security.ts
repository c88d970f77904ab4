import type { BrowserWindow, Session, WebPreferences } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../host/csp'
import { isAppProtocolUrl } from './app-protocol'

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false
  }
}

/** The app only ever shows its own bundle: the dev server in development, else app://replydesk/. */
export function isAppUrl(url: string, appUrl: string): boolean {
  if (isAppProtocolUrl(appUrl)) return isAppProtocolUrl(url)
  try {
    const app = new URL(appUrl)
    // Only a dev server is compared by origin: file: and custom schemes all have the origin "null".
    return /^https?:$/.test(app.protocol) && new URL(url).origin === app.origin
  } catch {
    return false
  }
}

export function hardenWindow(win: BrowserWindow, appUrl: string): void {
  const contents = win.webContents
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/**
 * What the window may load: its own bundle from app://replydesk/ (never a file: URL), and the dev
 * server only when the caller passes one (development, never a packaged app, where an environment
 * variable must not widen what the window trusts).
 */
export function mayLoad(url: string, appUrl: string, devServerUrl: string | null): boolean {
  if (url.startsWith('devtools:') || url.startsWith('data:') || url.startsWith('blob:')) return true
  if (devServerUrl && url.startsWith(devServerUrl)) return true
  // The protocol's handler serves only the bundle's own files (resolveAppPath).
  return isAppProtocolUrl(appUrl) && isAppProtocolUrl(url)
}

export function hardenSession(session: Session, appUrl: string, devServerUrl: string | null): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY]
      }
    })
  })
  // Offline by design: anything that is not the app's own bundle is refused before it leaves.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !mayLoad(details.url, appUrl, devServerUrl) })
  })
}
