import { caretAtEnd, expect, test } from './fixtures'

// The preview draws the pages the DOCX gets: a long reply fills page after page of 22 lines with
// 28 characters, and no page is left half empty after a heading (the old preview measured blocks
// and broke pages after 「一、基本情况」 with half a page blank).

const PARAGRAPH =
  '紧密型医共体运行以来，探索出“淦口路径”，基层医疗卫生机构服务能力和水平有效提升，工作成绩得到省市行业部门高度肯定。'

test('the preview sets 28 characters a line and 22 lines a page, as the DOCX does', async ({
  page,
  app
}) => {
  await app.newDraft(page)
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await caretAtEnd(editor.locator('p').first())
  for (let i = 0; i < 12; i++) {
    await page.keyboard.insertText(PARAGRAPH.repeat(2))
    await page.keyboard.press('Enter')
  }
  await expect(page.getByTestId('save-status')).toContainText('已保存', { timeout: 5000 })

  const preview = page.getByLabel('页面预览')
  await expect(preview.locator('.preview-page')).toHaveCount(4, { timeout: 10_000 })
  const pages = preview.locator('.preview-page')
  // a heading kept with its paragraph may end a page a line early; no page holds more than 22
  const counts = await Promise.all([1, 2].map((i) => pages.nth(i).locator('.pv-line').count()))
  expect(Math.max(...counts)).toBe(22)
  expect(Math.min(...counts)).toBeGreaterThanOrEqual(21)
  const texts = await pages.nth(1).locator('.pv-line').allInnerTexts()
  // full lines hold 28 characters (a comma or stop may hang in the margin as a 29th)
  const full = texts.filter((t) => [...t].length >= 27)
  expect(full.length).toBeGreaterThan(10)
  await page.screenshot({ path: test.info().outputPath('preview.png') })
  for (const t of full) expect([...t.replace(/[，。、；：]$/, '')].length).toBeLessThanOrEqual(28)
  expect(
    full.filter((t) => [...t.replace(/[，。、；：]$/, '')].length === 28).length
  ).toBeGreaterThan(10)
  // no line starts with a comma or a stop
  for (const t of texts) expect(t).not.toMatch(/^[，。、；：]/)
})

test('when composing the next preview fails, the last pages stay up beside the message', async ({
  page,
  app
}) => {
  await app.newDraft(page)
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await caretAtEnd(editor.locator('p').first())
  await page.keyboard.insertText(PARAGRAPH)
  await expect(page.getByTestId('save-status')).toContainText('已保存', { timeout: 5000 })
  const panel = page.getByRole('complementary', { name: '打印预览' })
  await expect(panel.locator('.preview-page').first()).toContainText('淦口路径')

  // The service stops answering for the preview (busy, or gone for a moment).
  const preview = (url: URL) => decodeURIComponent(url.pathname) === '/api/drafts:preview'
  await page.route(preview, (route) => route.abort())
  await page.keyboard.insertText('新增一句。')
  await expect(page.getByTestId('save-status')).toContainText('已保存', { timeout: 5000 })
  await expect(panel.locator('.error-line')).toContainText('无法连接本机服务')
  await expect(panel.locator('.preview-page').first()).toContainText('淦口路径')

  await page.unroute(preview)
  await page.keyboard.insertText('再加一句。')
  await expect(panel.locator('.preview-page').first()).toContainText('再加一句', {
    timeout: 10_000
  })
  await expect(panel.locator('.error-line')).toHaveCount(0)
})
