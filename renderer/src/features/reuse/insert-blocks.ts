import { $createHeadingNode } from '@lexical/rich-text'
import { $createListItemNode, $createListNode } from '@lexical/list'
import {
  $createTableCellNode,
  $createTableNode,
  $createTableRowNode,
  TableCellHeaderStates
} from '@lexical/table'
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  createCommand,
  type ElementNode,
  type LexicalCommand,
  type LexicalNode
} from 'lexical'
import type { Block, Run } from '../../../../electron/contract'

/** Inserts past-reply blocks after the block holding the caret, in one undoable step. */
export const INSERT_BLOCKS_COMMAND: LexicalCommand<readonly Block[]> =
  createCommand('INSERT_BLOCKS_COMMAND')

function $appendRuns(parent: ElementNode, runs: readonly Run[]): ElementNode {
  for (const run of runs) {
    run.text.split('\n').forEach((part, i) => {
      if (i > 0) parent.append($createLineBreakNode())
      if (part === '') return
      const text = $createTextNode(part)
      if (run.bold) text.toggleFormat('bold')
      if (run.italic) text.toggleFormat('italic')
      if (run.underline) text.toggleFormat('underline')
      parent.append(text)
    })
  }
  return parent
}

function $nodeFromBlock(block: Block): ElementNode {
  switch (block.type) {
    case 'paragraph':
      return $appendRuns($createParagraphNode(), block.runs)
    case 'heading':
      return $appendRuns($createHeadingNode(`h${block.level}`), block.runs)
    case 'list': {
      const list = $createListNode(block.ordered ? 'number' : 'bullet')
      for (const item of block.items) list.append($appendRuns($createListItemNode(), item))
      return list
    }
    case 'table': {
      const table = $createTableNode()
      block.rows.forEach((row, r) => {
        const tableRow = $createTableRowNode()
        for (const cell of row) {
          const state =
            block.header && r === 0 ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS
          tableRow.append(
            $createTableCellNode(state).append($appendRuns($createParagraphNode(), cell))
          )
        }
        table.append(tableRow)
      })
      return table
    }
  }
}

/** An empty paragraph, or a template's 【请简要介绍…】 prompt that the insertion answers. */
function isPlaceholder(node: LexicalNode): boolean {
  return $isParagraphNode(node) && /^(?:\s*|【[^【】]*】)$/u.test(node.getTextContent())
}

/**
 * Whole blocks go after the block with the caret rather than splitting it: a paragraph taken from
 * a past reply is meant to stand as its own paragraph. An empty paragraph or a template prompt at
 * the caret is replaced. Without a selection the blocks go to the end.
 */
export function $insertBlocks(blocks: readonly Block[]): void {
  const nodes = blocks.map($nodeFromBlock)
  const last = nodes[nodes.length - 1]
  if (!last) return
  const selection = $getSelection()
  const at = $isRangeSelection(selection) ? selection.focus.getNode().getTopLevelElement() : null
  if (!at) {
    $getRoot().append(...nodes)
  } else {
    let previous: LexicalNode = at
    for (const node of nodes) previous = previous.insertAfter(node)
    if (isPlaceholder(at)) at.remove()
  }
  last.selectEnd()
}
