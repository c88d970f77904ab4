import { caretAtEnd, expect, test } from './fixtures'

test.beforeEach(async ({ page, app }) => {
  await app.newDraft(page)
})

test('Enter in the find box goes to the next match and never changes the text', async ({
  page
}) => {
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await caretAtEnd(editor.locator('p').first())
  await page.keyboard.press('Enter')
  await page.keyboard.insertText('探索出淦口路径，成效明显，淦口路径可推广。')
  const before = await editor.innerText()
  await page.keyboard.press('Control+f')
  const find = page.getByLabel('查找内容')
  await find.fill('淦口路径')
  await find.press('Enter')
  await expect(page.getByRole('search')).toContainText('第 1 处，共 2 处')
  await find.press('Enter')
  await expect(page.getByRole('search')).toContainText('第 2 处，共 2 处')
  await find.press('Enter')
  await expect(page.getByRole('search')).toContainText('第 1 处，共 2 处')
  await expect(find).toBeFocused()
  expect(await editor.innerText()).toBe(before)
  await expect(editor).toContainText('探索出淦口路径，成效明显，淦口路径可推广。')
})

test('Ctrl+H opens find and replace instead of the browser history; again, it moves to 替换为', async ({
  page
}) => {
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await caretAtEnd(editor.locator('p').first())
  await page.keyboard.insertText('医共同体建设')
  let defaultPrevented = false
  page.on('console', (m) => {
    if (m.text() === 'ctrl-h-prevented') defaultPrevented = true
  })
  await page.evaluate(() =>
    window.addEventListener('keydown', (e) => {
      if (e.ctrlKey && e.key === 'h')
        setTimeout(() => e.defaultPrevented && console.log('ctrl-h-prevented'))
    })
  )
  await page.keyboard.press('Control+h')
  await expect(page.getByRole('search')).toBeVisible()
  await expect(page.getByLabel('查找内容')).toBeFocused()
  await page.getByLabel('查找内容').fill('医共同体')
  await page.keyboard.press('Control+h')
  await expect(page.getByLabel('替换为')).toBeFocused()
  await page.getByLabel('替换为').fill('医共体')
  // As in Word: the first Enter finds the match, the next replaces it.
  await page.getByLabel('替换为').press('Enter')
  await page.getByLabel('替换为').press('Enter')
  await expect(editor).toContainText('医共体建设')
  await expect.poll(() => defaultPrevented).toBe(true)
})
