import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer'
import { useMemo, type ReactNode } from 'react'
import type { EditorState } from '../../../electron/contract'
import { REPLY_NODES } from './nodes'
import { replyTheme } from './theme'

/**
 * Holds the reply's editor for a whole page: the ReplyEditor inside shows it, and the panels
 * around it (reuse, proofreading, versions, a stale save) reach it through the composer context.
 */
export function ReplyComposer({
  initialState,
  children
}: {
  initialState: EditorState
  children: ReactNode
}) {
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
  return <LexicalComposer initialConfig={config}>{children}</LexicalComposer>
}
