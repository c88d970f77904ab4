import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary'
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin'
import { ListPlugin } from '@lexical/react/LexicalListPlugin'
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin'
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin'
import { TablePlugin } from '@lexical/react/LexicalTablePlugin'
import type { EditorState as LexicalState } from 'lexical'
import type { ReactNode } from 'react'
import type { EditorState } from '../../../electron/contract'
import { CleanPastePlugin } from './plugins/CleanPastePlugin'
import { FindReplacePlugin } from './plugins/FindReplacePlugin'
import { HeadingNumberingPlugin } from './plugins/HeadingNumberingPlugin'
import { EditablePlugin } from './plugins/EditablePlugin'
import { ReplaceBodyPlugin } from './plugins/ReplaceBodyPlugin'
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin'
import { ToolbarPlugin } from './plugins/ToolbarPlugin'

type Props = {
  /** Called on every edit with a reader: serializing a long body is left to whoever needs it. */
  onChange: (read: () => EditorState) => void
  /** A reply in review or signed is shown, not edited, until the clerk chooses 修改. */
  readOnly?: boolean
  /** Plugins of the features, e.g. review comments; rendered inside the composer. */
  children?: ReactNode
}

/** The editing surface of the surrounding ReplyComposer. */
export function ReplyEditor({ onChange, readOnly = false, children }: Props) {
  const handleChange = (state: LexicalState) =>
    onChange(() => state.toJSON() as unknown as EditorState)

  return (
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
      <ReplaceBodyPlugin />
      <OnChangePlugin
        ignoreSelectionChange
        ignoreHistoryMergeTagChange={false}
        onChange={handleChange}
      />
      {children}
    </div>
  )
}
