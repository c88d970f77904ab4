import {
  $getRoot,
  $parseSerializedNode,
  createCommand,
  type LexicalCommand,
  type LexicalEditor,
  type SerializedLexicalNode
} from 'lexical'
import type { EditorState } from '../../../electron/contract'

// What the panels beside the editor do to it goes through Lexical commands on the editor of the
// surrounding ReplyComposer; reading it is done from the same editor. Nothing else reaches it.

/** Replaces the whole body as one undoable edit (a restored version, the newer of two saves). */
export const REPLACE_BODY_COMMAND: LexicalCommand<EditorState> =
  createCommand('REPLACE_BODY_COMMAND')

export function $replaceBody(body: EditorState): void {
  const root = $getRoot()
  root.clear()
  for (const child of body.root.children)
    root.append($parseSerializedNode(child as SerializedLexicalNode))
}

/** The body as it would be saved. */
export function bodyOf(editor: LexicalEditor): EditorState {
  return editor.getEditorState().toJSON() as unknown as EditorState
}

export function bodyTextOf(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => $getRoot().getTextContent())
}
