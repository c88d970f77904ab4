import { runsText, type Block, type HeadingLevel, type Run } from '../body'
import type { ComposedReply } from '../composed-reply'
import { mmToTwips, pageGeometry, signatureIndents, type LayoutProfile } from '../layout'
import { textWidthEm } from '../title-lines'
import { titleLinesFor } from '../title-break'
import {
  TITLE_GAP_LINES,
  borderTwips,
  letterFrames,
  letterheadSizePt,
  ruleLineTwips,
  topRows
} from './head-geometry'
import { breakLines, runStarts } from './lines'
import type { LineFont, LineRole, PlacedLine } from './types'

// The reply as the sequence of paragraphs the DOCX holds, each with the keep rules its style
// carries, broken into lines. Pagination deals these lines onto pages.

export type PlanLine = Omit<PlacedLine, 'top'>

export type PlanPara = {
  lines: PlanLine[]
  keepNext: boolean
  keepLines: boolean
  widowControl: boolean
}

type Options = {
  role: LineRole
  font: LineFont
  align?: PlacedLine['align']
  /** first-line indent, left and right indents in twips; hanging as a negative first */
  first?: number
  left?: number
  right?: number
  height?: number
  keepNext?: boolean
  keepLines?: boolean
  widowControl?: boolean
  red?: boolean
  rule?: PlacedLine['rule']
  ruleAbove?: PlacedLine['ruleAbove']
  tabText?: string
}

const FONT_ELEMENT = {
  title: 'title',
  body: 'body',
  h1: 'h1',
  h2: 'h2',
  h3: 'h3',
  h4: 'h4',
  letterhead: 'letterhead',
  cc: 'cc'
} as const

const HEADING_FONT: Record<HeadingLevel, LineFont> = { 1: 'h1', 2: 'h2', 3: 'h3', 4: 'h4' }

/** Character spacing in pt that sets `charsPerLine` characters of the body size in a line. */
export function gridSpacingPt(layout: LayoutProfile): number {
  return pageGeometry(layout).charSpacing / 20
}

/** The runs of `runs` between two offsets of its text. */
function sliceRuns(runs: readonly Run[], from: number, to: number): Run[] {
  const out: Run[] = []
  let at = 0
  for (const run of runs) {
    const end = at + run.text.length
    const a = Math.max(from, at)
    const b = Math.min(to, end)
    if (b > a) out.push({ ...run, text: run.text.slice(a - at, b - at) })
    at = end
  }
  return out
}

export function planParagraphs(reply: ComposedReply, layout: LayoutProfile) {
  const geo = pageGeometry(layout)
  const spacing = gridSpacingPt(layout)
  const charPitch = geo.charPitch
  const paras: PlanPara[] = []

  const sizeOf = (font: LineFont) => layout.elements[FONT_ELEMENT[font]].sizePt
  const spacingOf = (font: LineFont) => (sizeOf(font) === layout.elements.body.sizePt ? spacing : 0)

  function add(runs: Run[], o: Options) {
    const text = runsText(runs)
    const sizePt = sizeOf(o.font)
    const spacingPt = spacingOf(o.font)
    const left = o.left ?? 0
    const right = o.right ?? 0
    const first = o.first ?? 0
    const width = geo.textWidth - left - right
    const texts = breakLines(
      text,
      { sizePt, spacingPt, firstWidthPt: (width - first) / 20, widthPt: width / 20 },
      runStarts(
        runs.map((r) => r.text.length),
        text
      )
    )
    const align = o.align ?? 'justify'
    let at = 0
    const lines = texts.map<PlanLine>((t, i) => {
      // a forced break (\n) is one character of the text that no line shows
      const from = at
      at += t.length + (text[at + t.length] === '\n' ? 1 : 0)
      return {
        role: o.role,
        runs: sliceRuns(runs, from, from + t.length),
        font: o.font,
        sizePt,
        spacingPt,
        height: o.height ?? geo.linePitch,
        left: i === 0 ? left + first : left,
        right,
        align,
        stretch: align === 'justify' && i < texts.length - 1 && text[at - 1] !== '\n',
        ...(o.red ? { red: true } : {}),
        ...(o.rule ? { rule: o.rule } : {}),
        ...(o.ruleAbove ? { ruleAbove: o.ruleAbove } : {}),
        ...(o.tabText ? { tabText: o.tabText } : {})
      }
    })
    paras.push({
      lines,
      keepNext: !!o.keepNext,
      keepLines: !!o.keepLines,
      widowControl: !!o.widowControl
    })
  }
  const plain = (text: string): Run[] => (text ? [{ text }] : [])
  const blank = (count: number, keepNext = false) => {
    for (let i = 0; i < count; i++) add([], { role: 'blank', font: 'body', keepNext })
  }
  const indent2 = Math.round(2 * layout.elements.body.sizePt * 20)

  // 版头
  const letter = reply.format === 'letter'
  const rows = topRows(reply, letter)
  for (const row of rows) {
    add(plain(row.left), {
      role: 'row',
      font: 'body',
      align: 'left',
      ...(row.right ? { tabText: row.right } : {})
    })
  }
  if (!letter && reply.letterhead) {
    const spacer = mmToTwips(layout.standard.letterheadOffsetMm) - rows.length * geo.linePitch
    if (spacer > 0) add([], { role: 'spacer', font: 'body', height: spacer })
    const sizePt = letterheadSizePt(reply, layout, layout.standard.ruleLengthMm)
    add(plain(reply.letterhead), {
      role: 'letterhead',
      font: 'letterhead',
      align: 'center',
      height: Math.round(sizePt * 20),
      red: true
    })
    if (reply.docNumberLine) blank(2)
    else add([], redRule(sizePt))
  }
  if (!letter && reply.docNumberLine) {
    const el = layout.elements.docNumber
    add(plain(reply.docNumberLine), {
      role: 'docnumber',
      font: 'body',
      align: 'center',
      height: Math.round(el.sizePt * 20)
    })
    add([], redRule(el.sizePt))
  }
  function redRule(abovePt: number): Options {
    const { ruleGapMm, ruleSz } = layout.standard
    return {
      role: 'rule',
      font: 'body',
      height: ruleLineTwips(ruleGapMm, abovePt) + borderTwips(ruleSz, 'single'),
      rule: { kind: 'red', width: mmToTwips(layout.standard.ruleLengthMm) }
    }
  }
  blank(TITLE_GAP_LINES)

  // 标题 and 主送
  add(plain(titleLinesFor(reply.title, layout).join('\n')), {
    role: 'title',
    font: 'title',
    align: 'center',
    keepNext: true,
    keepLines: true
  })
  blank(1, true)
  if (reply.salutation) {
    add(plain(reply.salutation), {
      role: 'salutation',
      font: 'body',
      align: 'left',
      keepNext: true
    })
  }

  // 正文
  const main: { runs: Run[]; o: Options }[] = []
  const bodyPara = (runs: Run[]) => ({
    runs,
    o: { role: 'body', font: 'body', first: indent2 } as Options
  })
  for (const text of reply.opening) main.push(bodyPara(plain(text)))
  for (const block of reply.body.blocks) main.push(...blockParas(block))
  for (const text of reply.closing) main.push(bodyPara(plain(text)))
  function blockParas(block: Block): { runs: Run[]; o: Options }[] {
    switch (block.type) {
      case 'paragraph':
        return [bodyPara(block.runs)]
      case 'heading':
        return [
          {
            runs: block.runs,
            o: { role: 'heading', font: HEADING_FONT[block.level], first: indent2, keepNext: true }
          }
        ]
      case 'list':
        return block.items.map((runs, i) =>
          bodyPara(block.ordered ? [{ text: `${i + 1}.` }, ...runs] : runs)
        )
      case 'table':
        return block.rows.map((row) => ({
          runs: plain(row.map(runsText).join('　')),
          o: { role: 'table', font: 'body', align: 'left', keepLines: true } as Options
        }))
    }
  }
  const hasTail =
    reply.attachments.length > 0 ||
    !!reply.signature ||
    !!reply.note ||
    reply.contact.lines.some(Boolean)
  main.forEach(({ runs, o }, i) => {
    const last = hasTail && i === main.length - 1
    add(runs, last ? { ...o, keepNext: true, widowControl: true } : o)
  })

  // 附件说明, signature, 附注, contact block
  const names = reply.attachments
  if (names.length) {
    blank(1, true)
    names.forEach((name, i) => {
      const number = names.length > 1 ? `${i + 1}.` : ''
      const numberEm = textWidthEm(number)
      const left = Math.round((5 + numberEm) * charPitch)
      const hanging = Math.round(((i === 0 ? 3 : 0) + numberEm) * charPitch)
      add(plain(`${i === 0 ? '附件：' : ''}${number}${name}`), {
        role: 'attachment',
        font: 'body',
        align: 'left',
        left,
        first: -hanging,
        keepNext: true
      })
    })
  }
  const contactLines = reply.contact.lines.filter(Boolean)
  const contact = (withGap: boolean, beforeSignature: boolean) => {
    if (!contactLines.length) return
    if (withGap) blank(1, beforeSignature)
    contactLines.forEach((line, i) =>
      add(plain(line), {
        role: 'contact',
        font: 'body',
        align: 'left',
        keepLines: true,
        keepNext: beforeSignature || i < contactLines.length - 1
      })
    )
  }
  const placement = reply.contact.placement
  if (placement === 'before-signature') contact(true, true)
  const sig = reply.signature
  if (sig) {
    blank(sig.sealed ? layout.signature.sealedGapLines : 1, true)
    const { organRight, dateRight } = signatureIndents(sig.organ, sig.date, sig.sealed, layout)
    const sign = (text: string, right: number, keepNext: boolean) =>
      add(plain(text), {
        role: 'signature',
        font: 'body',
        align: 'right',
        right: Math.round(right * charPitch),
        keepNext,
        keepLines: true
      })
    if (sig.organ) sign(sig.organ, organRight, true)
    if (sig.date) sign(sig.date, dateRight, false)
  }
  if (reply.note) {
    add(plain(reply.note), { role: 'note', font: 'body', first: indent2, keepLines: true })
  }
  if (placement === 'note') contact(false, false)
  if (placement === 'after-signature') contact(true, false)
  return paras
}

/** Where the flow starts on page 1, from the paper's top. */
export function firstPageTop(reply: ComposedReply, layout: LayoutProfile): number {
  const geo = pageGeometry(layout)
  if (reply.format === 'letter' && reply.letterhead) {
    return letterFrames(reply, layout, geo).textTop
  }
  return geo.top
}
