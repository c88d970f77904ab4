import type { Page } from '@playwright/test'
import { expect, startWithLukouProfile, test } from './fixtures'

// The 文号 register had no list: the office could not see which numbers were taken, by which
// reply. Settings → 文号 lists them (a number given up for another as 已释放), and a reply's title
// opens it.

async function draftWithNumber(page: Page, title: string): Promise<{ url: string; dn: string }> {
  await page.getByRole('button', { name: '建议提案答复助手' }).click()
  await page.getByRole('button', { name: '新建答复' }).click()
  await expect(page).toHaveURL(/#\/draft\//)
  await page.getByLabel('建议/提案标题').fill(title)
  await page.getByRole('button', { name: '取号' }).click()
  await expect(page.getByLabel('文号', { exact: true })).toHaveValue(/^渌卫复〔\d{4}〕\d+号$/)
  await expect(page.getByTestId('save-status')).toContainText('已保存', { timeout: 5000 })
  return { url: page.url(), dn: await page.getByLabel('文号', { exact: true }).inputValue() }
}

test('the 文号 register lists each number taken, by which reply and whose, and opens the reply', async ({
  page,
  app
}) => {
  await app.open(page)
  await startWithLukouProfile(page)

  const first = await draftWithNumber(page, '关于推进基层医疗服务')
  const second = await draftWithNumber(page, '关于加强村医队伍建设')
  expect(first.dn).not.toBe(second.dn)
  // The first reply is dated last year after all: it takes a number of that year, and gives up
  // the one it had.
  const lastYear = Number(first.dn.slice(4, 8)) - 1
  await page.goto(first.url)
  await page.getByLabel('成文日期').fill(`${lastYear}-12-20`)
  await page.getByRole('button', { name: '取号' }).click()
  const moved = `渌卫复〔${lastYear}〕1号`
  await expect(page.getByLabel('文号', { exact: true })).toHaveValue(moved)
  await expect(page.getByTestId('save-status')).toContainText('已保存', { timeout: 5000 })

  await page.getByRole('button', { name: '设置', exact: true }).click()
  const docNumber = page.getByRole('region', { name: '文号', exact: true })
  await docNumber.getByLabel('取号年份').selectOption('')
  const list = docNumber.getByRole('table', { name: '已取文号' })
  const row = list.getByRole('row').filter({ hasText: first.dn })
  await expect(row).toContainText('关于推进基层医疗服务')
  await expect(row).toContainText('刘海茵')
  await expect(row).toContainText('已释放')
  await expect(row).toContainText(first.dn.slice(4, 8))
  const taken = list.getByRole('row').filter({ hasText: moved })
  await expect(taken).toContainText('关于推进基层医疗服务')
  await expect(taken).toContainText('已使用')
  await expect(list.getByRole('row').filter({ hasText: second.dn })).toContainText(
    '关于加强村医队伍建设'
  )

  await taken.getByRole('button', { name: '关于推进基层医疗服务' }).click()
  await expect(page).toHaveURL(first.url)
  await expect(page.getByLabel('建议/提案标题')).toHaveValue('关于推进基层医疗服务')
  await expect(page.getByLabel('文号', { exact: true })).toHaveValue(moved)
})
