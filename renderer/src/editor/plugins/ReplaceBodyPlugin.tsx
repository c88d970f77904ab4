import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $addUpdateTag, COMMAND_PRIORITY_EDITOR, HISTORY_PUSH_TAG } from 'lexical'
import { useEffect } from 'react'
import { $replaceBody, REPLACE_BODY_COMMAND } from '../commands'

/**
 * The body is replaced inside the open editor, so it never keeps (and later saves) a text the
 * reply no longer has, and Ctrl+Z brings the previous text back.
 */
export function ReplaceBodyPlugin() {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      editor.registerCommand(
        REPLACE_BODY_COMMAND,
        (body) => {
          // Command listeners run inside an update: the tag makes this edit its own undo step.
          $addUpdateTag(HISTORY_PUSH_TAG)
          $replaceBody(body)
          return true
        },
        COMMAND_PRIORITY_EDITOR
      ),
    [editor]
  )
  return null
}
