import { caretAtEnd, expect, test, typeWithIme } from './fixtures'

test.beforeEach(async ({ page, app }) => {
  await app.newDraft(page)
})

test('headings keep 一、二、三 in sequence when a section is removed, and IME input into a heading stays intact', async ({
  page
}) => {
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await expect(editor.locator('h1')).toHaveCount(3)
  await expect(editor.locator('h1').nth(1)).toHaveText('二、办理情况')

  // Remove the first section (heading and its prompt paragraph); the rest renumber.
  // The range is set in the DOM, as a drag would: a shift-click lands wherever the layout puts it.
  await editor.locator('h1').first().click()
  await editor.evaluate((root) => {
    const [first, second] = root.querySelectorAll('h1')
    const range = document.createRange()
    range.setStart(first as Node, 0)
    range.setEnd(second as Node, 0)
    const selection = window.getSelection() as Selection
    selection.removeAllRanges()
    selection.addRange(range)
  })
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString() ?? ''))
    .toContain('基本情况')
  await page.keyboard.press('Backspace')
  await expect(editor.locator('h1')).toHaveCount(2)
  await expect(editor.locator('h1').first()).toHaveText('一、办理情况')
  await expect(editor.locator('h1').nth(1)).toHaveText('二、下一步工作')

  // Typing into a heading with an IME does not disturb its number or the composed text.
  await caretAtEnd(editor.locator('h1').first())
  await typeWithIme(page, [{ composing: ['ji', 'jiben'], commit: '及成效' }])
  await expect(editor.locator('h1').first()).toHaveText('一、办理情况及成效')

  // A new heading made from the toolbar gets the next number.
  await caretAtEnd(editor.locator('p').last())
  await page.keyboard.press('Enter')
  await page.keyboard.insertText('保障措施')
  await page.getByLabel('段落级别').selectOption('h1')
  await expect(editor.locator('h1').last()).toHaveText('三、保障措施')
})

test('undo and redo with Ctrl+Z and Ctrl+Y', async ({ page }) => {
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await caretAtEnd(editor.locator('p').first())
  await page.keyboard.insertText('甲乙丙')
  await expect(editor).toContainText('甲乙丙')
  await page.keyboard.press('Control+z')
  await expect(editor).not.toContainText('甲乙丙')
  await page.keyboard.press('Control+y')
  await expect(editor).toContainText('甲乙丙')
})

test('find and replace all with Ctrl+F', async ({ page }) => {
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await caretAtEnd(editor.locator('p').first())
  await page.keyboard.insertText('医共同体建设，医共同体运行。')
  await page.keyboard.press('Control+f')
  await page.getByLabel('查找内容').fill('医共同体')
  await page.getByLabel('替换为').fill('医共体')
  await page.getByRole('button', { name: '全部替换' }).click()
  await expect(page.getByRole('search')).toContainText('已替换 2 处')
  await expect(editor).toContainText('医共体建设，医共体运行。')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('search')).toHaveCount(0)
})

test('pasted Word formatting keeps structure and bold but drops fonts and colours', async ({
  page
}) => {
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await caretAtEnd(editor.locator('p').first())
  await page.keyboard.press('Enter')
  await page.evaluate(() => {
    const html =
      '<p style="font-family:宋体;color:red"><b>一是建机制。</b><span style="font-size:30pt;color:blue">成立领导小组。</span></p>'
    const data = new DataTransfer()
    data.setData('text/html', html)
    data.setData('text/plain', '一是建机制。成立领导小组。')
    const target = document.querySelector('[contenteditable="true"]') as HTMLElement
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
    )
  })
  await expect(editor).toContainText('一是建机制。成立领导小组。')
  await expect(
    editor.locator('strong, b, .rd-bold').filter({ hasText: '一是建机制。' })
  ).toHaveCount(1)
  const styled = await editor
    .locator('[style*="color"], [style*="font-size"], [style*="font-family"]')
    .count()
  expect(styled).toBe(0)
})
