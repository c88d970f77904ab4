import type { ComposedReply } from '../composed-reply'
import { pageGeometry, type LayoutProfile } from '../layout'
import { imprintLines, imprintMeasures } from './imprint'
import { firstPageTop, planParagraphs, type PlanLine, type PlanPara } from './plan'
import type { LaidPage, PageLayout, PlacedLine } from './types'
import { letterFrameLines } from './frames'

// Dealing lines onto pages as Word, WPS and LibreOffice do with our styles: a page ends when the
// next line does not fit, moved back to the last line a page may start with. A page may not start
// inside a paragraph that keeps its lines together, after a paragraph kept with the next one, or
// where widow control would leave a single line. The last page leaves room for the 版记.

type Line = PlanLine & { para: PlanPara; index: number }

function flatten(paras: PlanPara[]): Line[] {
  return paras.flatMap((para) => para.lines.map((line, index) => ({ ...line, para, index })))
}

function mayStartPage(lines: Line[], i: number): boolean {
  const line = lines[i]!
  if (i === 0) return false
  if (line.index === 0) return !lines[i - 1]!.para.keepNext
  const { para } = line
  if (para.keepLines) return false
  const n = para.lines.length
  if (para.widowControl && (line.index === 1 || line.index === n - 1)) return false
  return true
}

/** The end (exclusive) of the page that starts at `start` with `capacity` twips. */
function fill(lines: Line[], start: number, capacity: number): number {
  let used = 0
  for (let i = start; i < lines.length; i++) {
    used += lines[i]!.height
    if (used > capacity && i > start) {
      for (let k = i; k > start; k--) if (mayStartPage(lines, k)) return k
      return i
    }
  }
  return lines.length
}

const heightOf = (lines: Line[], from: number, to: number) =>
  lines.slice(from, to).reduce((h, l) => h + l.height, 0)

export function paginate(reply: ComposedReply, layout: LayoutProfile): PageLayout {
  const geo = pageGeometry(layout)
  const lines = flatten(planParagraphs(reply, layout))
  const bottom = geo.pageHeight - geo.bottom
  const firstTop = firstPageTop(reply, layout)
  const imprint = imprintMeasures(reply, layout).total
  const ranges: { start: number; end: number; top: number }[] = []
  let start = 0
  while (start < lines.length) {
    const top = ranges.length === 0 ? firstTop : geo.top
    let end = fill(lines, start, bottom - top)
    if (end === lines.length && imprint && heightOf(lines, start, end) > bottom - top - imprint) {
      end = Math.max(start + 1, fill(lines, start, bottom - top - imprint))
    }
    ranges.push({ start, end, top })
    start = end
  }
  if (ranges.length === 0) ranges.push({ start: 0, end: 0, top: firstTop })
  const pages = ranges.map<LaidPage>(({ start: s, end, top }, p) => {
    let y = top
    const placed: PlacedLine[] = lines
      .slice(s, end)
      .map(({ para: _para, index: _index, ...line }) => {
        const at = { ...line, top: y }
        y += line.height
        return at
      })
    const number = p + 1
    const extras = [
      ...(p === 0 && reply.format === 'letter' ? letterFrameLines(reply, layout) : []),
      ...(p === ranges.length - 1 ? imprintLines(reply, layout) : [])
    ]
    return {
      number,
      lines: [...placed, ...extras],
      folio: reply.format === 'letter' && number === 1 ? null : `— ${number} —`,
      folioSide: number % 2 === 1 ? 'right' : 'left'
    }
  })
  return {
    pages,
    page: {
      width: geo.pageWidth,
      height: geo.pageHeight,
      top: geo.top,
      bottom: geo.bottom,
      left: geo.left,
      right: geo.right
    }
  }
}

/** The page's running text (the flow, without letterhead frames, 版记 and page number). */
export function pageText(page: LaidPage): string {
  return page.lines
    .filter((l) => l.role !== 'letterhead' && l.role !== 'cc' && l.role !== 'imprint')
    .map((l) => l.runs.map((r) => r.text).join('') + (l.tabText ?? ''))
    .join('')
}

/** Each page's first and last characters of running text, spaces removed (`cli pages`). */
export function pageSummaries(layout: PageLayout, chars = 12) {
  return layout.pages.map((page) => {
    const text = pageText(page).replace(/\s+/g, '')
    return { page: page.number, first: text.slice(0, chars), last: text.slice(-chars) }
  })
}
