import { expect, saved, test } from './fixtures'

test('Enter in 抄送, 联名人 and 附件 starts a new entry, and the entries stay apart', async ({
  page,
  app
}) => {
  await app.newDraft(page)
  const lists = [
    { label: '抄送（每行一个单位）', lines: ['区政府督查室', '区卫健局办公室'] },
    { label: '联名人（每行一位）', lines: ['龙钺文', '许国欣'] },
    { label: '附件（每行一个）', lines: ['经费明细表', '村医名册'] }
  ]
  for (const { label, lines } of lists) {
    const box = page.getByLabel(label)
    await box.click()
    await box.press('Control+End')
    // Some lists come filled from the profile; a new line starts the clerk's own entries.
    if (await box.inputValue()) await page.keyboard.press('Enter')
    await page.keyboard.insertText(lines[0] as string)
    await page.keyboard.press('Enter')
    await page.keyboard.insertText(lines[1] as string)
    await expect(box).toHaveValue(new RegExp(`${lines[0]}\\n${lines[1]}$`))
  }
  await saved(page)
  await page.evaluate(() => localStorage.clear())
  await page.reload()
  for (const { label, lines } of lists) {
    await expect(page.getByLabel(label)).toHaveValue(new RegExp(`${lines[0]}\\n${lines[1]}$`))
  }
  await expect(page.getByRole('complementary', { name: '打印预览' })).not.toContainText(
    '区政府督查室区卫健局办公室'
  )
})
