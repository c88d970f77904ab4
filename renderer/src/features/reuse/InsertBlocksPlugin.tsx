import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { mergeRegister } from '@lexical/utils'
import { COMMAND_PRIORITY_EDITOR } from 'lexical'
import { useEffect } from 'react'
import { attachDraftEditor } from './draft-editor'
import { $insertBlocks, INSERT_BLOCKS_COMMAND } from './insert-blocks'

export { INSERT_BLOCKS_COMMAND }

/** Lets INSERT_BLOCKS_COMMAND put BodyDoc blocks into this editor and lets the reuse panel reach it. */
export function InsertBlocksPlugin() {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          INSERT_BLOCKS_COMMAND,
          (blocks) => {
            $insertBlocks(blocks)
            return true
          },
          COMMAND_PRIORITY_EDITOR
        ),
        attachDraftEditor(editor)
      ),
    [editor]
  )
  return null
}
