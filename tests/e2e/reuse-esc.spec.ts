import { expect, test } from './fixtures'

test('Esc closes 相似答复 right after it was opened', async ({ page, app }) => {
  await app.newDraft(page)
  await page.getByRole('button', { name: '相似答复' }).click()
  const panel = page.getByRole('complementary', { name: '相似答复' })
  await expect(panel).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(panel).toHaveCount(0)
})
