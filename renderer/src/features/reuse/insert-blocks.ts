import {
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $parseSerializedNode,
  createCommand,
  type LexicalCommand,
  type LexicalNode,
  type SerializedLexicalNode
} from 'lexical'
import type { Block } from '../../../../electron/contract'
import { serializedBlock } from '../../../../electron/domain/lexical-body'

/** Inserts past-reply blocks after the block holding the caret, in one undoable step. */
export const INSERT_BLOCKS_COMMAND: LexicalCommand<readonly Block[]> =
  createCommand('INSERT_BLOCKS_COMMAND')

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
  // the same conversion a new draft's body goes through, so an inserted block is what a saved one is
  const nodes = blocks.map((b) => $parseSerializedNode(serializedBlock(b) as SerializedLexicalNode))
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
