import { describe, expect, it } from 'vitest'
import type { Block } from '../../../../electron/domain/body'
import type { ComposedReply } from '../../../../electron/domain/composed-reply'
import { defaultLayout } from '../../../../electron/domain/layout'
import { paginate, pageSummaries, type PlacedLine } from '../../../../electron/domain/pages'
import { breakLines } from '../../../../electron/domain/pages/lines'
import { titleLinesFor } from '../../../../electron/domain/title-break'
import { lukouReply, xianningReply, yueyangReply } from '../../../fixtures/export/samples'

// The page layout's rules, fast and without LibreOffice (tests/unit/export/pages.test.ts checks
// them against real renders).

const layout = defaultLayout()
const BODY = { sizePt: 16, spacingPt: -0.25, firstWidthPt: 410.25, widthPt: 442.25 }
const text = (l: PlacedLine) => l.runs.map((r) => r.text).join('') + (l.tabText ?? '')
const para = (t: string): Block => ({ type: 'paragraph', runs: [{ text: t }] })

function withBody(blocks: Block[], base: ComposedReply = lukouReply()): ComposedReply {
  return { ...base, opening: [], closing: [], body: { blocks } }
}

describe('lines', () => {
  it('sets 28 full-width characters a line and 26 after the 2-character indent', () => {
    const lines = breakLines('国'.repeat(100), BODY)
    expect(lines.map((l) => l.length)).toEqual([26, 28, 28, 18])
  })

  it('never starts a line with a comma or a closing bracket, never ends one with an opening', () => {
    for (const t of [
      '国'.repeat(26) + '（国国）' + '国'.repeat(10),
      '国'.repeat(25) + '“国国”' + '国'.repeat(10),
      '国'.repeat(27) + '》' + '国'.repeat(10)
    ]) {
      const lines = breakLines(t, BODY)
      for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。、）》”]/)
      for (const line of lines) expect(line).not.toMatch(/[（《“]$/)
    }
  })

  it('lets a comma or stop hang in the margin rather than move a character down', () => {
    const lines = breakLines('国'.repeat(26) + '，' + '国'.repeat(10), BODY)
    expect(lines[0]).toBe('国'.repeat(26) + '，')
  })

  it('keeps numbers and Latin words whole', () => {
    const lines = breakLines('国'.repeat(24) + '20250716' + '国'.repeat(10), BODY)
    expect(lines.some((l) => l.includes('20250716'))).toBe(true)
  })
})

describe('pages', () => {
  it('orders the elements: 文号, title, salutation, body, signature, contact; 版记 last', () => {
    const roles = paginate(lukouReply(), layout)
      .pages.flatMap((p) => p.lines.map((l) => l.role))
      .filter((r) => !['blank', 'body', 'heading', 'rule', 'letterhead'].includes(r))
    const order = ['row', 'title', 'salutation', 'signature', 'contact', 'cc']
    const firsts = order.map((r) => roles.indexOf(r as (typeof roles)[number]))
    expect(firsts.every((i) => i >= 0)).toBe(true)
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts)
  })

  it('breaks the title as the DOCX does and puts the marks on their own lines', () => {
    const reply = xianningReply()
    const lines = paginate(reply, layout).pages[0]!.lines
    expect(lines.filter((l) => l.role === 'title').map(text)).toEqual(
      titleLinesFor(reply.title, layout)
    )
    expect(lines.filter((l) => l.role === 'row').map(text)).toEqual(reply.marks.lines)
  })

  it('fills full pages with 22 lines and keeps every word of the body', () => {
    const blocks = Array.from({ length: 40 }, () => para('国'.repeat(90)))
    const { pages } = paginate(withBody(blocks), layout)
    // the page before the last may end early to keep two lines with the signature
    for (const page of pages.slice(1, -2)) {
      expect(page.lines.filter((l) => l.role !== 'cc').length).toBe(22)
    }
    const all = pages.flatMap((p) => p.lines.filter((l) => l.role === 'body').map(text)).join('')
    expect(all).toBe('国'.repeat(90 * 40))
  })

  it('moves a heading that would end a page to the next one, with its paragraph', () => {
    // 13 lines fit under the 渌口 head on page 1: 12 body lines, then the heading on the 13th
    const blocks = [
      para('国'.repeat(26 + 28 * 11)),
      { type: 'heading', level: 1, runs: [{ text: '二、下一步工作' }] } as Block,
      para('国'.repeat(60))
    ]
    const { pages } = paginate(withBody(blocks), layout)
    const heading = pages.findIndex((p) => p.lines.some((l) => l.role === 'heading'))
    expect(heading).toBe(1)
    expect(pages[1]!.lines.find((l) => l.role !== 'blank')?.role).toBe('heading')
  })

  it('never leaves the signature alone on a page: two lines of the text go with it', () => {
    for (let n = 8; n < 16; n++) {
      const { pages } = paginate(withBody([para('国'.repeat(26 + 28 * n))]), layout)
      const signed = pages.find((p) => p.lines.some((l) => l.role === 'signature'))!
      const before = signed.lines.slice(
        0,
        signed.lines.findIndex((l) => l.role === 'signature')
      )
      expect(before.filter((l) => l.role === 'body').length).toBeGreaterThanOrEqual(2)
    }
  })

  it('pins the 版记 to the foot of the last page, with room above it', () => {
    const reply = yueyangReply()
    const { pages, page } = paginate(reply, layout)
    const last = pages.at(-1)!
    const imprint = last.lines.filter((l) => l.role === 'cc' || l.role === 'imprint')
    const bottom = page.height - page.bottom
    // the last rule (1 pt) lies under the last line, on the text block's bottom edge
    expect(bottom - (imprint.at(-1)!.top + imprint.at(-1)!.height)).toBeLessThanOrEqual(20)
    const flow = last.lines.filter((l) => !['cc', 'imprint'].includes(l.role))
    const end = Math.max(...flow.map((l) => l.top + l.height))
    expect(end).toBeLessThanOrEqual(imprint[0]!.top)
  })

  it('summarises each page by its first and last characters', () => {
    const summary = pageSummaries(paginate(lukouReply(), layout))
    expect(summary[0]).toMatchObject({ page: 1, first: '渌卫复〔2025〕1号(' })
    expect(summary.at(-1)!.last).toBe('15873304217。')
  })
})
