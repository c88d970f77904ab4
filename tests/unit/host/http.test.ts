import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ok } from '../../../electron/contract/result'
import {
  MAX_BODY_BYTES,
  MAX_UPLOAD_BYTES,
  startHttpHost,
  TOKEN_HEADER,
  type HttpHost
} from '../../../electron/host/http'
import { tempDir } from '../helpers'

let host: HttpHost | undefined
afterEach(async () => host?.close())

async function start() {
  const staticDir = tempDir()
  const uploadDir = join(tempDir(), 'uploads')
  mkdirSync(staticDir, { recursive: true })
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>')
  const calls: [string, unknown][] = []
  host = await startHttpHost({
    staticDir,
    uploadDir,
    dispatch: async (method, input) => (calls.push([method, input]), ok({ echoed: method }))
  })
  return { host, calls, uploadDir, staticDir }
}

const post = (host: HttpHost, path: string, body: string | Buffer) =>
  fetch(`${host.url}${path}`, { method: 'POST', headers: { [TOKEN_HEADER]: host.token }, body })

// fetch() always sends the real Host; a DNS-rebinding page would send its own name.
function postWithHost(host: HttpHost, hostHeader: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: '/api/drafts:list',
        method: 'POST',
        headers: { host: hostHeader, [TOKEN_HEADER]: host.token }
      },
      (res) => {
        res.resume()
        resolve(res.statusCode)
      }
    )
    req.on('error', reject)
    req.end('{}')
  })
}

describe('browser-mode host', () => {
  it('binds to 127.0.0.1 and serves the app with a strict CSP', async () => {
    const { host } = await start()
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const res = await fetch(host.url)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
  })

  it('answers API calls that carry the per-launch token', async () => {
    const { host, calls } = await start()
    const res = await fetch(`${host.url}api/drafts:list`, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: host.token, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'draft' })
    })
    expect(await res.json()).toEqual({ ok: true, value: { echoed: 'drafts:list' } })
    expect(calls).toEqual([['drafts:list', { status: 'draft' }]])
  })

  it('refuses a missing or wrong token, other origins and foreign Host headers', async () => {
    const { host, calls } = await start()
    const api = `${host.url}api/drafts:list`
    expect((await fetch(api, { method: 'POST' })).status).toBe(401)
    expect(
      (await fetch(api, { method: 'POST', headers: { [TOKEN_HEADER]: 'x'.repeat(48) } })).status
    ).toBe(401)
    const foreign = await fetch(api, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: host.token, origin: 'http://evil.example' }
    })
    expect(foreign.status).toBe(403)
    expect(await postWithHost(host, `attacker.example:${host.port}`)).toBe(403)
    expect(calls).toHaveLength(0)
  })

  it('does not serve files outside its folder', async () => {
    const { host } = await start()
    const res = await fetch(`${host.url}..%2f..%2fetc%2fpasswd`)
    expect(await res.text()).not.toContain('root:')
  })

  it('ends a response whose file cannot be read, and keeps serving', async () => {
    const { host, staticDir } = await start()
    // A file that exists but fails on read (EIO, even for root): before, the stream's error
    // had no handler and took the whole host, and every open window, down with it.
    symlinkSync('/proc/self/mem', join(staticDir, 'unreadable.js'))
    await expect(fetch(`${host.url}unreadable.js`).then((r) => r.text())).rejects.toThrow()
    expect((await fetch(host.url)).status).toBe(200)
  })

  it('answers bad percent-encoding with 400, not 500', async () => {
    const { host, calls } = await start()
    expect((await fetch(`${host.url}%E0%A4%A`)).status).toBe(400)
    expect((await post(host, 'api/drafts%3Alist%', '{}')).status).toBe(400)
    expect(calls).toHaveLength(0)
  })

  it('answers an oversized body with 「文件过大」 instead of resetting the connection', async () => {
    const { host, calls } = await start()
    const res = await post(host, 'api/archive:importBytes', Buffer.alloc(MAX_BODY_BYTES + 1, 0x20))
    expect(res.status).toBe(413)
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /^文件过大/
    )
    expect(calls).toHaveLength(0)
  })

  it('streams an upload to a private file of its own naming; never larger than a body', async () => {
    expect(MAX_UPLOAD_BYTES).toBeLessThanOrEqual(MAX_BODY_BYTES)
    const { host, uploadDir } = await start()
    const res = await post(host, 'api/upload', '关于第1号建议的答复')
    const { value } = (await res.json()) as { value: { uploadId: string } }
    expect(value.uploadId).toMatch(/^[0-9a-f-]{36}$/)
    const file = join(uploadDir, value.uploadId)
    expect(readFileSync(file, 'utf8')).toBe('关于第1号建议的答复')
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600)
    const big = await post(host, 'api/upload', Buffer.alloc(MAX_UPLOAD_BYTES + 1))
    expect(big.status).toBe(413)
    expect(readdirSync(uploadDir)).toEqual([value.uploadId])
    expect((await fetch(`${host.url}api/upload`, { method: 'POST', body: 'x' })).status).toBe(401)
  })
})
