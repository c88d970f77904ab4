import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../host/csp'
import { APP_SCHEME, mimeType, resolveAppPath } from './app-protocol'

/** Must run before the app is ready: a standard, secure scheme, as https would be. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/** Serves the renderer bundle from root (out/renderer, inside app.asar when packaged). */
export function handleAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath(root, request.url)
    if (!file) return new Response('', { status: 404 })
    try {
      return new Response(await readFile(file), {
        headers: {
          'Content-Type': mimeType(file),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff'
        }
      })
    } catch {
      return new Response('', { status: 404 })
    }
  })
}
