import { type Paragraph, type ParagraphChild, Table } from 'docx'
import { blockText, runsText, type Block, type Run } from '../../domain/body'
import { headingStyle, type ElementStyle } from '../../domain/layout'
import { markersIn, pinnedMarkers, withMarkers } from './comments'
import { type BuildContext, blankLines, para } from './context'
import { modelRuns, textRuns } from './runs'
import { STYLE, type StyleId, headingStyleId } from './style-ids'
import { bodyTable } from './table'
import { titleLinesFor } from '../../domain/title-break'

// 标题, 主送 and the 正文: title lines centred, one blank line, the salutation flush left, then the
// opening, the body blocks and the closing in 3号 仿宋 with a 2-character first-line indent.

export function titleParagraphs(ctx: BuildContext): Paragraph[] {
  const { reply, layout } = ctx
  const el = layout.elements.title
  const lines = titleLinesFor(reply.title, layout)
  const title = para(STYLE.title, textRuns(lines.join('\n'), el, layout.latinFont))
  return [title, ...blankLines(STYLE.body, 1, true)]
}

type Piece = { style: StyleId; children: ParagraphChild[] } | Table

/** The comments' markers within one piece of the body text, which starts at `from`. */
function commented(ctx: BuildContext, runs: readonly Run[], el: ElementStyle, from: number) {
  const build = (part: readonly Run[]) => modelRuns(part, el, ctx.layout.latinFont)
  return withMarkers(runs, markersIn(ctx.comments, from, runsText(runs).length), build)
}

function blockPieces(ctx: BuildContext, block: Block, from: number): Piece[] {
  const { layout } = ctx
  const body = layout.elements.body
  switch (block.type) {
    case 'paragraph':
      return [{ style: STYLE.body, children: commented(ctx, block.runs, body, from) }]
    case 'heading': {
      const el = headingStyle(layout, block.level)
      return [
        { style: headingStyleId(block.level), children: commented(ctx, block.runs, el, from) }
      ]
    }
    case 'list': {
      let at = from
      return block.items.map((runs, i) => {
        const number = block.ordered
          ? modelRuns([{ text: `${i + 1}.` }], body, layout.latinFont)
          : []
        const children = [...number, ...commented(ctx, runs, body, at)]
        at += runsText(runs).length + 1
        return { style: STYLE.body, children }
      })
    }
    case 'table':
      return [bodyTable(ctx, block)]
  }
}

function plainPiece(ctx: BuildContext, style: StyleId, text: string): Piece {
  return { style, children: textRuns(text, ctx.layout.elements.body, ctx.layout.latinFont) }
}

/**
 * Salutation, opening, body and closing, in reading order. With keepLast the final paragraph keeps
 * its last lines with what follows, so the signature never stands alone on a page.
 */
export function mainText(ctx: BuildContext, keepLast: boolean): (Paragraph | Table)[] {
  const { reply } = ctx
  const pieces: Piece[] = []
  if (reply.salutation) pieces.push(plainPiece(ctx, STYLE.salutation, reply.salutation))
  for (const text of reply.opening) pieces.push(plainPiece(ctx, STYLE.body, text))
  let from = 0
  for (const block of reply.body.blocks) {
    pieces.push(...blockPieces(ctx, block, from))
    from += blockText(block).length + 1
  }
  for (const text of reply.closing) pieces.push(plainPiece(ctx, STYLE.body, text))
  pinComments(ctx, pieces)
  return pieces.map((piece, i) => {
    if (piece instanceof Table) return piece
    const last = keepLast && i === pieces.length - 1
    return para(piece.style, piece.children, last ? { keepNext: true, widowControl: true } : {})
  })
}

/** Comments whose words are gone go at the start of the first paragraph, or of a new one. */
function pinComments(ctx: BuildContext, pieces: Piece[]) {
  const pinned = pinnedMarkers(ctx.comments)
  if (pinned.length === 0) return
  const first = pieces.find((p): p is Exclude<Piece, Table> => !(p instanceof Table))
  if (first) first.children.unshift(...pinned)
  else pieces.unshift({ style: STYLE.body, children: pinned })
}
