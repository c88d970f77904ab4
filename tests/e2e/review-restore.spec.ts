import { caretAtEnd, expect, saved, signInAs, test } from './fixtures'

test('恢复为第N版 asks first, replaces the open editor, sticks after later edits, and can be undone', async ({
  page,
  app
}) => {
  await app.newDraft(page)
  await page.getByLabel('建议/提案标题').fill('关于加强村医队伍建设的建议')
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await caretAtEnd(editor.locator(':scope > *').last())
  await page.keyboard.press('Enter')
  await page.keyboard.insertText('第一稿正文甲。')
  await saved(page)

  await page.getByRole('button', { name: '审核与签发' }).click()
  await expect(page).toHaveURL(/#\/review\//)
  await signInAs(page, '李明')
  const decision = page.getByRole('region', { name: '审核意见' })
  await decision.getByRole('button', { name: '提交审核' }).click()
  await expect(decision.locator('.status-badge')).toHaveText('待审核')

  await caretAtEnd(editor.locator(':scope > *').last())
  await page.keyboard.insertText('后加的乙。')
  await saved(page)

  await page.getByRole('tab', { name: '版本对比' }).click()
  const restore = page.getByRole('button', { name: '恢复为第 1 版' })
  await restore.click()
  const ask = page.getByRole('alertdialog', { name: '确认恢复版本' })
  await expect(ask).toContainText('第 1 版')
  await ask.getByRole('button', { name: '取消' }).click()
  await expect(ask).toHaveCount(0)
  await page.getByRole('tab', { name: '正文与批注' }).click()
  await expect(editor).toContainText('后加的乙。')

  await page.getByRole('tab', { name: '版本对比' }).click()
  await restore.click()
  await ask.getByRole('button', { name: '恢复', exact: true }).click()
  await page.getByRole('tab', { name: '正文与批注' }).click()
  await expect(editor).not.toContainText('后加的乙。')
  await expect(editor).toContainText('第一稿正文甲。')

  // Undone from the notice: the text before the restore comes back.
  await page.getByRole('button', { name: '撤销恢复' }).click()
  await expect(editor).toContainText('后加的乙。')
  await saved(page)

  await page.getByRole('tab', { name: '版本对比' }).click()
  await page.getByRole('button', { name: '恢复为第 1 版' }).click()
  await ask.getByRole('button', { name: '恢复', exact: true }).click()
  await page.getByRole('tab', { name: '正文与批注' }).click()
  await expect(editor).not.toContainText('后加的乙。')

  // The clerk keeps working in the same editor: the restored text is what gets saved.
  await caretAtEnd(editor.locator(':scope > *').last())
  await page.keyboard.insertText('再补丙。')
  await saved(page)
  await page.reload()
  await expect(editor).toContainText('第一稿正文甲。再补丙。')
  await expect(editor).not.toContainText('后加的乙。')
})
