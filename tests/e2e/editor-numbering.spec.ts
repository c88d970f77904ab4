import { caretAtEnd, expect, test } from './fixtures'

test.beforeEach(async ({ page, app }) => {
  await app.newDraft(page)
})

test('a typed heading number is recognised: never doubled, and a 正文 line typed as 「四、…」 becomes a heading', async ({
  page
}) => {
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await expect(editor.locator('h1')).toHaveCount(3)

  // 一级标题 on an empty line, then the clerk types the number from habit.
  await caretAtEnd(editor.locator('p').last())
  await page.keyboard.press('Enter')
  await page.getByLabel('段落级别').selectOption('h1')
  await expect(editor.locator('h1').last()).toHaveText('四、')
  await caretAtEnd(editor.locator('h1').last())
  await page.keyboard.insertText('四、保障措施')
  await expect(editor.locator('h1').last()).toHaveText('四、保障措施')

  // Typed as 正文: the marker makes it a heading in sequence.
  await page.keyboard.press('Enter')
  await page.getByLabel('段落级别').selectOption('paragraph')
  await page.keyboard.insertText('五、其他事项')
  await expect(editor.locator('h1')).toHaveCount(5)
  await expect(editor.locator('h1').last()).toHaveText('五、其他事项')
})

test('a pasted heading is numbered in sequence as one undo step', async ({ page }) => {
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await caretAtEnd(editor.locator('p').first())
  await page.keyboard.press('Enter')
  const before = await editor.innerText()
  await page.evaluate(() => {
    const data = new DataTransfer()
    data.setData('text/html', '<h1>四、经费保障</h1><p>区财政安排专项资金。</p>')
    data.setData('text/plain', '四、经费保障\n区财政安排专项资金。')
    const target = document.querySelector('[contenteditable="true"]') as HTMLElement
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
    )
  })
  await expect(editor.locator('h1')).toHaveCount(4)
  await expect(editor.locator('h1').nth(1)).toHaveText('二、经费保障')
  await expect(editor.locator('h1').nth(2)).toHaveText('三、办理情况')

  await page.keyboard.press('Control+z')
  await expect(editor.locator('h1')).toHaveCount(3)
  await expect(editor.locator('h1').nth(1)).toHaveText('二、办理情况')
  expect(await editor.innerText()).toBe(before)
  await page.keyboard.press('Control+y')
  await expect(editor.locator('h1').nth(1)).toHaveText('二、经费保障')
})
