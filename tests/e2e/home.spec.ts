import { expect, test } from './fixtures'

/** An ISO date `months` months before today (local), as the date input takes it. */
function monthsAgo(months: number): string {
  const d = new Date()
  d.setDate(1)
  d.setMonth(d.getMonth() - months)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-01`
}

test('the home screen puts overdue replies first and searches past replies', async ({
  page,
  app
}) => {
  await app.newDraft(page)
  await page.getByLabel('建议/提案标题').fill('关于加强村卫生室建设的建议')
  // Assigned five months ago: the default three-month deadline has passed.
  await page.getByLabel('交办日期').fill(monthsAgo(5))
  await expect(page.getByTestId('save-status')).toContainText('已保存', { timeout: 5000 })
  await expect(page.getByRole('note', { name: '答复期限' })).toContainText(/已逾期 \d+ 天/)

  await page.getByRole('button', { name: '建议提案答复助手' }).click()
  // overdue is not "due soon": it has a heading of its own
  const due = page.getByRole('region', { name: '已逾期' })
  await expect(due.getByRole('listitem')).toHaveCount(1)
  await expect(page.getByRole('region', { name: '即将到期' })).toHaveCount(0)
  await expect(due).toContainText('关于加强村卫生室建设的建议')
  await expect(due).toContainText(/已逾期 \d+ 天/)
  await expect(page.getByRole('region', { name: '我的草稿' })).toContainText('前答复')

  await page.getByRole('searchbox', { name: '检索往年答复' }).fill('医共体')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/archive\?q=/)
  await expect(page.getByRole('searchbox', { name: '检索档案' })).toHaveValue('医共体')
})

test('a reply without a title is called 新答复 on the home screen, as on its own page', async ({
  page,
  app
}) => {
  await app.newDraft(page)
  await expect(page.getByRole('heading', { level: 1, name: '新答复' })).toBeVisible()
  await page.getByLabel('届次').fill('市六届人大三次会议')
  await expect(page.getByTestId('save-status')).toContainText('已保存', { timeout: 5000 })
  await page.getByRole('button', { name: '建议提案答复助手' }).click()
  const drafts = page.getByRole('region', { name: '我的草稿' })
  await expect(drafts).toContainText('新答复')
  await expect(drafts).not.toContainText('未填写标题')
})
