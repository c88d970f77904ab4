import type { ComposedReply } from '../composed-reply'
import { mmToTwips, pageGeometry, type LayoutProfile } from '../layout'
import { RULE_LINE, letterFrames } from './head-geometry'
import type { PlacedLine } from './types'

// The letter format's letterhead and its two red double rules, fixed to page 1.

export function letterFrameLines(reply: ComposedReply, layout: LayoutProfile): PlacedLine[] {
  if (!reply.letterhead) return []
  const geo = pageGeometry(layout)
  const f = letterFrames(reply, layout, geo)
  const width = mmToTwips(layout.letter.ruleLengthMm)
  // the rules are wider than the text block: centred on the page
  const outside = Math.round((width - geo.textWidth) / 2)
  const base = { font: 'letterhead' as const, spacingPt: 0, stretch: false, runs: [] }
  const rule = (top: number, kind: 'double-top' | 'double-bottom'): PlacedLine => ({
    ...base,
    role: 'rule',
    sizePt: layout.elements.body.sizePt,
    top: top - RULE_LINE,
    height: RULE_LINE,
    left: -outside,
    right: -outside,
    align: 'center',
    rule: { kind, width }
  })
  return [
    {
      ...base,
      role: 'letterhead',
      runs: [{ text: reply.letterhead }],
      sizePt: f.sizePt,
      top: f.letterheadTop,
      height: Math.round(f.sizePt * 20),
      left: -outside,
      right: -outside,
      align: 'center',
      red: true
    },
    rule(f.firstRuleTop, 'double-top'),
    rule(f.bottomRuleTop, 'double-bottom')
  ]
}
