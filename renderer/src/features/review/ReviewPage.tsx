import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { useState } from 'react'
import type { Draft, ReviewState, VersionSummary } from '../../../../electron/contract'
import { navigate } from '../../app/route'
import { bodyOf, REPLACE_BODY_COMMAND } from '../../editor/commands'
import { ReplyComposer } from '../../editor/ReplyComposer'
import { ReplyEditor } from '../../editor/ReplyEditor'
import { request, saveBase64, errorText } from '../../lib/api'
import { mutate, useQuery } from '../../lib/query'
import { SaveIndicator } from '../drafting/SaveIndicator'
import { useAutosave } from '../drafting/useAutosave'
import { PreviewPanel } from '../preview/PreviewPanel'
import { StaleSaveView } from '../drafting/StaleSaveView'
import { AuditPanel } from './AuditPanel'
import { CommentsPanel } from './CommentsPanel'
import { CommentsPlugin } from './CommentsPlugin'
import { DecisionBox } from './DecisionBox'
import { useEditLock } from './EditLock'
import { PersonPicker } from './PersonPicker'
import { VersionsPanel } from './VersionsPanel'
import { EXPORT_MAKES_STALE, STEP_MAKES_STALE } from './queries'
import { usePerson, useReviewComments, useReviewState } from './useReview'
import './review.css'

export function ReviewPage({ id }: { id: string }) {
  // Nothing invalidates drafts:get: the editor below is built from this answer once.
  const { value: draft, error } = useQuery('drafts:get', { id }, '读取答复失败。')

  if (error) return <p className="error-line">{error}</p>
  if (!draft) return <p className="muted">正在打开…</p>
  return (
    <ReplyComposer key={draft.id} initialState={draft.body}>
      <ReviewWorkspace draft={draft} />
    </ReplyComposer>
  )
}

type Tab = 'text' | 'print' | 'versions'

const TABS: { tab: Tab; label: string }[] = [
  { tab: 'text', label: '正文与批注' },
  { tab: 'print', label: '打印预览' },
  { tab: 'versions', label: '版本对比' }
]

type Undo = { label: string; fields: Draft['fields']; body: Draft['body'] }

function ReviewWorkspace({ draft }: { draft: Draft }) {
  const person = usePerson()
  const [editor] = useLexicalComposerContext()
  const review = useReviewState(draft.id)
  const comments = useReviewComments(draft.id)
  const {
    status: saveStatus,
    change,
    flush,
    rebase,
    settle,
    unsaved
  } = useAutosave(draft.id, draft.revision)
  const [tab, setTab] = useState<Tab>('text')
  const [message, setMessage] = useState('')
  const [undo, setUndo] = useState<Undo | null>(null)
  // Leaders correct wording while a reply is in review; once signed, it is locked here too.
  const lock = useEditLock(draft.id, review.state?.status, ['approved'], rebase)
  // Review steps move the revision on; this window's next save builds on the new one.
  const step = (work: () => Promise<ReviewState>) =>
    review.step(async () => {
      const state = await work()
      rebase(state.revision)
      return state
    })

  // The open editor takes the restored text as one edit: it can never save the old text back,
  // and Ctrl+Z or 撤销恢复 brings the previous text back.
  const restore = async (version: VersionSummary) => {
    try {
      await flush()
      const before = await request('drafts:get', { id: draft.id })
      const restored = { id: draft.id, versionId: version.id }
      rebase((await mutate('review:restoreVersion', restored, STEP_MAKES_STALE)).revision)
      const after = await request('drafts:get', { id: draft.id })
      editor.dispatchCommand(REPLACE_BODY_COMMAND, after.body)
      setUndo({ label: `第 ${version.number} 版`, fields: before.fields, body: before.body })
      setMessage('')
    } catch (e) {
      setMessage(errorText(e, '恢复版本失败。'))
    }
  }

  const undoRestore = (previous: Undo) => {
    setUndo(null)
    editor.dispatchCommand(REPLACE_BODY_COMMAND, previous.body)
    change({ fields: previous.fields })
    setMessage('已撤销恢复，正文和字段回到恢复前的内容。')
  }

  const exportPackage = async () => {
    try {
      await flush()
      const file = await mutate('review:exportPackage', { id: draft.id }, EXPORT_MAKES_STALE)
      setMessage(await saveBase64(file.fileName, file.base64, file.mimeType))
    } catch (e) {
      setMessage(errorText(e, '导出审核包失败。'))
    }
  }

  // For leaders who review in WPS or Word: the reply as it prints, open comments in the margin.
  const exportReviewCopy = async () => {
    try {
      await flush()
      const reviewCopy = { id: draft.id, comments: true }
      const file = await mutate('drafts:exportDocx', reviewCopy, EXPORT_MAKES_STALE)
      const saved = await saveBase64(file.fileName, file.base64, file.mimeType)
      setMessage(`${saved}（含 ${file.comments} 条未解决的批注）`)
    } catch (e) {
      setMessage(errorText(e, '导出审阅稿失败。'))
    }
  }

  const problems = [person.error, review.error, comments.error].filter(Boolean)
  return (
    <div className="review">
      <div className="draft-head">
        <button type="button" onClick={() => navigate({ name: 'draft', id: draft.id })}>
          返回编辑
        </button>
        <h1>{draft.fields.title || draft.fields.subject || '答复'}</h1>
        <SaveIndicator status={saveStatus} />
        <button type="button" onClick={() => void exportPackage()}>
          导出审核包
        </button>
        <button type="button" onClick={() => void exportReviewCopy()}>
          导出审阅稿（含批注）
        </button>
        <PersonPicker people={person.people} onSignIn={person.signIn} onSetPin={person.setPin} />
      </div>
      {undo && (
        <p className="notice" role="status">
          已恢复为{undo.label}。
          <button type="button" onClick={() => undoRestore(undo)}>
            撤销恢复
          </button>
        </p>
      )}
      {[...problems, message].filter(Boolean).map((text) => (
        <p className="notice" role="status" key={text}>
          {text}
        </p>
      ))}
      <div className="review-body">
        <div className="review-main">
          <div className="tabs" role="tablist">
            {TABS.map((t) => (
              <button
                key={t.tab}
                type="button"
                role="tab"
                aria-selected={tab === t.tab}
                onClick={() => setTab(t.tab)}
              >
                {t.label}
              </button>
            ))}
          </div>
          {/* Kept mounted while hidden: unmounting would drop edits not yet saved. */}
          <div className="tab-panel" hidden={tab !== 'text'}>
            {lock.banner}
            {saveStatus.kind === 'stale' && (
              <StaleSaveView
                id={draft.id}
                mine={unsaved()}
                myBody={bodyOf(editor)}
                onKeepMine={(newer) => void settle('mine', newer.revision)}
                onTakeNewer={(newer) => {
                  void settle('theirs', newer.revision)
                  editor.dispatchCommand(REPLACE_BODY_COMMAND, newer.body)
                }}
              />
            )}
            <ReplyEditor onChange={(body) => change({ body })} readOnly={lock.readOnly}>
              <CommentsPlugin
                comments={comments.comments}
                activeId={comments.activeId}
                onActivate={comments.setActiveId}
                onCreate={comments.create}
              />
            </ReplyEditor>
          </div>
          {tab === 'print' && (
            <div className="tab-panel review-print">
              <PreviewPanel id={draft.id} />
            </div>
          )}
          {tab === 'versions' && (
            <div className="tab-panel">
              <VersionsPanel id={draft.id} onRestore={restore} />
            </div>
          )}
        </div>
        <aside className="review-side">
          {review.state && <DecisionBox state={review.state} onStep={step} beforeStep={flush} />}
          <CommentsPanel
            comments={comments.comments}
            activeId={comments.activeId}
            onActivate={(commentId) => {
              setTab('text')
              comments.setActiveId(commentId)
            }}
            onAnswer={comments.answer}
            onResolve={comments.resolve}
          />
          <AuditPanel id={draft.id} />
        </aside>
      </div>
    </div>
  )
}
