import { $getRoot, type LexicalEditor } from 'lexical'
import type { Block } from '../../../../electron/contract'
import { INSERT_BLOCKS_COMMAND } from './insert-blocks'

// The reuse panel sits beside the editor, outside its LexicalComposer; the mounted draft editor
// registers here so the panel can insert into it and read its text. Only one draft editor is
// mounted at a time (one route), so the latest registration is the one the user sees.
let current: LexicalEditor | null = null

export function attachDraftEditor(editor: LexicalEditor): () => void {
  current = editor
  return () => {
    if (current === editor) current = null
  }
}

/** False when no editor is mounted. */
export function insertIntoDraft(blocks: readonly Block[]): boolean {
  if (!current) return false
  current.dispatchCommand(INSERT_BLOCKS_COMMAND, blocks)
  current.focus()
  return true
}

export function draftBodyText(): string {
  return current?.getEditorState().read(() => $getRoot().getTextContent()) ?? ''
}
