import type { Response } from '@playwright/test'
import { startBrowserHost } from '../../electron/host/browser-host'
import { expect, test } from './fixtures'

// The font note took 110 px above every preview and could not be put away. It is one line now,
// and 不再提示 holds on this PC (the data folder), also for a window on a new port.

const asked = (response: Response) =>
  decodeURIComponent(new URL(response.url()).pathname) === '/api/app:fontNote'

test('the missing-font note is one line and, once dismissed, stays away on this PC', async ({
  page,
  app
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await app.newDraft(page)
  // No test machine has the commercial 方正 fonts installed.
  const note = page.getByRole('note', { name: '字体' })
  await expect(note).toContainText('方正小标宋简体')
  const box = await note.boundingBox()
  expect(box?.height ?? 0).toBeLessThanOrEqual(32)

  await note.getByRole('button', { name: '不再提示' }).click()
  await expect(note).toHaveCount(0)
  await Promise.all([page.waitForResponse(asked), page.reload()])
  await expect(page.getByLabel('页面预览')).toBeVisible()
  await expect(note).toHaveCount(0)

  // A new start on another port has a fresh localStorage: the choice must come from the data folder.
  const again = await startBrowserHost({ dataDir: app.dataDir })
  try {
    await page.goto(again.appUrl)
    await Promise.all([
      page.waitForResponse(asked),
      page.getByRole('button', { name: '新建答复' }).click()
    ])
    await expect(page.getByLabel('页面预览')).toBeVisible()
    await expect(note).toHaveCount(0)
  } finally {
    await again.close()
  }
})
