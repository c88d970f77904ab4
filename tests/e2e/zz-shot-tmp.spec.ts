import { test } from './fixtures'
test('shots', async ({ page, app }) => {
  page.on('console', (m) => console.log('CONSOLE', m.type(), m.text().slice(0, 400)))
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message, e.stack?.slice(0, 800)))
  await page.setViewportSize({ width: 1400, height: 860 })
  await app.open(page)
  await page.getByRole('button', { name: '新建答复' }).click()
  await page.waitForTimeout(2000)
  await page.screenshot({ path: '/tmp/shots/draft.png' })
})
