import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND, REDO_COMMAND } from 'lexical'
import { useEffect } from 'react'

/** Ctrl+Y redoes, as in WPS and Word (Lexical binds only Ctrl+Shift+Z outside macOS-less setups). */
export function ShortcutsPlugin() {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event: KeyboardEvent) => {
          if (event.isComposing) return false
          if (event.ctrlKey && !event.shiftKey && event.key.toLowerCase() === 'y') {
            event.preventDefault()
            editor.dispatchCommand(REDO_COMMAND, undefined)
            return true
          }
          return false
        },
        COMMAND_PRIORITY_NORMAL
      ),
    [editor]
  )
  return null
}
