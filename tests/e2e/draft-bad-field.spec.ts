import { caretAtEnd, expect, saved, signInAs, test } from './fixtures'

test('one bad field does not stop the draft saving: the rest is saved and the field marked in plain Chinese', async ({
  page,
  app
}) => {
  await app.newDraft(page)
  const session = page.getByLabel('届次')
  await session.fill('区人大二届五次会议'.repeat(12))
  await page.getByLabel('提出人', { exact: true }).fill('许国欣')
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await caretAtEnd(editor.locator('p').first())
  await page.keyboard.insertText('坏字段旁边写下的正文。')
  await saved(page)
  await expect(page.getByTestId('save-status')).not.toContainText('输入有误')
  const field = page.locator('label.field').filter({ has: session })
  await expect(field.getByRole('alert')).toHaveText('届次太长，最多 100 字')
  await expect(session).toHaveAttribute('aria-invalid', 'true')
  // The preview follows the saved text.
  await expect(page.getByRole('complementary', { name: '打印预览' })).toContainText('许国欣')

  // Reloaded, the good edits are there and the bad value was not lost either.
  await page.reload()
  await expect(editor).toContainText('坏字段旁边写下的正文。')
  await expect(page.getByLabel('提出人', { exact: true })).toHaveValue('许国欣')
  await expect(session).toHaveValue('区人大二届五次会议'.repeat(12))

  // Corrected, it saves and the mark goes away.
  await session.fill('区人大二届五次会议')
  await saved(page)
  await expect(field.getByRole('alert')).toHaveCount(0)
  await page.evaluate(() => localStorage.clear())
  await page.reload()
  await expect(session).toHaveValue('区人大二届五次会议')
})

test('取号 and 退回 with bad input say what is wrong in plain Chinese', async ({ page, app }) => {
  await app.newDraft(page)
  await page.getByLabel('成文日期').fill('1800-07-16')
  await page.getByRole('button', { name: '取号' }).click()
  await expect(page.locator('.notice[role="status"]')).toContainText('年份')
  await expect(page.locator('.notice[role="status"]')).not.toContainText('输入有误')
  await expect(page.locator('.notice[role="status"]')).not.toContainText('year')

  await page.getByRole('button', { name: '审核与签发' }).click()
  await signInAs(page, '李明')
  const decision = page.getByRole('region', { name: '审核意见' })
  await decision.getByRole('button', { name: '提交审核' }).click()
  await expect(decision.locator('.status-badge')).toHaveText('待审核')
  await decision.getByLabel('审核意见（退回时必填）').fill('请核实。'.repeat(1300))
  await decision.getByRole('button', { name: '退回修改' }).click()
  await expect(page.locator('.notice[role="status"]')).toContainText('退回理由太长，最多 5000 字')
  await expect(page.locator('.notice[role="status"]')).not.toContainText('reason')
})
