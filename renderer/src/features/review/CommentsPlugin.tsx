import {
  $getMarkIDs,
  $isMarkNode,
  $unwrapMarkNode,
  $wrapSelectionInMarkNode,
  MarkNode
} from '@lexical/mark'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { mergeRegister } from '@lexical/utils'
import {
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  type LexicalEditor,
  type NodeKey,
  type RangeSelection
} from 'lexical'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { ReviewComment } from '../../../../electron/contract'
import './review.css'

export type NewComment = { commentId: string; quote: string; text: string }

type Props = {
  comments: readonly ReviewComment[]
  activeId: string | null
  onActivate: (id: string) => void
  /** Saves the comment; false means it was not saved and the mark is taken off again. */
  onCreate: (comment: NewComment) => Promise<boolean>
}

type Pending = { selection: RangeSelection; backward: boolean; quote: string }

/**
 * Comments anchored with MarkNodes. The comment id goes into the mark's `ids` and so into the saved
 * body; node keys are only this session's index from ids to DOM elements (facebook/lexical#2733).
 */
export function CommentsPlugin({ comments, activeId, onActivate, onCreate }: Props) {
  const [editor] = useLexicalComposerContext()
  const markKeys = useRef(new Map<string, Set<NodeKey>>())
  const [marksVersion, setMarksVersion] = useState(0)
  const [selected, setSelected] = useState('')
  const [pending, setPending] = useState<Pending | null>(null)
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const open = useMemo(
    () => new Set(comments.filter((c) => c.parent_id === null && !c.resolved_at).map((c) => c.id)),
    [comments]
  )
  // The editor's listeners are registered once; they read the latest props through these refs.
  const openIds = useRef(open)
  const activate = useRef(onActivate)
  const caretIn = useRef<string | null>(null)
  useEffect(() => {
    openIds.current = open
    activate.current = onActivate
  }, [open, onActivate])

  useEffect(
    () =>
      mergeRegister(
        editor.registerMutationListener(MarkNode, (mutations) => {
          editor.getEditorState().read(() => {
            for (const [key, mutation] of mutations) {
              for (const keys of markKeys.current.values()) keys.delete(key)
              const node = $getNodeByKey(key)
              if (mutation === 'destroyed' || !$isMarkNode(node)) continue
              for (const id of node.getIDs()) {
                const keys = markKeys.current.get(id) ?? new Set<NodeKey>()
                markKeys.current.set(id, keys.add(key))
              }
            }
          })
          setMarksVersion((v) => v + 1)
        }),
        editor.registerUpdateListener(({ editorState }) => {
          editorState.read(() => {
            const selection = $getSelection()
            if (!$isRangeSelection(selection)) return setSelected('')
            setSelected(selection.isCollapsed() ? '' : selection.getTextContent())
            const node = selection.anchor.getNode()
            if (!selection.isCollapsed() || !$isTextNode(node)) return
            const ids = $getMarkIDs(node, selection.anchor.offset)
            const open = ids?.find((id) => openIds.current.has(id))
            caretIn.current = open ?? null
            if (open) activate.current(open)
          })
        })
      ),
    [editor]
  )

  useEffect(() => {
    const keys = new Set([...markKeys.current.values()].flatMap((set) => [...set]))
    editor.getEditorState().read(() => {
      for (const key of keys) {
        const node = $getNodeByKey(key)
        const element = editor.getElementByKey(key)
        if (!$isMarkNode(node) || !element) continue
        const ids = node.getIDs()
        element.classList.toggle('rd-mark-resolved', !ids.some((id) => open.has(id)))
        element.classList.toggle('rd-mark-active', activeId !== null && ids.includes(activeId))
      }
    })
  }, [editor, open, activeId, marksVersion])

  // Jump to the mark when the panel picks a comment, not when the caret walked into it.
  useEffect(() => {
    if (!activeId || activeId === caretIn.current) return
    const first = [...(markKeys.current.get(activeId) ?? [])][0]
    if (first)
      editor.getElementByKey(first)?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  }, [editor, activeId])

  const start = () => {
    editor.getEditorState().read(() => {
      const selection = $getSelection()
      if (!$isRangeSelection(selection) || selection.isCollapsed()) return
      setPending({
        selection: selection.clone(),
        backward: selection.isBackward(),
        quote: selection.getTextContent()
      })
      setText('')
    })
  }

  const submit = async () => {
    if (!pending || !text.trim()) return
    const commentId = crypto.randomUUID()
    editor.update(() => $wrapSelectionInMarkNode(pending.selection, pending.backward, commentId))
    setBusy(true)
    const saved = await onCreate({ commentId, quote: pending.quote, text: text.trim() })
    setBusy(false)
    if (!saved) return removeMark(editor, commentId, markKeys.current.get(commentId))
    setPending(null)
    setText('')
    onActivate(commentId)
  }

  return (
    <div className="comment-bar" aria-label="添加批注">
      {pending ? (
        <form
          className="comment-new"
          onSubmit={(e) => {
            e.preventDefault()
            void submit()
          }}
        >
          <q className="comment-quote">{pending.quote}</q>
          <textarea
            aria-label="批注内容"
            value={text}
            autoFocus
            rows={2}
            placeholder="写下对所选文字的意见"
            onChange={(e) => setText(e.target.value)}
          />
          <div className="comment-actions">
            <button type="submit" className="primary" disabled={busy || !text.trim()}>
              保存批注
            </button>
            <button type="button" onClick={() => setPending(null)}>
              取消
            </button>
          </div>
        </form>
      ) : (
        <>
          <button
            type="button"
            disabled={!selected}
            // Keep the editor's selection: a click would otherwise move focus out first.
            onMouseDown={(e) => e.preventDefault()}
            onClick={start}
          >
            批注所选文字
          </button>
          <span className="hint">
            {selected ? `已选：${clip(selected)}` : '在正文中选中文字后可添加批注'}
          </span>
        </>
      )}
    </div>
  )
}

function clip(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text
}

function removeMark(
  editor: LexicalEditor,
  id: string,
  keys: ReadonlySet<NodeKey> | undefined
): void {
  editor.update(() => {
    for (const key of keys ?? []) {
      const node = $getNodeByKey(key)
      if (!$isMarkNode(node)) continue
      node.deleteID(id)
      if (node.getIDs().length === 0) $unwrapMarkNode(node)
    }
  })
}
