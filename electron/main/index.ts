import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron'
import { openServices, type OpenedServices } from '../services'
import { createDispatch } from '../host/dispatch'
import { pageHandlers } from '../host/page-handlers'
import { APP_URL } from './app-protocol'
import { registerDesktop } from './desktop'
import { notifyDueItems } from './due-notification'
import { registerApi } from './ipc'
import { handleAppProtocol, registerAppScheme } from './protocol'
import { hardenSession, hardenWindow, secureWebPreferences } from './security'

let services: OpenedServices | undefined
let mainWindow: BrowserWindow | null = null

/** The dev server's address, in development only: a packaged app ignores the variable. */
function devServerUrl(): string | null {
  return (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || null
}

function appUrl(): string {
  return devServerUrl() ?? APP_URL
}

registerAppScheme()

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1360,
    height: 900,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    title: '建议提案答复助手',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js'))
  })
  hardenWindow(mainWindow, appUrl())
  mainWindow.on('ready-to-show', () => mainWindow?.show())
  mainWindow.on('closed', () => (mainWindow = null))
  void mainWindow.loadURL(appUrl())
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })
  void app.whenReady().then(() => {
    const dataDir = process.env.REPLYDESK_DATA_DIR ?? app.getPath('userData')
    try {
      services = openServices({
        dataDir,
        mode: 'electron',
        version: app.getVersion(),
        templatesDir: app.isPackaged
          ? join(process.resourcesPath, 'templates')
          : join(app.getAppPath(), 'templates')
      })
    } catch (e) {
      // No window can open without the archive: say why in Chinese, then stop.
      dialog.showErrorBox('建议提案答复助手无法启动', e instanceof Error ? e.message : String(e))
      app.quit()
      return
    }
    handleAppProtocol(join(__dirname, '../renderer'))
    hardenSession(session.defaultSession, appUrl(), devServerUrl())
    registerApi(
      ipcMain,
      createDispatch(pageHandlers(services.handlers), (e) => console.error(e)),
      appUrl
    )
    registerDesktop(ipcMain, appUrl)
    createWindow()
    // A reminder that cannot be worked out is no reason to stop; the window shows the same items.
    notifyDueItems(services.handlers, () => mainWindow).catch((e: unknown) => console.error(e))
  })
  app.on('window-all-closed', () => {
    services?.close()
    app.quit()
  })
}
