import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import type { Dispatch } from './dispatch'
import { CONTENT_SECURITY_POLICY } from './csp'

export const TOKEN_HEADER = 'x-replydesk-token'
const MAX_BODY_BYTES = 80 * 1024 * 1024

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8'
}

export type HttpHost = { url: string; port: number; token: string; close: () => Promise<void> }

export type HttpHostOptions = {
  dispatch: Dispatch
  staticDir: string
  port?: number
  token?: string
}

/** Serves the renderer and the API on loopback only; every API call must carry the per-launch token. */
export function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('hex')
  const server = createServer((req, res) => {
    handle(req, res, options, token).catch(() => sendJson(res, 500, { ok: false }))
  })
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port
      resolvePromise({
        url: `http://127.0.0.1:${port}/`,
        port,
        token,
        // Idle keep-alive sockets (Chromium keeps a few open without a request on them) would hold
        // close() until Node's header timeout; the app is stopping, so they are cut.
        close: () =>
          new Promise((r) => {
            server.close(() => r())
            server.closeAllConnections()
          })
      })
    })
  })
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  options: HttpHostOptions,
  token: string
) {
  const host = req.headers.host ?? ''
  // Rejects DNS-rebinding: a page on another name that resolves to 127.0.0.1 sends its own Host.
  if (!/^127\.0\.0\.1:\d+$/.test(host))
    return sendJson(res, 403, failure('unauthorized', '拒绝访问。'))
  const url = new URL(req.url ?? '/', `http://${host}`)
  if (url.pathname.startsWith('/api/'))
    return handleApi(req, res, url, options.dispatch, token, host)
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return sendJson(res, 405, failure('invalid-input', '不支持的请求。'))
  return serveStatic(res, options.staticDir, url.pathname)
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  dispatch: Dispatch,
  token: string,
  host: string
) {
  const origin = req.headers.origin
  if (origin !== undefined && origin !== `http://${host}`) {
    return sendJson(res, 403, failure('unauthorized', '拒绝来自其他网页的请求。'))
  }
  if (req.method !== 'POST') return sendJson(res, 405, failure('invalid-input', '不支持的请求。'))
  if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
    return sendJson(
      res,
      401,
      failure('unauthorized', '访问令牌无效，请从启动程序时给出的地址重新打开。')
    )
  }
  const body = await readBody(req)
  if (body === null) return sendJson(res, 413, failure('invalid-input', '提交的内容过大。'))
  let input: unknown
  try {
    input = body.length ? JSON.parse(body.toString('utf8')) : {}
  } catch {
    return sendJson(res, 400, failure('invalid-input', '请求内容不是有效的 JSON。'))
  }
  const method = decodeURIComponent(url.pathname.slice('/api/'.length))
  sendJson(res, 200, await dispatch(method, input))
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length !== token.length) return false
  return timingSafeEqual(Buffer.from(given), Buffer.from(token))
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        resolveBody(null)
        req.destroy()
      } else chunks.push(chunk)
    })
    req.on('end', () => resolveBody(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function serveStatic(res: ServerResponse, staticDir: string, pathname: string) {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '')
  let file = join(staticDir, relative)
  if (!file.startsWith(staticDir + sep) && file !== staticDir)
    return sendJson(res, 403, failure('unauthorized', '拒绝访问。'))
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(staticDir, 'index.html')
  if (!existsSync(file)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
    return res.end('界面尚未构建，请先运行 npm run build。')
  }
  res.writeHead(200, {
    'content-type': MIME[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store'
  })
  createReadStream(file).pipe(res)
}

function failure(code: string, message: string) {
  return { ok: false, error: { code, message } }
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  if (res.headersSent) return res.end()
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store'
  })
  res.end(JSON.stringify(value))
}
