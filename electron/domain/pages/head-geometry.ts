import type { ComposedReply } from '../composed-reply'
import { MM_PER_PT, mmToTwips, type LayoutProfile, type PageGeometry } from '../layout'
import { textWidthEm } from '../title-lines'

// The 版头's measures, shared by the DOCX writer and the page layout so both place the first line
// of text at the same height. Twips throughout.

export const TITLE_GAP_LINES = 2
/** How far a CJK glyph's ink stops above the bottom of a line as tall as the font, in em. */
export const INK_DESCENT_EM = 0.1
/** Height of the empty line that carries a rule. */
export const RULE_LINE = 20

/** Width in twips that a paragraph border of `sz` eighths of a point takes, as readers draw it. */
export function borderTwips(sz: number, style: 'single' | 'double'): number {
  // a thick-thin pair is drawn as two lines and the gap between them, about 1.5 times its width
  return Math.round(((sz * 20) / 8) * (style === 'double' ? 1.5 : 1))
}

/** Letterhead size: the profile's, shrunk so the name fits the rule's length. */
export function letterheadSizePt(reply: ComposedReply, layout: LayoutProfile, widthMm: number) {
  const preferred = layout.elements.letterhead.sizePt
  const em = textWidthEm(reply.letterhead)
  return em ? Math.min(preferred, Math.floor(widthMm / MM_PER_PT / em)) : preferred
}

/** Rows under the 版头: 份号/密级/紧急/marks flush left, 文号 and top-right marks flush right. */
export function topRows(reply: ComposedReply, docNumberRight: boolean) {
  const left = [reply.copyNumber, reply.secrecy, reply.urgency].filter((s): s is string => !!s)
  if (reply.marks.placement === 'lines-left') left.push(...reply.marks.lines)
  const right = reply.marks.placement === 'top-right' ? [...reply.marks.lines] : []
  if (docNumberRight && reply.docNumberLine) right.unshift(reply.docNumberLine)
  const count = Math.max(left.length, right.length)
  return Array.from({ length: count }, (_, i) => ({ left: left[i] ?? '', right: right[i] ?? '' }))
}

/** The letter format's letterhead and red rules, fixed to the page. */
export function letterFrames(reply: ComposedReply, layout: LayoutProfile, geo: PageGeometry) {
  const { letter } = layout
  const sizePt = letterheadSizePt(reply, layout, letter.ruleLengthMm)
  const letterheadTop = mmToTwips(letter.letterheadTopMm)
  const sizeTwips = Math.round(sizePt * 20)
  const firstRuleTop =
    letterheadTop + sizeTwips + mmToTwips(letter.ruleGapMm) - Math.round(sizeTwips * INK_DESCENT_EM)
  const ruleTwips = Math.round((letter.ruleSz * 20) / 8)
  const bottomRuleTop = geo.pageHeight - mmToTwips(letter.bottomRuleMm) - ruleTwips
  const gap = Math.round(letter.docNumberGapPt * 20)
  return {
    sizePt,
    letterheadTop,
    firstRuleTop,
    bottomRuleTop,
    gap,
    /** where the text under the first rule starts, from the paper's top */
    textTop: firstRuleTop + borderTwips(letter.ruleSz, 'double') + gap
  }
}

/** Height of the empty line carrying a rule gapMm below the ink of a line of abovePt text. */
export function ruleLineTwips(gapMm: number, abovePt: number): number {
  return Math.max(RULE_LINE, mmToTwips(gapMm) - Math.round(abovePt * INK_DESCENT_EM * 20))
}
