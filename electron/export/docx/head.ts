import {
  AlignmentType,
  BorderStyle,
  FrameAnchorType,
  FrameWrap,
  type IBorderOptions,
  type IFrameOptions,
  type Paragraph,
  TabStopType,
  type ParagraphChild
} from 'docx'
import { mmToTwips } from '../../domain/layout'
import {
  RULE_LINE,
  TITLE_GAP_LINES,
  letterFrames,
  letterheadSizePt,
  ruleLineTwips,
  topRows
} from '../../domain/pages/head-geometry'
import { type BuildContext, blankLines, exactLine, para } from './context'
import { textRuns } from './runs'
import { STYLE } from './style-ids'

// The 版头. Letter format: the letterhead and both red double rules are frames fixed to the page
// (the letterhead sits above the top margin), and the text below starts 7/8 of a 3号 character
// under the first rule through the frame's vertical distance. Standard format: everything flows
// from the 版心 top, with measured spacers.

/**
 * An empty line carrying a rule as its bottom border, so that the rule sits gapMm below the ink of
 * the line above. Border spacing is not used: LibreOffice applies it twice.
 */
function ruleLine(gapMm: number, abovePt: number, border: IBorderOptions) {
  const height = ruleLineTwips(gapMm, abovePt)
  return para(STYLE.letterRule, [], { spacing: exactLine(height), border: { bottom: border } })
}

function letterheadRuns(ctx: BuildContext, sizePt: number) {
  const el = ctx.layout.elements.letterhead
  return textRuns(ctx.reply.letterhead, el, el.font, { color: ctx.layout.red, sizePt })
}

function rowRuns(ctx: BuildContext, text: string): ParagraphChild[] {
  const { reply, layout } = ctx
  const el =
    text === reply.copyNumber
      ? layout.elements.copyNumber
      : text === reply.secrecy || text === reply.urgency
        ? layout.elements.secrecy
        : text === reply.docNumberLine
          ? layout.elements.docNumber
          : layout.elements.mark
  return textRuns(text, el, layout.latinFont)
}

/** Rows take one grid line each, the glyphs at the line's top so measured gaps hold. */
function rowParagraphs(ctx: BuildContext, rows: { left: string; right: string }[]): Paragraph[] {
  const { geo, layout, reply } = ctx
  const glyph = Math.round(layout.elements.body.sizePt * 20)
  return rows.map(({ left, right }) => {
    const children = [...rowRuns(ctx, left)]
    if (right) children.push(...textRuns('\t', layout.elements.mark, layout.latinFont))
    children.push(...rowRuns(ctx, right))
    return para(right && right === reply.docNumberLine ? STYLE.docNumber : STYLE.topRow, children, {
      alignment: AlignmentType.LEFT,
      tabStops: [{ type: TabStopType.RIGHT, position: geo.textWidth }],
      spacing: exactLine(glyph, geo.linePitch - glyph)
    })
  })
}

function letterHead(ctx: BuildContext): Paragraph[] {
  const { layout, geo, reply } = ctx
  const rows = rowParagraphs(ctx, topRows(reply, true))
  if (!reply.letterhead) return [...rows, ...blankLines(STYLE.body, TITLE_GAP_LINES)]
  const { letter } = layout
  const ruleWidth = mmToTwips(letter.ruleLengthMm)
  const f = letterFrames(reply, layout, geo)
  const frame = (y: number, vertical: number): IFrameOptions => ({
    type: 'absolute',
    position: { x: Math.round((geo.pageWidth - ruleWidth) / 2), y },
    width: ruleWidth,
    anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
    wrap: FrameWrap.NOT_BESIDE,
    space: { horizontal: 0, vertical }
  })
  // each rule is an empty 1 pt line in its own frame with the rule as its bottom border; the
  // first frame's vertical distance puts the text below it 7/8 of a 3号 character under the rule
  const rule = (ruleTop: number, style: IBorderOptions['style'], vertical: number) =>
    para(STYLE.letterRule, [], {
      frame: frame(ruleTop - RULE_LINE, vertical),
      spacing: exactLine(RULE_LINE),
      border: { bottom: { style, size: letter.ruleSz, color: layout.red, space: 0 } }
    })
  return [
    para(STYLE.letterhead, letterheadRuns(ctx, f.sizePt), {
      frame: frame(f.letterheadTop, 0),
      spacing: exactLine(Math.round(f.sizePt * 20))
    }),
    rule(f.firstRuleTop, BorderStyle.THICK_THIN_SMALL_GAP, f.gap),
    rule(f.bottomRuleTop, BorderStyle.THIN_THICK_SMALL_GAP, 0),
    ...rows,
    ...blankLines(STYLE.body, TITLE_GAP_LINES)
  ]
}

function standardHead(ctx: BuildContext): Paragraph[] {
  const { layout, geo, reply } = ctx
  const { standard } = layout
  const rows = topRows(reply, false)
  const out: Paragraph[] = rowParagraphs(ctx, rows)
  const redRule = (abovePt: number) =>
    ruleLine(standard.ruleGapMm, abovePt, {
      style: BorderStyle.SINGLE,
      size: standard.ruleSz,
      color: layout.red,
      space: 0
    })
  if (reply.letterhead) {
    const spacer = mmToTwips(standard.letterheadOffsetMm) - rows.length * geo.linePitch
    if (spacer > 0) out.push(para(STYLE.spacer, [], { spacing: exactLine(spacer) }))
    const sizePt = letterheadSizePt(reply, layout, standard.ruleLengthMm)
    out.push(
      para(STYLE.letterhead, letterheadRuns(ctx, sizePt), {
        spacing: exactLine(Math.round(sizePt * 20))
      }),
      ...(reply.docNumberLine ? blankLines(STYLE.body, 2) : [redRule(sizePt)])
    )
  }
  if (reply.docNumberLine) {
    const el = layout.elements.docNumber
    out.push(
      para(STYLE.docNumber, textRuns(reply.docNumberLine, el, layout.latinFont), {
        alignment: AlignmentType.CENTER,
        spacing: exactLine(Math.round(el.sizePt * 20))
      }),
      redRule(el.sizePt)
    )
  }
  return [...out, ...blankLines(STYLE.body, TITLE_GAP_LINES)]
}

export function headParagraphs(ctx: BuildContext): Paragraph[] {
  return ctx.reply.format === 'letter' ? letterHead(ctx) : standardHead(ctx)
}
