import { extname, join, relative, isAbsolute, sep } from 'node:path'

// The packaged window loads its bundle from app://replydesk/ (a privileged custom protocol)
// rather than file://, so the grantFileProtocolExtraPrivileges fuse can be off and a page of ours
// can never reach another file on the disk. These are the protocol's pure parts; protocol.ts
// registers them with Electron.

export const APP_SCHEME = 'app'
export const APP_HOST = 'replydesk'
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** True for a URL of our own protocol and host (URL.origin is "null" for custom schemes). */
export function isAppProtocolUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST
  } catch {
    return false
  }
}

/**
 * The file under root that an app:// URL names, or null: another host, bad percent-encoding, a
 * `..`, a backslash or a NUL anywhere in the path, or a path that would leave root.
 */
export function resolveAppPath(root: string, url: string): string | null {
  if (!isAppProtocolUrl(url)) return null
  // The raw path, before URL parsing folds `..` away: a request that tries is refused outright.
  const raw = url.slice(`${APP_SCHEME}://${APP_HOST}`.length).split(/[?#]/)[0] ?? ''
  let path: string
  try {
    path = decodeURIComponent(raw)
  } catch {
    return null
  }
  if (/[\\\0]/.test(path) || path.split('/').some((segment) => segment === '..')) return null
  const file = join(root, path === '/' || path === '' ? 'index.html' : path)
  const inside = relative(root, file)
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside))
    return null
  return file
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf'
}

/** Anything unknown is served as bytes, never sniffed into something a page could run. */
export function mimeType(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
}
