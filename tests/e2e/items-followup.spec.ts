import { expect, test } from './fixtures'

/** A date `days` from today on this machine's clock, which the services share. */
function fromToday(days: number): Date {
  const d = new Date()
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days)
}

const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`

// Rows as a clerk copies them out of WPS: tab separated, the header first; one item is 3 days
// overdue, the other due in 5 days (the 办理期限 column sets them).
const PASTED = [
  '序号\t届次\t编号\t题目\t代表\t交办日期\t办理期限\t经办\t科室',
  `1\t区人大二届五次会议\t17\t关于推进基层医疗服务的建议\t龙钺文\t2025-03-10\t${iso(fromToday(-3))}\t刘海茵\t基层卫生科`,
  `2\t区人大二届五次会议\t18\t关于加强心理健康服务的建议\t周敏\t2025-03-20\t${iso(fromToday(5))}\t刘海茵\t疾控科`
].join('\n')

test('a pasted list with a corrected column match, due items on home, and a 不满意 that reopens the item', async ({
  page: first,
  app
}) => {
  let page = first
  await app.open(page)
  await page.getByRole('button', { name: '办理台账' }).click()
  await page.getByRole('button', { name: '导入交办清单' }).click()
  await page.getByLabel('粘贴交办清单').fill(PASTED)
  await page.getByRole('button', { name: '识别粘贴内容' }).click()
  // 经办 is not a header the app knows: the clerk matches it by hand.
  await expect(page.getByLabel('“经办”列对应')).toHaveValue('')
  await page.getByLabel('“经办”列对应').selectOption({ label: '经办人' })
  await expect(page.getByRole('table', { name: '清单预览' })).toContainText(
    '关于加强心理健康服务的建议'
  )
  await page.getByRole('button', { name: '导入 2 件' }).click()
  await page.getByRole('button', { name: '完成' }).click()

  // The next list from the same office needs no matching: the choice was remembered.
  await page.getByRole('button', { name: '导入交办清单' }).click()
  await page.getByLabel('粘贴交办清单').fill(PASTED)
  await page.getByRole('button', { name: '识别粘贴内容' }).click()
  await expect(page.getByLabel('“经办”列对应')).toHaveValue('handler')
  await expect(page.getByRole('table', { name: '清单预览' })).toContainText('台账中已有，将跳过')
  await expect(page.getByRole('button', { name: '导入 0 件' })).toBeDisabled()
  await page.getByRole('button', { name: '取消' }).click()

  // The next start reminds the clerk; home lists the items per 经办人 and 科室.
  page = await page.context().newPage()
  await app.open(page)
  await expect(page.getByRole('alert')).toContainText('办理台账中有 1 件已逾期，1 件 7 天内到期')
  await page.getByRole('button', { name: '查看' }).click()
  const due = page.getByRole('region', { name: '办理期限' })
  await expect(due.getByLabel('按经办人和科室')).toContainText('刘海茵 逾期1件 将到期1件')
  await expect(due.getByLabel('按经办人和科室')).toContainText('基层卫生科 逾期1件')
  const overdue = fromToday(-3)
  await expect(due).toContainText(
    `${overdue.getFullYear()}年${overdue.getMonth() + 1}月${overdue.getDate()}日前（已逾期 3 天）`
  )

  // The item is answered, the deputy is not satisfied: it goes back in hand for a second reply.
  await due.getByRole('link', { name: /关于推进基层医疗服务的建议/ }).click()
  await page.getByRole('button', { name: '签收' }).click()
  await expect(page.getByLabel('办理状态')).toHaveText('办理中')
  await page.getByRole('button', { name: '登记答复' }).click()
  await page.getByRole('form', { name: '登记答复' }).getByRole('button', { name: '确定' }).click()
  await expect(page.getByLabel('办理状态')).toHaveText('已答复')
  await page.getByRole('button', { name: '登记反馈' }).click()
  const feedback = page.getByRole('form', { name: '登记反馈' })
  await feedback.getByLabel('满意度').selectOption('不满意')
  await expect(feedback).toContainText('该件回到“办理中”')
  await feedback.getByLabel('代表委员的意见').fill('希望明确村医待遇保障措施')
  await feedback.getByRole('button', { name: '确定' }).click()
  await expect(page.getByLabel('办理状态')).toHaveText('办理中（第2次办理）')
  await expect(page.getByRole('region', { name: '办理记录' })).toContainText(
    '登记反馈：已答复 → 办理中（不满意：希望明确村医待遇保障措施）'
  )
  await expect(page.getByRole('button', { name: '起草答复' })).toBeVisible()

  // An item entered by mistake can be taken off the register, after a second click.
  await page.getByRole('button', { name: '从台账中删除此件' }).click()
  await page.getByRole('button', { name: '确认删除' }).click()
  await expect(page).toHaveURL(/#\/items$/)
  const rows = page.getByRole('table', { name: '建议提案列表' }).getByRole('row')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(1)).toContainText('关于加强心理健康服务的建议')
})
