import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { withAppInChromium } from './app-in-chromium'
import { median } from './stats'

const root = join(__dirname, '..', '..')

/** Initial JS the page loads (the entry script and its static imports), gzipped. */
export function rendererBundleKbGz(): number {
  const outDir = join(root, 'out', 'renderer')
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const scripts = [
    ...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)
  ].map((m) => m[1] as string)
  const files = scripts.length
    ? scripts
    : readdirSync(join(outDir, 'assets'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => `assets/${f}`)
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(outDir, f))).length, 0)
  return Math.round(bytes / 102.4) / 10
}

/** Navigation to an editable editor, in browser mode, median of 5 cold page loads. */
export function rendererReadyMs(): Promise<number> {
  return withAppInChromium(async (browser, host) => {
    const setup = await browser.newPage()
    await setup.goto(host.appUrl)
    await setup.getByRole('button', { name: '新建答复' }).click()
    await setup.waitForURL(/#\/draft\//)
    const draftHash = new URL(setup.url()).hash
    await setup.close()
    const times: number[] = []
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext()
      const page = await context.newPage()
      const start = performance.now()
      await page.goto(`${host.url}#token=${host.token}`)
      await page.evaluate((hash) => (window.location.hash = hash), draftHash)
      await page.locator('[contenteditable="true"]').waitFor()
      times.push(performance.now() - start)
      await context.close()
    }
    return Math.round(median(times))
  })
}
