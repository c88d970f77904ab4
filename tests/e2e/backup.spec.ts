import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { startBrowserHost } from '../../electron/host/browser-host'
import { DATABASE_FILE } from '../../electron/services'
import { expect, test } from './fixtures'

async function openApp(page: Page, url: string) {
  await page.goto(url)
  await expect(page.getByRole('button', { name: '建议提案答复助手' })).toBeVisible()
}

test('a damaged archive is set aside at start and a backup brings the replies back', async ({
  page
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'replydesk-backup-'))
  const first = await startBrowserHost({ dataDir })
  await openApp(page, first.appUrl)
  await page.getByRole('button', { name: '新建答复' }).click()
  await page.getByLabel('建议/提案标题').fill('关于提高村医待遇的建议')
  await expect(page.getByTestId('save-status')).toContainText('已保存', { timeout: 5000 })

  await page.getByRole('button', { name: '设置', exact: true }).click()
  const section = page.getByRole('region', { name: '档案备份' })
  await section.getByRole('button', { name: '立即备份' }).click()
  await expect(section.getByRole('status')).toContainText('已备份')
  await expect(section.getByRole('table', { name: '备份列表' })).toContainText('手动')
  // The browser is in China's zone (playwright.config) and the host in the machine's (UTC here):
  // the list shows the clerk's local time, not the host's.
  const shown = await section.getByRole('table', { name: '备份列表' }).innerText()
  const local = (at: Date) =>
    new Intl.DateTimeFormat('zh-CN', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23'
    })
      .formatToParts(at)
      .reduce((o, p) => ({ ...o, [p.type]: p.value }), {} as Record<string, string>)
  const now = Date.now()
  const candidates = [now, now - 60_000].map((t) => {
    const p = local(new Date(t))
    return `${p.year}年${p.month}月${p.day}日 ${p.hour}:${p.minute}`
  })
  expect(
    candidates.some((c) => shown.includes(c)),
    `${shown} / ${candidates.join(' | ')}`
  ).toBe(true)
  await page.close()
  await first.close()

  // The disk mangles the file while the app is closed.
  writeFileSync(join(dataDir, DATABASE_FILE), '这不是数据库'.repeat(1000))
  const second = await startBrowserHost({ dataDir })
  const again = await page.context().newPage()
  try {
    await openApp(again, second.appUrl)
    const alert = again.getByRole('alert', { name: '档案检查' })
    await expect(alert).toContainText('档案数据库文件已损坏')
    await expect(alert).toContainText('replydesk-damaged-')
    await alert.getByRole('button', { name: '前往档案备份' }).click()

    const backups = again.getByRole('region', { name: '档案备份' })
    const rows = backups.getByRole('table', { name: '备份列表' }).getByRole('row')
    await rows.filter({ hasText: '手动' }).getByRole('button', { name: '恢复此备份' }).click()
    await again
      .getByRole('alertdialog', { name: '确认恢复备份' })
      .getByRole('button', { name: '恢复' })
      .click()
    await expect(backups.getByRole('status')).toContainText('已从')
    await expect(alert).toBeHidden()
    // The empty archive the app started on is kept as a backup of its own.
    await expect(rows.filter({ hasText: '恢复前自动保存' })).toHaveCount(1)

    await again.getByRole('button', { name: '建议提案答复助手' }).click()
    await expect(again.getByText('关于提高村医待遇的建议')).toBeVisible()
  } finally {
    await again.close()
    await second.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
})

test('the set-aside warning comes back at every start until the clerk dismisses it', async ({
  page
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'replydesk-aside-'))
  writeFileSync(join(dataDir, DATABASE_FILE), '这不是数据库'.repeat(1000))
  const startAndLook = async () => {
    const host = await startBrowserHost({ dataDir })
    const tab = await page.context().newPage()
    await openApp(tab, host.appUrl)
    return { host, tab, alert: tab.getByRole('alert', { name: '档案检查' }) }
  }
  try {
    const first = await startAndLook()
    await expect(first.alert).toContainText('档案数据库文件已损坏')
    await first.alert.getByRole('button', { name: '暂不处理' }).click()
    await first.tab.close()
    await first.host.close()

    const second = await startAndLook()
    await expect(second.alert).toContainText('replydesk-damaged-')
    await second.alert.getByRole('button', { name: '已知晓，不再提示' }).click()
    await expect(second.alert).toBeHidden()
    await second.tab.close()
    await second.host.close()

    const third = await startAndLook()
    await expect(third.tab.getByRole('button', { name: '新建答复' })).toBeVisible()
    await expect(third.alert).toBeHidden()
    await third.tab.close()
    await third.host.close()
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
})
