import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { useEffect, useState } from 'react'
import type { Draft, Profile, ReplyFields, TemplateSummary } from '../../../../electron/contract'
import { request, saveBase64, SAVE_CANCELLED, errorText } from '../../lib/api'
import { bodyOf, REPLACE_BODY_COMMAND } from '../../editor/commands'
import { ReplyComposer } from '../../editor/ReplyComposer'
import { ReplyEditor } from '../../editor/ReplyEditor'
import { useShortcut } from '../../lib/useShortcut'
import { PlainTextDialog } from '../export/PlainTextDialog'
import { exportPdf, printPages } from '../export/print'
import { PreviewPanel } from '../preview/PreviewPanel'
import { ProofreadPanel } from '../proofread/ProofreadPanel'
import { CommentsPanel } from '../review/CommentsPanel'
import { CommentsPlugin } from '../review/CommentsPlugin'
import { useEditLock } from '../review/EditLock'
import { ReviewEntry } from '../review/ReviewEntry'
import { useReviewComments } from '../review/useReview'
import { ProofreadPlugin } from '../proofread/ProofreadPlugin'
import { proofreadNow } from '../proofread/commands'
import { blocking, ProofreadStore, useProofread } from '../proofread/store'
import { InsertBlocksPlugin } from '../reuse/InsertBlocksPlugin'
import { ReusePanel } from '../reuse/ReusePanel'
import { FieldsForm } from './FieldsForm'
import { SaveIndicator } from './SaveIndicator'
import { StaleSaveView } from './StaleSaveView'
import { readJournal, type Journal } from './journal'
import { useAutosave } from './useAutosave'
import { UNTITLED } from '../../lib/format'
import { mutate, useLoad } from '../../lib/query'
import { EXPORT_MAKES_STALE } from '../review/queries'
import { NUMBER_MAKES_STALE, SAVE_MAKES_STALE } from './queries'

type Loaded = {
  draft: Draft
  journal: Journal | null
  templates: TemplateSummary[]
  profile: Profile
}

async function loadDraft(id: string): Promise<Loaded> {
  const [draft, { templates }, profile, journal] = await Promise.all([
    request('drafts:get', { id }),
    request('templates:list', {}),
    request('profile:get', {}),
    readJournal(id)
  ])
  // Journalled edits keep the revision they were made on: if another window saved since, their
  // first save is refused and both texts are shown, rather than one overwriting.
  return {
    draft: journal
      ? {
          ...draft,
          fields: { ...draft.fields, ...journal.fields },
          body: journal.body ?? draft.body,
          revision: journal.revision ?? draft.revision
        }
      : draft,
    journal,
    templates,
    profile
  }
}

export function DraftPage({ id }: { id: string }) {
  // Once per opening, whatever is invalidated later: the editor is built from this answer, and the
  // autosave, journal and conflict handling carry it from there.
  const { value: loaded, error } = useLoad([], id, () => loadDraft(id), '读取答复失败。')

  if (error) return <p className="error-line">{error}</p>
  if (!loaded) return <p className="muted">正在打开…</p>
  return (
    <ReplyComposer initialState={loaded.draft.body}>
      <DraftWorkspace {...loaded} />
    </ReplyComposer>
  )
}

function DraftWorkspace({ draft, journal, templates, profile }: Loaded) {
  const restored = journal !== null
  const [editor] = useLexicalComposerContext()
  const { status, change, flush, rebase, settle, unsaved, fieldErrors } = useAutosave(
    draft.id,
    draft.revision
  )
  const [fields, setFields] = useState<ReplyFields>(draft.fields)
  const [templateId, setTemplateId] = useState(draft.template_id)
  const [proofread] = useState(() => new ProofreadStore())
  const { findings } = useProofread(proofread)
  const [side, setSide] = useState<'preview' | 'proofread' | 'comments'>('preview')
  const comments = useReviewComments(draft.id)
  const openComments = comments.comments.filter((c) => !c.resolved_at && !c.parent_id).length
  const [confirmExport, setConfirmExport] = useState<'docx' | 'pdf' | null>(null)
  const [plainText, setPlainText] = useState(false)
  const [message, setMessage] = useState(restored ? '已恢复上次未保存的修改。' : '')
  const lock = useEditLock(draft.id, draft.status, ['review', 'approved'], rebase)

  const keepMine = (newer: Draft) => void settle('mine', newer.revision)
  const takeNewer = (newer: Draft) => {
    void settle('theirs', newer.revision)
    setFields(newer.fields)
    setTemplateId(newer.template_id)
    editor.dispatchCommand(REPLACE_BODY_COMMAND, newer.body)
  }

  useEffect(() => {
    if (journal) {
      const { body } = journal
      change({
        ...(journal.fields ? { fields: journal.fields } : {}),
        ...(body ? { body: () => body } : {})
      })
    }
  }, [journal, change])

  // 打印 prints the preview's pages: the preview tab must be showing and laid out first.
  const print = async () => {
    setSide('preview')
    await flush()
    // Two frames: the preview tab mounts, then its pages are measured and laid out.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    printPages()
  }
  useShortcut('Mod+S', () => void flush())
  useShortcut('Mod+P', () => void print())

  const updateFields = (patch: Partial<ReplyFields>) => {
    setFields((f) => ({ ...f, ...patch }))
    change({ fields: patch })
  }

  // The body stays as written; only the wording around it follows the new template.
  const changeTemplate = (id: string) => {
    flush()
      .then(() => mutate('drafts:save', { id: draft.id, templateId: id }, SAVE_MAKES_STALE))
      .then((saved) => {
        rebase(saved.revision)
        setTemplateId(id)
      })
      .catch((e: unknown) => setMessage(errorText(e, '切换模板失败。')))
  }

  const allocateDocNumber = async () => {
    try {
      await flush()
      const year = fields.date ? Number(fields.date.slice(0, 4)) : new Date().getFullYear()
      const allocate = { id: draft.id, year }
      const allocation = await mutate('register:allocate', allocate, NUMBER_MAKES_STALE)
      rebase((await request('drafts:get', { id: draft.id })).revision)
      updateFields({ doc_number: allocation.doc_number })
      setMessage(`已取号：${allocation.doc_number}`)
    } catch (e) {
      setMessage(errorText(e, '取号失败，请稍后重试。'))
    }
  }

  const saveDocx = async () => {
    const file = await mutate('drafts:exportDocx', { id: draft.id }, EXPORT_MAKES_STALE)
    const saved = await saveBase64(file.fileName, file.base64, file.mimeType)
    if (saved === SAVE_CANCELLED) return saved
    const signed = file.approval
      ? `（${file.approval.by}已签发，签发信息记在文件属性中）`
      : '（此稿尚未签发）'
    return [saved + signed, ...file.warnings].join('。')
  }

  const exportFile = async (kind: 'docx' | 'pdf', checked = false) => {
    // The 校对 pass before export: errors still open are listed and the clerk decides.
    if (!checked && blocking(await proofreadNow(editor)).length > 0) {
      setSide('proofread')
      setConfirmExport(kind)
      return
    }
    setConfirmExport(null)
    setMessage(kind === 'pdf' ? '正在生成 PDF…' : '正在导出…')
    try {
      await flush()
      const name = `${fields.title || fields.subject || '答复'}.pdf`
      setMessage(kind === 'pdf' ? await exportPdf(draft.id, name) : await saveDocx())
    } catch (e) {
      setMessage(errorText(e, kind === 'pdf' ? '导出 PDF 失败。' : '导出失败，请稍后重试。'))
    }
  }

  return (
    <div className="draft">
      <div className="draft-head">
        <h1>{fields.title || fields.subject || UNTITLED}</h1>
        <SaveIndicator status={status} />
        <ReviewEntry id={draft.id} />
        <ReusePanel draftId={draft.id} fields={fields} onFieldsChange={updateFields} />
        <button type="button" onClick={() => setPlainText(true)}>
          纯文本
        </button>
        <button type="button" onClick={() => void print()} title="Ctrl+P">
          打印
        </button>
        <button type="button" onClick={() => void exportFile('pdf')}>
          导出 PDF
        </button>
        <button type="button" className="primary" onClick={() => void exportFile('docx')}>
          导出 DOCX
        </button>
      </div>
      {plainText && <PlainTextDialog id={draft.id} onClose={() => setPlainText(false)} />}
      {confirmExport && (
        <div className="notice confirm" role="alertdialog" aria-label="导出前校对">
          校对发现 {blocking(findings).length} 处错误尚未处理（见右侧“校对”）。
          <button type="button" onClick={() => setConfirmExport(null)}>
            返回修改
          </button>
          <button type="button" onClick={() => void exportFile(confirmExport, true)}>
            仍然导出
          </button>
        </div>
      )}
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      {lock.banner}
      {status.kind === 'stale' && (
        <StaleSaveView
          id={draft.id}
          mine={unsaved()}
          myBody={bodyOf(editor)}
          onKeepMine={keepMine}
          onTakeNewer={takeNewer}
        />
      )}
      <div className="draft-body">
        <FieldsForm
          readOnly={lock.readOnly}
          refused={fieldErrors}
          fields={fields}
          onChange={updateFields}
          classifications={profile.classification_codes.map((c) => c.code)}
          templates={templates}
          templateId={templateId}
          onTemplateChange={changeTemplate}
          onAllocateDocNumber={() => void allocateDocNumber()}
        />
        <ReplyEditor onChange={(body) => change({ body })} readOnly={lock.readOnly}>
          <InsertBlocksPlugin />
          <ProofreadPlugin store={proofread} fields={fields} draftId={draft.id} />
          <CommentsPlugin
            comments={comments.comments}
            activeId={comments.activeId}
            onActivate={(commentId) => {
              setSide('comments')
              comments.setActiveId(commentId)
            }}
            onCreate={comments.create}
          />
        </ReplyEditor>
        <div className="side">
          <div className="side-tabs" role="tablist">
            <button
              type="button"
              role="tab"
              aria-selected={side === 'preview'}
              onClick={() => setSide('preview')}
            >
              预览
            </button>
            <button
              type="button"
              role="tab"
              aria-selected={side === 'proofread'}
              onClick={() => setSide('proofread')}
            >
              校对{findings.length ? `（${findings.length}）` : ''}
            </button>
            <button
              type="button"
              role="tab"
              aria-selected={side === 'comments'}
              onClick={() => setSide('comments')}
            >
              批注{openComments ? `（${openComments}）` : ''}
            </button>
          </div>
          {side === 'preview' && <PreviewPanel id={draft.id} />}
          {side === 'proofread' && (
            <div className="side-scroll">
              <ProofreadPanel store={proofread} />
            </div>
          )}
          {side === 'comments' && (
            <div className="side-scroll">
              <CommentsPanel
                comments={comments.comments}
                activeId={comments.activeId}
                onActivate={comments.setActiveId}
                onAnswer={comments.answer}
                onResolve={comments.resolve}
              />
            </div>
          )}
        </div>
      </div>
    </div>
  )
}
