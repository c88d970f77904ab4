import { blockText, type Block, type BodyDoc, type Run } from '../body'
import { headingLevel, headingText, isHeadingLine } from './headings'
import { compact, stripBold } from './text'

/** Runs of a line; text between ** pairs (run-in phrases such as 一是建机制。) is bold. */
export function runsOf(line: string): Run[] {
  const parts = line.split('**')
  if (parts.length % 2 === 0) return line ? [{ text: stripBold(line) }] : []
  return parts.flatMap((text, i) => {
    if (!text) return []
    return i % 2 === 1 ? [{ text, bold: true }] : [{ text }]
  })
}

export function blockOf(line: string): Block {
  const level = isHeadingLine(line) ? headingLevel(line) : null
  return level
    ? { type: 'heading', level, runs: runsOf(line) }
    : { type: 'paragraph', runs: runsOf(line) }
}

export function bodyOf(lines: string[]): BodyDoc {
  return { blocks: lines.filter((l) => stripBold(l).trim()).map(blockOf) }
}

/** The 一、 level headings, run-in ones included, as the reader sees them. */
export function sectionHeadings(lines: string[]): string[] {
  return lines.filter((l) => headingLevel(l) === 1).map((l) => compact(headingText(l)))
}

/**
 * A document's text with bold runs wrapped in **, the form parseReply reads bold from: lets the
 * import feed DOCX blocks to the parser without losing run-in bold phrases.
 */
export function textWithBoldMarks(doc: BodyDoc): string {
  return doc.blocks
    .map((block) =>
      block.type === 'paragraph' || block.type === 'heading'
        ? block.runs.map((r) => (r.bold && r.text.trim() ? `**${r.text}**` : r.text)).join('')
        : blockText(block)
    )
    .join('\n')
}
