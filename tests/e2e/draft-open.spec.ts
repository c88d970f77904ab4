import { caretAtEnd, expect, fromService, routeId, saved, test } from './fixtures'

// Opening a reply to read it is not an edit: it must not get a new revision (and 修改时间), which
// would also tell another window its text is out of date.

test('opening a saved reply and leaving it unchanged does not make it a new revision', async ({
  page,
  app
}) => {
  await app.newDraft(page)
  const editor = page.getByRole('textbox', { name: '答复正文' })
  await caretAtEnd(editor.locator('p').first())
  await page.keyboard.insertText('全市已组建城市医疗集团3个。')
  await saved(page)
  // the first opening may normalise the stored text once; from then on reading changes nothing
  await page.reload()
  await expect(editor).toContainText('城市医疗集团')
  await page.waitForTimeout(2000)
  const before = (await fromService(page, app, 'drafts:get', { id: await routeId(page) })).revision

  for (let i = 0; i < 2; i++) {
    await page.reload()
    await expect(editor).toContainText('城市医疗集团')
    await page.waitForTimeout(2000)
  }
  expect((await fromService(page, app, 'drafts:get', { id: await routeId(page) })).revision).toBe(
    before
  )
})
