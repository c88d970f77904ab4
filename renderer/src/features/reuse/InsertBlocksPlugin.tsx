import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { COMMAND_PRIORITY_EDITOR } from 'lexical'
import { useEffect } from 'react'
import { $insertBlocks, INSERT_BLOCKS_COMMAND } from './insert-blocks'

export { INSERT_BLOCKS_COMMAND }

/** Lets INSERT_BLOCKS_COMMAND (sent by the reuse panel) put BodyDoc blocks into this editor. */
export function InsertBlocksPlugin() {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      editor.registerCommand(
        INSERT_BLOCKS_COMMAND,
        (blocks) => {
          $insertBlocks(blocks)
          return true
        },
        COMMAND_PRIORITY_EDITOR
      ),
    [editor]
  )
  return null
}
