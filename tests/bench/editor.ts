import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { withAppInChromium } from './app-in-chromium'
import { percentile } from './stats'

const seeds = join(__dirname, '..', 'fixtures', 'seeds')

/** About 30 pages of realistic body text (22 lines × 28 characters a page), headings included. */
export function thirtyPageBody(): string {
  const source = readFileSync(join(seeds, 'reply-lukou-2025-renda-17.txt'), 'utf8')
  const paragraphs = source.split('\n').filter((l) => l.trim().length > 30)
  const lines: string[] = []
  let chars = 0
  for (let section = 1; chars < 30 * 22 * 28; section++) {
    lines.push(`${section}.第${section}部分`)
    for (const p of paragraphs) {
      lines.push(p)
      chars += p.length
    }
  }
  return lines.join('\n')
}

/**
 * Per keystroke: from the input event to the editor's DOM updated and laid out (Lexical commits in
 * a microtask, so a zero-delay timeout after forcing layout sees the finished work).
 */
export function editorKeystrokeP95Ms(): Promise<number> {
  return withAppInChromium(async (browser, host) => {
    const page = await browser.newPage()
    await page.goto(host.appUrl)
    const id = await page.evaluate(async (bodyText) => {
      const token = sessionStorage.getItem('replydesk-token') ?? ''
      const res = await fetch('/api/drafts:create', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-replydesk-token': token },
        body: JSON.stringify({ bodyText })
      })
      return ((await res.json()) as { value: { id: string } }).value.id
    }, thirtyPageBody())
    await page.evaluate((draftId) => (window.location.hash = `#/draft/${draftId}`), id)
    const editor = page.locator('[contenteditable="true"]')
    await editor.waitFor()
    await editor.locator('p').nth(40).click()
    await page.evaluate(() => {
      const w = window as unknown as { keystrokeTimes: number[] }
      w.keystrokeTimes = []
      const el = document.querySelector('[contenteditable="true"]') as HTMLElement
      el.addEventListener(
        'beforeinput',
        () => {
          const start = performance.now()
          setTimeout(() => {
            el.getBoundingClientRect()
            w.keystrokeTimes.push(performance.now() - start)
          })
        },
        { capture: true }
      )
    })
    for (let i = 0; i < 120; i++) await page.keyboard.insertText('医')
    await page.waitForTimeout(200)
    const times = await page.evaluate(
      () => (window as unknown as { keystrokeTimes: number[] }).keystrokeTimes
    )
    return Math.round(percentile(times.slice(20), 95) * 10) / 10
  })
}
