import type { ComposedReply } from '../composed-reply'
import { pageGeometry, type LayoutProfile } from '../layout'
import { textWidthEm } from '../title-lines'
import type { PlacedLine } from './types'

// The 版记 at the foot of the last page: 抄送 in 4号, one character in on each side, continuation
// lines under the names; in the standard format between rules, with the 印发 line below. The DOCX
// writes these as frames of the heights computed here.

export const CC_LABEL_CHARS = 3

export const ruleTwips = (sz: number) => Math.round((sz * 20) / 8)

/** Lines the 抄送 takes at lineEm characters of 4号 a line. */
export const ccLinesOf = (cc: string, lineEm: number) =>
  cc.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textWidthEm(line) / lineEm)), 0)

export function imprintMeasures(reply: ComposedReply, layout: LayoutProfile) {
  const geo = pageGeometry(layout)
  const ch = Math.round(layout.elements.cc.sizePt * 20)
  const { thickSz, thinSz } = layout.imprintRules
  const imprint = reply.format === 'standard' ? reply.imprint : undefined
  const lineEm = Math.floor(geo.textWidth / ch) - (2 + CC_LABEL_CHARS)
  const ccHeight = reply.cc
    ? ccLinesOf(reply.cc, lineEm) * geo.linePitch +
      (reply.format === 'standard' ? ruleTwips(thickSz) + ruleTwips(imprint ? thinSz : thickSz) : 0)
    : 0
  const imprintHeight = imprint ? geo.linePitch + ruleTwips(thickSz) * (reply.cc ? 1 : 2) : 0
  return { ch, lineEm, ccHeight, imprintHeight, imprint, total: ccHeight + imprintHeight }
}

/** The 版记's lines, placed above the bottom of the text block. */
export function imprintLines(reply: ComposedReply, layout: LayoutProfile): PlacedLine[] {
  const geo = pageGeometry(layout)
  const m = imprintMeasures(reply, layout)
  if (!m.total) return []
  const bottom = geo.pageHeight - geo.bottom
  const standard = reply.format === 'standard'
  const sizePt = layout.elements.cc.sizePt
  const base = { font: 'cc' as const, sizePt, spacingPt: 0, height: geo.linePitch, stretch: false }
  const out: PlacedLine[] = []
  if (reply.cc) {
    let top = bottom - m.total
    const texts = reply.cc.split('\n').flatMap((line) => wrap(line, m.lineEm))
    texts.forEach((text, i) => {
      out.push({
        ...base,
        role: 'cc',
        runs: [{ text }],
        top,
        left: m.ch * (i === 0 || texts[i]!.startsWith('抄送') ? 1 : 1 + CC_LABEL_CHARS),
        right: m.ch,
        align: 'left',
        ...(standard && i === 0 ? { ruleAbove: 'thick' as const } : {})
      })
      top += geo.linePitch
    })
  }
  if (m.imprint) {
    out.push({
      ...base,
      role: 'imprint',
      runs: [{ text: m.imprint.organ }],
      tabText: `${m.imprint.date}印发`,
      top: bottom - m.imprintHeight,
      left: m.ch,
      right: m.ch,
      align: 'left',
      ...(reply.cc ? {} : { ruleAbove: 'thick' as const })
    })
  }
  const last = out[out.length - 1]
  if (standard && last) last.rule = { kind: 'thick', width: geo.textWidth }
  return out
}

function wrap(line: string, lineEm: number): string[] {
  const out: string[] = []
  let current = ''
  for (const ch of line) {
    const limit = out.length === 0 ? lineEm + CC_LABEL_CHARS : lineEm
    if (textWidthEm(current + ch) > limit) {
      out.push(current)
      current = ''
    }
    current += ch
  }
  out.push(current)
  return out
}
