import type { Page } from '@playwright/test'
import { caretAtEnd, expect, grantSigning, saved, setPin, signInAs, test } from './fixtures'

async function draftAndSubmit(page: Page) {
  await page.getByLabel('建议/提案标题').fill('关于加强村医队伍建设的建议')
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await caretAtEnd(editor.locator(':scope > *').last())
  await page.keyboard.press('Enter')
  await page.keyboard.insertText('今年投入资金500万元。')
  await saved(page)
  await page.getByRole('button', { name: '审核与签发' }).click()
  await signInAs(page, '李明')
  const decision = page.getByRole('region', { name: '审核意见' })
  await decision.getByRole('button', { name: '提交审核' }).click()
  await expect(decision.locator('.status-badge')).toHaveText('待审核')
  return decision
}

test('a signed reply is read-only until 修改 is chosen and the lapse of the sign-off confirmed', async ({
  page,
  app
}) => {
  await app.open(page)
  await grantSigning(page, '王局长')
  await app.newDraft(page)
  const decision = await draftAndSubmit(page)
  await signInAs(page, '王局长')
  await setPin(page)
  await decision.getByLabel('审核意见（退回时必填）').fill('同意')
  await decision.getByRole('button', { name: '签发' }).click()
  await expect(decision.locator('.status-badge')).toHaveText('已签发')

  // Signed: the review screen's text is locked too.
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await expect(editor).toHaveAttribute('contenteditable', 'false')

  await page.getByRole('button', { name: '返回编辑' }).click()
  await expect(editor).toHaveAttribute('contenteditable', 'false')
  await expect(page.getByLabel('建议/提案标题')).toBeDisabled()
  await editor.click()
  await page.keyboard.insertText('误触')
  await expect(editor).not.toContainText('误触')
  const badge = page.locator('.draft-head .status-badge')
  await expect(badge).toContainText('已签发')

  await page.getByRole('button', { name: '修改', exact: true }).click()
  const ask = page.getByRole('alertdialog', { name: '确认修改' })
  await expect(ask).toContainText('签发将失效')
  await ask.getByRole('button', { name: '取消' }).click()
  await expect(editor).toHaveAttribute('contenteditable', 'false')
  await expect(badge).toContainText('已签发')

  await page.getByRole('button', { name: '修改', exact: true }).click()
  await ask.getByRole('button', { name: '确认修改' }).click()
  await expect(editor).toHaveAttribute('contenteditable', 'true')
  await caretAtEnd(editor.locator(':scope > *').last())
  await page.keyboard.insertText('补充一句。')
  await saved(page)
  await expect(badge).toContainText('草稿')
})

test('a reply under review is read-only for the clerk; 修改 withdraws it from review once confirmed', async ({
  page,
  app
}) => {
  await app.newDraft(page)
  await draftAndSubmit(page)
  await page.getByRole('button', { name: '返回编辑' }).click()
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await expect(editor).toHaveAttribute('contenteditable', 'false')
  const badge = page.locator('.draft-head .status-badge')
  await expect(badge).toContainText('待审核')

  await page.getByRole('button', { name: '修改', exact: true }).click()
  const ask = page.getByRole('alertdialog', { name: '确认修改' })
  await expect(ask).toContainText('撤回送审')
  await ask.getByRole('button', { name: '确认修改' }).click()
  await expect(badge).toContainText('草稿')
  await expect(editor).toHaveAttribute('contenteditable', 'true')
  await caretAtEnd(editor.locator(':scope > *').last())
  await page.keyboard.insertText('补充一句。')
  await saved(page)
  await page.reload()
  await expect(editor).toContainText('补充一句。')
})
