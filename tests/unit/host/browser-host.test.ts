import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../../electron/host/browser-host'
import { TOKEN_HEADER } from '../../../electron/host/http'
import { launchArgs } from '../../../electron/host/open-browser'
import { tempDir } from '../helpers'

// A local attacker: another user of the machine who can read command lines, or a script in the
// page. Neither gets the token from the command line, nor a file of theirs choosing from the host.

let host: BrowserHost | undefined
afterEach(async () => host?.close())

async function call(host: BrowserHost, method: string, input: unknown) {
  const res = await fetch(`${host.url}api/${method}`, {
    method: 'POST',
    headers: { [TOKEN_HEADER]: host.token, 'content-type': 'application/json' },
    body: JSON.stringify(input)
  })
  return (await res.json()) as { ok: boolean; error?: { message: string } }
}

describe('browser mode against local attackers', () => {
  it('takes no server-side paths from the page', async () => {
    host = await startBrowserHost({ dataDir: tempDir(), staticDir: tempDir() })
    for (const paths of [['/etc/passwd'], ['../../etc'], [host.dataDir]]) {
      const result = await call(host, 'archive:import', { paths })
      expect(result.ok).toBe(false)
      expect(result.error?.message).toMatch(/导入文件/)
    }
    const search = await call(host, 'archive:search', { query: 'root' })
    expect(search).toMatchObject({ ok: true, value: { hits: [] } })
  })

  it('keeps the token off the browser command line, in a launch page only this user reads', () => {
    const dataDir = tempDir()
    const token = 'f'.repeat(48)
    const args = launchArgs(`http://127.0.0.1:1234/#token=${token}`, dataDir)
    expect(args.join(' ')).not.toContain(token)
    const page = fileURLToPath(args.find((a) => a.startsWith('--app='))!.slice('--app='.length))
    expect(page).toBe(join(dataDir, 'launch.html'))
    expect(readFileSync(page, 'utf8')).toContain(token)
    if (process.platform !== 'win32') expect(statSync(page).mode & 0o077).toBe(0)
  })
})
