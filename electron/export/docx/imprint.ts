import {
  AlignmentType,
  BorderStyle,
  FrameAnchorType,
  FrameWrap,
  HorizontalPositionAlign,
  type IFrameOptions,
  type Paragraph,
  TabStopType,
  VerticalPositionAlign
} from 'docx'
import { CC_LABEL_CHARS, imprintMeasures } from '../../domain/pages/imprint'
import { type BuildContext, para } from './context'
import { textRuns } from './runs'
import { STYLE } from './style-ids'

// 版记 in 4号 仿宋, one character in on each side, pinned to the bottom of the 版心 on whatever page
// the text ends: the standard format between 156 mm rules (first and last thick, the middle thin),
// the letter format without rules or 印发 line. Each paragraph is a frame of its own because
// LibreOffice drops the position of a frame whose paragraphs carry borders; with both 抄送 and
// 印发 the 抄送 frame sits at a measured height above the 印发 frame.

export function imprintParagraphs(ctx: BuildContext): Paragraph[] {
  const { reply, layout, geo } = ctx
  const el = layout.elements.cc
  const standard = reply.format === 'standard'
  const { ch, ccHeight, imprintHeight, imprint } = imprintMeasures(reply, layout)
  if (!reply.cc && !imprint) return []
  const { thickSz, thinSz } = layout.imprintRules
  const rule = (size: number) => ({ style: BorderStyle.SINGLE, size, color: '000000', space: 0 })
  const base = {
    width: geo.textWidth,
    anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
    wrap: FrameWrap.NOT_BESIDE
  }
  const atBottom: IFrameOptions = {
    ...base,
    type: 'alignment',
    alignment: { x: HorizontalPositionAlign.CENTER, y: VerticalPositionAlign.BOTTOM }
  }
  const at = (y: number): IFrameOptions => ({ ...base, type: 'absolute', position: { x: 0, y } })
  const imprintY = geo.textHeight - imprintHeight
  const out: Paragraph[] = []
  if (reply.cc) {
    out.push(
      para(STYLE.cc, textRuns(reply.cc, el, layout.latinFont), {
        frame: imprint ? at(imprintY - ccHeight) : atBottom,
        indent: { left: ch * (1 + CC_LABEL_CHARS), hanging: ch * CC_LABEL_CHARS, right: ch },
        ...(standard
          ? { border: { top: rule(thickSz), bottom: rule(imprint ? thinSz : thickSz) } }
          : {})
      })
    )
  }
  if (imprint) {
    out.push(
      para(STYLE.imprint, textRuns(`${imprint.organ}\t${imprint.date}印发`, el, layout.latinFont), {
        frame: reply.cc ? at(imprintY) : atBottom,
        alignment: AlignmentType.LEFT,
        indent: { left: ch, right: ch },
        tabStops: [{ type: TabStopType.RIGHT, position: geo.textWidth - ch }],
        border: reply.cc ? { bottom: rule(thickSz) } : { top: rule(thickSz), bottom: rule(thickSz) }
      })
    )
  }
  return out
}
