import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { startBrowserHost, type BrowserHost } from '../../electron/host/browser-host'

const CHROMIUM = process.env.REPLYDESK_CHROMIUM ?? '/usr/bin/chromium'

/** A fresh app in browser mode and Debian's Chromium, for the benches that measure the page. */
export async function withAppInChromium<T>(
  measure: (browser: Browser, host: BrowserHost) => Promise<T>
): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'replydesk-bench-'))
  const host = await startBrowserHost({ dataDir })
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
  })
  try {
    return await measure(browser, host)
  } finally {
    await browser.close()
    await host.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
