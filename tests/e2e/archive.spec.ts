import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { caretAtEnd, expect, test, typeWithIme } from './fixtures'

const SEEDS = join(__dirname, '..', 'fixtures', 'seeds')
const REPLIES = [
  'reply-lukou-2025-renda-17.txt',
  'reply-xianning-2024-renda-068.txt',
  'reply-yueyang-2024-zhengxie-167.txt'
]

/** A folder as a clerk keeps it: three replies, a policy text, a re-saved copy and a spreadsheet. */
function pastRepliesFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'replydesk-archive-'))
  const folder = join(root, '往年答复')
  mkdirSync(folder)
  for (const name of REPLIES) copyFileSync(join(SEEDS, name), join(folder, name))
  copyFileSync(
    join(SEEDS, 'policy-zhuzhou-primary-care.txt'),
    join(folder, 'policy-primary-care.txt')
  )
  // The same reply saved again with other line breaks is still the same reply.
  const lukou = readFileSync(join(SEEDS, REPLIES[0] as string), 'utf8')
  writeFileSync(join(folder, 'reply-lukou-copy.txt'), lukou.replace(/\n\n/g, '\r\n'))
  writeFileSync(join(folder, '办理清单.xlsx'), 'PK\u0003\u0004 not a reply')
  return root
}

test('a clerk imports a folder of past replies, searches them and reuses a paragraph in a draft', async ({
  page,
  app
}) => {
  const root = pastRepliesFolder()
  await app.open(page)
  await page.getByRole('button', { name: '档案库', exact: true }).click()
  await expect(page).toHaveURL(/#\/archive/)

  await page.getByLabel('选择要导入的文件夹').setInputFiles(join(root, '往年答复'))
  const report = page.getByRole('region', { name: '导入结果' })
  await expect(report.getByRole('status')).toContainText('导入完成', { timeout: 30_000 })
  const rows = report.getByRole('list', { name: '逐个文件的结果' }).getByRole('listitem')
  await expect(rows).toHaveCount(6)
  const row = (name: string) => rows.filter({ hasText: name })
  for (const name of REPLIES) await expect(row(name)).toContainText('已导入')
  await expect(row('policy-primary-care.txt')).toContainText('不是答复')
  await expect(row('reply-lukou-copy.txt')).toContainText('重复')
  await expect(row('办理清单.xlsx')).toContainText('不支持')
  await expect(report.getByRole('status')).toContainText('已导入 3')

  // The clerk knows better than the parser: the policy text goes in, and its doubtful fields
  // are confirmed or corrected on the spot.
  await row('policy-primary-care.txt').getByRole('button', { name: '仍然导入' }).click()
  await expect(row('policy-primary-care.txt')).toContainText('已导入')
  const doubtful = report.getByRole('region', { name: '待核对' }).getByRole('listitem')
  await expect(doubtful).toHaveCount(1)
  await doubtful.getByLabel('答复标题').fill('渌口区基层医疗卫生服务能力提升方案')
  await doubtful.getByRole('button', { name: '保存更正' }).click()
  await expect(doubtful).toContainText('已核对')

  const search = page.getByRole('searchbox', { name: '检索档案' })
  await search.click()
  await typeWithIme(page, [{ composing: ['yi', 'yigong', 'yigongti'], commit: '医共体' }])
  await expect(search).toHaveValue('医共体')
  const hits = page.getByRole('list', { name: '检索结果' }).getByRole('listitem')
  await expect(hits).toHaveCount(4)
  await expect(hits.first().locator('mark').first()).toHaveText('医共体')
  await expect(hits.filter({ hasText: '渌口区基层医疗卫生服务能力提升方案' })).toHaveCount(1)
  await page.getByRole('combobox', { name: '类别' }).selectOption('提案')
  await expect(hits).toHaveCount(1)
  await expect(hits).toContainText('第167号提案')
  await page.getByRole('combobox', { name: '类别' }).selectOption('')
  await expect(hits).toHaveCount(4)

  await hits.filter({ hasText: '第17号' }).getByRole('button').click()
  const opened = page.getByRole('article', { name: '答复全文' })
  await expect(opened.getByRole('heading')).toContainText('第17号建议')
  await expect(opened).toContainText('龙钺文等代表')
  await expect(opened).toContainText('渌卫复〔2025〕1号')
  await expect(opened.locator('mark').first()).toHaveText('医共体')

  await page.getByRole('button', { name: '建议提案答复助手' }).click()
  await page.getByRole('button', { name: '新建答复' }).click()
  await expect(page).toHaveURL(/#\/draft\//)
  await page.getByLabel('提出人', { exact: true }).fill('龙钺文等代表')
  await page.getByLabel('建议/提案标题').fill('关于推进基层医疗服务的建议')
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await caretAtEnd(editor.locator(':scope > *').last())

  await page.getByRole('button', { name: '相似答复', exact: true }).click()
  const panel = page.getByRole('complementary', { name: '相似答复' })
  const similar = panel.getByRole('region', { name: '内容相近' })
  await similar.getByRole('button', { name: /第17号建议/ }).click()
  await similar
    .getByRole('button', { name: /^插入此段：为了进一步提升基层医疗人员的业务能力/ })
    .click()
  await expect(panel.getByRole('status')).toContainText('已插入一段')
  await expect(editor).toContainText('为了进一步提升基层医疗人员的业务能力和操作水平')
  await expect(page.getByTestId('save-status')).toContainText('已保存', { timeout: 5000 })

  await panel.getByRole('button', { name: '沿用联系人和抄送' }).click()
  await expect(page.getByLabel('主管领导', { exact: true })).toHaveValue('曹虎')
  await expect(page.getByLabel('经办人', { exact: true })).toHaveValue('刘海茵')
  await expect(page.getByRole('textbox', { name: /^抄送/ })).toHaveValue(/区人大常委会联工委/)

  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  rmSync(root, { recursive: true, force: true })
})

test('a long import shows its progress and stops when cancelled, keeping what was done', async ({
  page,
  app
}) => {
  const folder = mkdtempSync(join(tmpdir(), 'replydesk-many-'))
  const reply = readFileSync(join(SEEDS, REPLIES[1] as string), 'utf8')
  // Distinct texts, so that none is a duplicate of another.
  for (let i = 1; i <= 300; i++) {
    writeFileSync(
      join(folder, `答复-${String(i).padStart(3, '0')}.txt`),
      `${reply}\n附：第${i}份。\n`
    )
  }
  await app.open(page)
  await page.getByRole('button', { name: '档案库', exact: true }).click()
  await page
    .getByLabel('选择要导入的文件', { exact: true })
    .setInputFiles(
      Array.from({ length: 300 }, (_, i) =>
        join(folder, `答复-${String(i + 1).padStart(3, '0')}.txt`)
      )
    )
  const report = page.getByRole('region', { name: '导入结果' })
  await expect(report.getByRole('progressbar', { name: '导入进度' })).toBeVisible()
  await expect(report.getByRole('status')).toContainText(/已处理 \d+ \/ 300 个文件/)
  await report.getByRole('button', { name: '取消' }).click()
  await expect(report.getByRole('status')).toContainText('导入已取消', { timeout: 30_000 })
  const rows = report.getByRole('list', { name: '逐个文件的结果' }).getByRole('listitem')
  await expect(rows).toHaveCount(300)
  const cancelled = await rows.filter({ hasText: '已取消' }).count()
  const imported = await rows.filter({ hasText: '已导入' }).count()
  expect(cancelled).toBeGreaterThan(0)
  expect(imported + cancelled).toBe(300)
  rmSync(folder, { recursive: true, force: true })
})
