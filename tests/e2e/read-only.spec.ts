import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startBrowserHost } from '../../electron/host/browser-host'
import { readOnlyRunner } from '../fixtures/read-only'
import { expect, test } from './fixtures'

// Issue 12 item 5: a data folder the user may not write opens read-only, with a banner, instead
// of a start-up failure; what cannot be saved says why in Chinese.

test('a read-only data folder opens with a banner and shows its replies', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'replydesk-read-only-'))
  const first = await startBrowserHost({ dataDir })
  await page.goto(first.appUrl)
  await page.getByRole('button', { name: '新建答复' }).click()
  await page.getByLabel('建议/提案标题').fill('关于提高村医待遇的建议')
  await expect(page.getByTestId('save-status')).toContainText('已保存', { timeout: 5000 })
  await page.goto('about:blank')
  await first.close()

  const run = readOnlyRunner(dataDir)([
    'node',
    '--import',
    'tsx',
    'electron/host/serve.ts',
    '--data-dir',
    dataDir,
    '--no-open'
  ])
  const host = spawn(run[0]!, run.slice(1), { cwd: join(__dirname, '..', '..') })
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = ''
      host.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const found = /已启动：(\S+)/.exec(out)
        if (found) resolve(found[1]!)
      })
      host.on('exit', () => reject(new Error(`host ended: ${out}`)))
    })
    await page.goto(url)
    await expect(page.getByRole('status', { name: '只读模式' })).toContainText(
      '数据文件夹只读：可以查看和导出，不能保存修改。'
    )
    await expect(page.getByText('关于提高村医待遇的建议')).toBeVisible()

    await page.getByText('关于提高村医待遇的建议').click()
    await page.getByLabel('建议/提案标题').fill('关于提高村医待遇的建议（修改）')
    await expect(page.getByText(/不能保存修改/).first()).toBeVisible({ timeout: 10_000 })
    await expect(page.getByText('内部错误')).toHaveCount(0)
  } finally {
    host.kill()
  }
})
