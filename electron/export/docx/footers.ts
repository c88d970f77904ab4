import { AlignmentType, Footer, PageNumber, TextRun } from 'docx'
import { type BuildContext, charTwips, exactLine, para } from './context'
import { fontsFor } from './runs'
import { STYLE } from './style-ids'

// Page numbers `— N —` in 4号 half-width 宋体: odd pages flush right and even pages flush left, one
// character in (w:evenAndOddHeaders plus an even footer). The letter format shows none on page 1
// (titlePage with an empty first footer).

function pageNumberFooter(ctx: BuildContext, side: 'odd' | 'even'): Footer {
  const el = ctx.layout.elements.pageNumber
  const ch = charTwips(el)
  const run = new TextRun({
    children: ['— ', PageNumber.CURRENT, ' —'],
    font: fontsFor(el.font, el.font),
    size: Math.round(el.sizePt * 2)
  })
  return new Footer({
    children: [
      para(STYLE.pageNumber, [run], {
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: ch } : { left: ch },
        spacing: exactLine(ch)
      })
    ]
  })
}

export function footers(ctx: BuildContext) {
  const numbered = { default: pageNumberFooter(ctx, 'odd'), even: pageNumberFooter(ctx, 'even') }
  if (ctx.reply.format !== 'letter') return numbered
  return { ...numbered, first: new Footer({ children: [para(STYLE.pageNumber, [])] }) }
}
