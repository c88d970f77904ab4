import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  rmSync,
  statSync
} from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import type { Dispatch } from './dispatch'
import { CONTENT_SECURITY_POLICY } from './csp'

export const TOKEN_HEADER = 'x-replydesk-token'
export const MAX_BODY_BYTES = 80 * 1024 * 1024
/** One file sent to /api/upload; the page checks the same bound before sending. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024
// Past this the client is cut off rather than read to the end for a polite answer.
const MAX_DISCARD_BYTES = 1024 * 1024 * 1024
const TOO_LARGE = '文件过大：一次提交的内容超过 50 MB，请分批导入或确认选择的是答复文件。'

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
  /** where /api/upload puts files (browser mode's import); without it uploads are refused */
  uploadDir?: string
  port?: number
  token?: string
}

/** Serves the renderer and the API on loopback only; every API call must carry the per-launch token. */
export function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('hex')
  const server = createServer((req, res) => {
    handle(req, res, options, token).catch(() =>
      sendJson(res, 500, failure('internal', '本机服务出错，请重试。'))
    )
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
  const pathname = decodePath(url.pathname)
  if (pathname === null) return sendJson(res, 400, failure('invalid-input', '请求地址有误。'))
  if (pathname.startsWith('/api/')) {
    if (!authorized(req, res, token, host)) return
    if (pathname === '/api/upload') return receiveUpload(req, res, options.uploadDir)
    return handleApi(req, res, pathname.slice('/api/'.length), options.dispatch)
  }
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return sendJson(res, 405, failure('invalid-input', '不支持的请求。'))
  return serveStatic(res, options.staticDir, pathname)
}

function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname)
  } catch {
    return null
  }
}

/** Same origin, POST, the per-launch token; otherwise answers the refusal and returns false. */
function authorized(req: IncomingMessage, res: ServerResponse, token: string, host: string) {
  const origin = req.headers.origin
  if (origin !== undefined && origin !== `http://${host}`) {
    sendJson(res, 403, failure('unauthorized', '拒绝来自其他网页的请求。'))
    return false
  }
  if (req.method !== 'POST') {
    sendJson(res, 405, failure('invalid-input', '不支持的请求。'))
    return false
  }
  if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
    sendJson(res, 401, failure('unauthorized', '访问令牌无效，请从启动程序时给出的地址重新打开。'))
    return false
  }
  return true
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  dispatch: Dispatch
) {
  const body = await readBody(req)
  if (body === null) return sendJson(res, 413, failure('invalid-input', TOO_LARGE))
  let input: unknown
  try {
    input = body.length ? JSON.parse(body.toString('utf8')) : {}
  } catch {
    return sendJson(res, 400, failure('invalid-input', '请求内容不是有效的 JSON。'))
  }
  sendJson(res, 200, await dispatch(method, input))
}

/**
 * Browser mode's import: the file's bytes as the raw body, streamed to a file of the host's own
 * naming, so a large file is never held whole in memory or parsed as JSON on the thread that
 * answers the page. The page then names the upload by its id, never by a path.
 */
async function receiveUpload(req: IncomingMessage, res: ServerResponse, uploadDir?: string) {
  if (!uploadDir) return sendJson(res, 404, failure('invalid-input', '不支持的请求。'))
  mkdirSync(uploadDir, { recursive: true, mode: 0o700 })
  const uploadId = randomUUID()
  const file = join(uploadDir, uploadId)
  const out = createWriteStream(file, { mode: 0o600 })
  let size = 0
  const written = await new Promise<boolean>((resolve) => {
    let done = false
    const finish = (ok: boolean) => {
      if (done) return
      done = true
      out.end(() => resolve(ok))
    }
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_DISCARD_BYTES) req.destroy()
      else if (size <= MAX_UPLOAD_BYTES && !out.write(chunk)) {
        req.pause()
        out.once('drain', () => req.resume())
      }
    })
    req.on('end', () => finish(size <= MAX_UPLOAD_BYTES))
    req.on('error', () => finish(false))
    out.on('error', () => finish(false))
  })
  if (!written) {
    rmSync(file, { force: true })
    if (size > MAX_UPLOAD_BYTES) return sendJson(res, 413, failure('invalid-input', TOO_LARGE))
    return sendJson(res, 500, failure('io', '无法保存上传的文件，请检查磁盘空间后重试。'))
  }
  sendJson(res, 200, { ok: true, value: { uploadId } })
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length !== token.length) return false
  return timingSafeEqual(Buffer.from(given), Buffer.from(token))
}

/**
 * The body, or null when it is over the limit. An oversized body is read to its end and dropped,
 * so the page gets 「文件过大」 rather than a reset connection it would call 无法连接.
 */
function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolveBody, reject) => {
    let chunks: Buffer[] | null = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_DISCARD_BYTES) req.destroy()
      else if (size > MAX_BODY_BYTES) chunks = null
      else chunks?.push(chunk)
    })
    req.on('end', () => resolveBody(chunks && Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function serveStatic(res: ServerResponse, staticDir: string, pathname: string) {
  const relative = normalize(pathname).replace(/^([/\\])+/, '')
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
  // A file that vanishes or cannot be read mid-way ends this response, not the process.
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res)
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
