import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary'
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin'
import { ListPlugin } from '@lexical/react/LexicalListPlugin'
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin'
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin'
import { TablePlugin } from '@lexical/react/LexicalTablePlugin'
import type { EditorState as LexicalState } from 'lexical'
import { useMemo, type ReactNode } from 'react'
import type { EditorState } from '../../../electron/contract'
import { REPLY_NODES } from './nodes'
import { replyTheme } from './theme'
import { CleanPastePlugin } from './plugins/CleanPastePlugin'
import { FindReplacePlugin } from './plugins/FindReplacePlugin'
import { HeadingNumberingPlugin } from './plugins/HeadingNumberingPlugin'
import { EditablePlugin } from './plugins/EditablePlugin'
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin'
import { ToolbarPlugin } from './plugins/ToolbarPlugin'
import { InsertBlocksPlugin } from '../features/reuse/InsertBlocksPlugin'

type Props = {
  initialState: EditorState
  /** Called on every edit with a reader: serializing a long body is left to whoever needs it. */
  onChange: (read: () => EditorState) => void
  /** A reply in review or signed is shown, not edited, until the clerk chooses 修改. */
  readOnly?: boolean
  /** Extra plugins, e.g. review comments; rendered inside the composer. */
  children?: ReactNode
}

export function ReplyEditor({ initialState, onChange, readOnly = false, children }: Props) {
  // The config is built once per mounted draft: rebuilding it would reset the editor.
  const config = useMemo<InitialConfigType>(
    () => ({
      namespace: 'reply-body',
      nodes: REPLY_NODES,
      theme: replyTheme,
      editorState: JSON.stringify(initialState),
      onError: (error) => console.error(error)
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    []
  )
  const handleChange = (state: LexicalState) =>
    onChange(() => state.toJSON() as unknown as EditorState)

  return (
    <LexicalComposer initialConfig={config}>
      <div className="editor">
        {!readOnly && <ToolbarPlugin />}
        <FindReplacePlugin readOnly={readOnly} />
        <div className="editor-scroll">
          <RichTextPlugin
            contentEditable={<ContentEditable className="editor-input" aria-label="答复正文" />}
            placeholder={<div className="editor-placeholder">在此撰写答复正文…</div>}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <HistoryPlugin />
        <ListPlugin />
        <TablePlugin />
        <HeadingNumberingPlugin />
        <CleanPastePlugin />
        <ShortcutsPlugin />
        <EditablePlugin editable={!readOnly} />
        <InsertBlocksPlugin />
        <OnChangePlugin
          ignoreSelectionChange
          ignoreHistoryMergeTagChange={false}
          onChange={handleChange}
        />
        {children}
      </div>
    </LexicalComposer>
  )
}
