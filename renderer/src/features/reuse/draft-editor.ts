import {
  $getRoot,
  $parseSerializedNode,
  HISTORY_PUSH_TAG,
  type LexicalEditor,
  type SerializedLexicalNode
} from 'lexical'
import type { Block, EditorState } from '../../../../electron/contract'
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

/** The open editor's body as it would be saved; null when no editor is mounted. */
export function currentDraftBody(): EditorState | null {
  return current ? (current.getEditorState().toJSON() as unknown as EditorState) : null
}

export function draftBodyText(): string {
  return current?.getEditorState().read(() => $getRoot().getTextContent()) ?? ''
}

/**
 * Replaces the whole body as one edit of the open editor, so the editor never keeps (and later
 * saves) a text the reply no longer has, and Ctrl+Z brings the previous text back.
 */
export function replaceDraftBody(body: EditorState): boolean {
  if (!current) return false
  current.update(
    () => {
      const root = $getRoot()
      root.clear()
      for (const child of body.root.children)
        root.append($parseSerializedNode(child as SerializedLexicalNode))
    },
    { tag: HISTORY_PUSH_TAG }
  )
  return true
}
