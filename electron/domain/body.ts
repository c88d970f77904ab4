// A neutral model of the reply body. The editor stores Lexical state; export, proofreading,
// plain text and the archive work on this model so none of them depends on Lexical.

export type Run = {
  text: string
  bold?: boolean
  italic?: boolean
  underline?: boolean
}

/** 1 = 一、  2 = （一）  3 = 1.  4 = （1） */
export type HeadingLevel = 1 | 2 | 3 | 4

export type Block =
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'heading'; level: HeadingLevel; runs: Run[] }
  | { type: 'list'; ordered: boolean; items: Run[][] }
  | { type: 'table'; header: boolean; rows: Run[][][] }

export type BodyDoc = { blocks: Block[] }

export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('')
}

export function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return runsText(block.runs)
    case 'list':
      return block.items.map(runsText).join('\n')
    case 'table':
      return block.rows.map((row) => row.map(runsText).join('\t')).join('\n')
  }
}

export function bodyText(doc: BodyDoc): string {
  return doc.blocks.map(blockText).join('\n')
}
