import { type Paragraph, type ParagraphChild, Table } from 'docx'
import type { Block, Run } from '../../domain/body'
import { headingStyle } from '../../domain/layout'
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

function bodyPiece(ctx: BuildContext, runs: readonly Run[]): Piece {
  return {
    style: STYLE.body,
    children: modelRuns(runs, ctx.layout.elements.body, ctx.layout.latinFont)
  }
}

function blockPieces(ctx: BuildContext, block: Block): Piece[] {
  const { layout } = ctx
  switch (block.type) {
    case 'paragraph':
      return [bodyPiece(ctx, block.runs)]
    case 'heading': {
      const el = headingStyle(layout, block.level)
      return [
        {
          style: headingStyleId(block.level),
          children: modelRuns(block.runs, el, layout.latinFont)
        }
      ]
    }
    case 'list':
      return block.items.map((runs, i) =>
        bodyPiece(ctx, block.ordered ? [{ text: `${i + 1}.` }, ...runs] : runs)
      )
    case 'table':
      return [bodyTable(ctx, block)]
  }
}

/**
 * Salutation, opening, body and closing, in reading order. With keepLast the final paragraph keeps
 * its last lines with what follows, so the signature never stands alone on a page.
 */
export function mainText(ctx: BuildContext, keepLast: boolean): (Paragraph | Table)[] {
  const { reply, layout } = ctx
  const body = layout.elements.body
  const pieces: Piece[] = []
  if (reply.salutation) {
    pieces.push({
      style: STYLE.salutation,
      children: textRuns(reply.salutation, body, layout.latinFont)
    })
  }
  for (const text of reply.opening) pieces.push(bodyPiece(ctx, [{ text }]))
  for (const block of reply.body.blocks) pieces.push(...blockPieces(ctx, block))
  for (const text of reply.closing) pieces.push(bodyPiece(ctx, [{ text }]))
  return pieces.map((piece, i) => {
    if (piece instanceof Table) return piece
    const last = keepLast && i === pieces.length - 1
    return para(piece.style, piece.children, last ? { keepNext: true, widowControl: true } : {})
  })
}
