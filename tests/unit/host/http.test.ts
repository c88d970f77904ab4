import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ok } from '../../../electron/contract/result'
import { startHttpHost, TOKEN_HEADER, type HttpHost } from '../../../electron/host/http'
import { tempDir } from '../helpers'

let host: HttpHost | undefined
afterEach(async () => host?.close())

async function start() {
  const staticDir = tempDir()
  mkdirSync(staticDir, { recursive: true })
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>')
  const calls: [string, unknown][] = []
  host = await startHttpHost({
    staticDir,
    dispatch: async (method, input) => (calls.push([method, input]), ok({ echoed: method }))
  })
  return { host, calls }
}

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
})
