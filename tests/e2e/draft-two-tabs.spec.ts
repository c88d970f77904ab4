import type { Page } from '@playwright/test'
import { caretAtEnd, expect, fromService, saved, test } from './fixtures'

async function typeAtEnd(page: Page, text: string) {
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await caretAtEnd(editor.locator(':scope > *').last())
  await page.keyboard.insertText(text)
}

test('a save from a tab that missed a newer save is refused and both texts are shown side by side', async ({
  page,
  app,
  context
}) => {
  await app.newDraft(page)
  await typeAtEnd(page, '甲窗口写的。')
  await saved(page)
  const hash = await page.evaluate(() => location.hash)

  const other = await context.newPage()
  await app.open(other)
  await other.evaluate((h) => (location.hash = h), hash)
  await expect(other.getByRole('textbox', { name: '答复正文' })).toContainText('甲窗口写的。')
  await typeAtEnd(other, '乙窗口写的。')
  await saved(other)

  // The first tab still shows the older text; its next save must not overwrite the newer one.
  await typeAtEnd(page, '甲又写的。')
  const conflict = page.getByRole('region', { name: '保存冲突' })
  await expect(conflict).toBeVisible({ timeout: 5000 })
  await expect(conflict.getByRole('group', { name: '较新的内容（已保存）' })).toContainText(
    '乙窗口写的。'
  )
  await expect(conflict.getByRole('group', { name: '本窗口的内容（未保存）' })).toContainText(
    '甲又写的。'
  )
  // Nothing is written while the clerk decides.
  const id = hash.replace('#/draft/', '')
  expect((await fromService(page, app, 'drafts:plainText', { id })).text).toContain('乙窗口写的。')
  expect((await fromService(page, app, 'drafts:plainText', { id })).text).not.toContain(
    '甲又写的。'
  )

  await conflict.getByRole('button', { name: '保留本窗口的内容' }).click()
  await saved(page)
  expect((await fromService(page, app, 'drafts:plainText', { id })).text).toContain('甲又写的。')
})

test('taking the newer text replaces the stale tab and keeps working from there', async ({
  page,
  app,
  context
}) => {
  await app.newDraft(page)
  await typeAtEnd(page, '甲窗口写的。')
  await saved(page)
  const hash = await page.evaluate(() => location.hash)
  const other = await context.newPage()
  await app.open(other)
  await other.evaluate((h) => (location.hash = h), hash)
  await typeAtEnd(other, '乙窗口写的。')
  await saved(other)

  await typeAtEnd(page, '甲又写的。')
  const conflict = page.getByRole('region', { name: '保存冲突' })
  await conflict.getByRole('button', { name: '采用较新的内容' }).click()
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await expect(editor).toContainText('乙窗口写的。')
  await expect(conflict).toHaveCount(0)
  await typeAtEnd(page, '之后再写。')
  await saved(page)
  const id = hash.replace('#/draft/', '')
  expect((await fromService(page, app, 'drafts:plainText', { id })).text).toContain(
    '乙窗口写的。之后再写。'
  )
})
