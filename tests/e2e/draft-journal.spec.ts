import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { caretAtEnd, expect, test } from './fixtures'

type HostProcess = { appUrl: string; child: ChildProcess }

/** The browser-mode host as `npm run host` starts it: its own process, a new random port. */
function startHostProcess(dataDir: string): Promise<HostProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/host/serve.ts', '--data-dir', dataDir, '--no-open'],
    { stdio: ['ignore', 'pipe', 'pipe'] }
  )
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const url = /(http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+)/.exec(out)?.[1]
      if (url) resolve({ appUrl: url, child })
    })
    child.on('exit', (code) => reject(new Error(`host exited (${code}): ${out}`)))
  })
}

test('edits journalled before a crash come back with the next host process on a new port', async ({
  page
}) => {
  // Two host processes start from source (tsx) on a shared machine.
  test.setTimeout(120_000)
  const dataDir = mkdtempSync(join(tmpdir(), 'replydesk-journal-'))
  const first = await startHostProcess(dataDir)
  try {
    await page.goto(first.appUrl)
    await page.getByRole('button', { name: '新建答复' }).click()
    await expect(page).toHaveURL(/#\/draft\//)
    const hash = await page.evaluate(() => location.hash)
    await expect(page.getByTestId('save-status')).not.toContainText('正在保存')

    // Saves stop landing (a full disk); the edits exist only in the journal when the host dies.
    await page.route(
      (url) => decodeURIComponent(url.pathname) === '/api/drafts:save',
      (route) =>
        route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({
            ok: false,
            error: { code: 'disk-full', message: '磁盘空间已满，刚才的修改没有保存。' }
          })
        })
    )
    const editor = page.getByRole('textbox', { name: '答复正文' })
    await caretAtEnd(editor.locator('p').first())
    await page.keyboard.insertText('崩溃前写下的这一句不能丢。')
    await page.getByLabel('提出人', { exact: true }).fill('许国欣')
    await expect(page.getByTestId('save-status')).toContainText('磁盘空间已满', { timeout: 5000 })
    // The journal trails the typing by a moment; the crash comes once it has caught up.
    const journalled = () => {
      const dir = join(dataDir, 'journal')
      return existsSync(dir)
        ? readdirSync(dir)
            .map((f) => readFileSync(join(dir, f), 'utf8'))
            .join('')
        : ''
    }
    await expect.poll(journalled).toContain('崩溃前写下的这一句不能丢。')
    await expect.poll(journalled).toContain('许国欣')
    first.child.kill('SIGKILL')
    await page.unrouteAll()

    const second = await startHostProcess(dataDir)
    try {
      await page.goto(second.appUrl)
      await expect(page.getByRole('button', { name: '建议提案答复助手' })).toBeVisible()
      await page.evaluate((h) => (location.hash = h), hash)
      await expect(
        page.getByRole('status').filter({ hasText: '已恢复上次未保存的修改' })
      ).toBeVisible()
      await expect(editor).toContainText('崩溃前写下的这一句不能丢。')
      await expect(page.getByLabel('提出人', { exact: true })).toHaveValue('许国欣')
      await expect(page.getByTestId('save-status')).toContainText('已保存', { timeout: 5000 })
      // Saved for real, the journal is gone.
      await expect.poll(() => readdirSync(join(dataDir, 'journal'))).toHaveLength(0)
    } finally {
      second.child.kill()
    }
  } finally {
    first.child.kill()
    rmSync(dataDir, { recursive: true, force: true })
  }
})
