import { join } from 'node:path'
import { openServices } from '../services'
import { clearUploads, uploadDir } from '../services/uploads'
import { createDispatch } from './dispatch'
import { pageHandlers } from './page-handlers'
import { startHttpHost } from './http'
import { appVersion, projectRoot } from './paths'

export type BrowserHost = {
  url: string
  appUrl: string
  token: string
  dataDir: string
  close: () => Promise<void>
}

export type BrowserHostOptions = {
  dataDir: string
  port?: number
  staticDir?: string
  now?: () => Date
}

/** Browser mode: the same services as the desktop app, served to Chromium over loopback. */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const root = projectRoot()
  const services = openServices({
    dataDir: options.dataDir,
    mode: 'browser',
    version: appVersion(root),
    templatesDir: join(root, 'templates'),
    ...(options.now ? { now: options.now } : {})
  })
  const dispatch = createDispatch(pageHandlers(services.handlers), (e) => console.error(e))
  clearUploads(options.dataDir)
  const http = await startHttpHost({
    dispatch,
    staticDir: options.staticDir ?? join(root, 'out', 'renderer'),
    uploadDir: uploadDir(options.dataDir),
    ...(options.port !== undefined ? { port: options.port } : {})
  })
  return {
    url: http.url,
    // The token travels in the fragment: it never reaches a server log or a Referer header.
    appUrl: `${http.url}#token=${http.token}`,
    token: http.token,
    dataDir: options.dataDir,
    close: async () => {
      await http.close()
      services.close()
    }
  }
}
