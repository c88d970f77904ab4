import { caretAtEnd, expect, test } from './fixtures'

test('edits made while saving fails are kept, retried and restored after a reload', async ({
  page,
  app
}) => {
  await app.newDraft(page)
  await expect(page.getByTestId('save-status')).not.toContainText('正在保存')

  // The service refuses every save, as it would with a full disk.
  const isSave = (url: URL) => decodeURIComponent(url.pathname) === '/api/drafts:save'
  await page.route(isSave, (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: { code: 'disk-full', message: '磁盘空间已满，刚才的修改没有保存。' }
      })
    })
  )
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await caretAtEnd(editor.locator('p').first())
  await page.keyboard.insertText('断电前写下的这一句不能丢。')
  await page.getByLabel('提出人', { exact: true }).fill('许国欣')
  await expect(page.getByTestId('save-status')).toContainText('磁盘空间已满', { timeout: 5000 })

  // The app is closed while the disk is still full; the next start finds the journal.
  await page.unroute(isSave)
  await page.reload()
  await expect(page.getByRole('status').filter({ hasText: '已恢复上次未保存的修改' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: '答复正文' })).toContainText(
    '断电前写下的这一句不能丢。'
  )
  await expect(page.getByLabel('提出人', { exact: true })).toHaveValue('许国欣')
  await expect(page.getByTestId('save-status')).toContainText('已保存', { timeout: 5000 })

  // Saved for real now: a fresh load without the journal shows the same text.
  await page.evaluate(() => localStorage.clear())
  await page.reload()
  await expect(page.getByRole('textbox', { name: '答复正文' })).toContainText(
    '断电前写下的这一句不能丢。'
  )
})
