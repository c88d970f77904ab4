import { caretAtEnd, expect, test } from './fixtures'

test('proofreading underlines defects while typing, fixes them in one click and checks before export', async ({
  page,
  app
}) => {
  await app.open(page)
  await page.getByRole('button', { name: '新建答复' }).click()
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await caretAtEnd(editor.locator('p').first())
  await page.keyboard.insertText('今年争取200 万元能力提升项目(二期)和(三期)。')

  await page.getByRole('tab', { name: /校对/ }).click()
  const panel = page.getByRole('region', { name: '校对' })
  await expect(panel).toContainText('200 万元')
  const underlined = await page.evaluate(() =>
    ['proofread-error', 'proofread-warning', 'proofread-info'].reduce(
      (n, name) => n + (CSS.highlights.get(name)?.size ?? 0),
      0
    )
  )
  expect(underlined).toBeGreaterThan(0)

  const spaceFinding = panel.getByRole('listitem').filter({ hasText: '200 万元' }).first()
  await spaceFinding.getByRole('button', { name: '修正' }).click()
  await expect(editor).toContainText('200万元能力提升项目')

  // The list is checked again after each fix, then one click fixes every finding of a kind.
  await panel.getByRole('button', { name: /全部修正.*（2 处）/ }).click()
  await expect(editor).toContainText('200万元能力提升项目（二期）和（三期）。')

  // Errors still open (here: required fields not filled) stop the export until the clerk decides.
  await page.getByRole('button', { name: '导出 DOCX' }).click()
  const check = page.getByRole('alertdialog', { name: '导出前校对' })
  await expect(check).toContainText('处错误尚未处理')
  await check.getByRole('button', { name: '返回修改' }).click()
  await expect(check).toHaveCount(0)
})
