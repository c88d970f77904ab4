import { useEffect, useRef, useState } from 'react'
import type { ReplyFields, ReplyPiece } from '../../../../electron/contract'
import { replyMeta, statusLabel } from '../archive/labels'
import { ContactOffer } from './ContactOffer'
import { insertIntoDraft } from './draft-editor'
import { PastReply } from './PastReply'
import { useReuseData } from './useReuseData'
import './reuse.css'

type Props = {
  draftId: string
  fields: ReplyFields
  onFieldsChange: (patch: Partial<ReplyFields>) => void
}

/** 相似答复: past replies like this draft, the proposer's earlier items, and last contacts. */
export function ReusePanel({ draftId, fields, onFieldsChange }: Props) {
  const [open, setOpen] = useState(false)
  const [reload, setReload] = useState(0)
  const [notice, setNotice] = useState('')
  const panel = useRef<HTMLElement>(null)
  const data = useReuseData(open, draftId, fields, reload)

  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.isComposing || event.defaultPrevented) return
      const focus = document.activeElement
      if (focus === document.body || panel.current?.contains(focus)) setOpen(false)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [open])

  const insert = (piece: ReplyPiece) => {
    const done = insertIntoDraft(piece.blocks)
    setNotice(
      !done
        ? '正文编辑器尚未就绪，请稍后再试。'
        : piece.kind === 'section'
          ? `已插入“${piece.heading}”一节，可按 Ctrl+Z 撤销。`
          : '已插入一段，可按 Ctrl+Z 撤销。'
    )
  }

  const { similar, history, contact } = data
  return (
    <>
      <button type="button" aria-pressed={open} onClick={() => setOpen((o) => !o)}>
        相似答复
      </button>
      {open && (
        <aside ref={panel} className="reuse-panel" aria-label="相似答复">
          <div className="reuse-head">
            <h2>相似答复</h2>
            <button type="button" onClick={() => setReload((n) => n + 1)}>
              刷新
            </button>
            <button type="button" onClick={() => setOpen(false)} aria-label="关闭相似答复">
              关闭
            </button>
          </div>
          {notice && (
            <p className="reuse-notice" role="status">
              {notice}
            </p>
          )}
          <section aria-label="同一提出人">
            <h3>{fields.proposer ? `${fields.proposer}的往年${fields.kind}` : '同一提出人'}</h3>
            {!fields.proposer ? (
              <p className="hint">填写提出人后，这里列出其往年的建议提案和我们的答复。</p>
            ) : history.error ? (
              <p className="error-text">{history.error}</p>
            ) : history.loading && history.value.length === 0 ? (
              <p className="hint">正在查找…</p>
            ) : history.value.length === 0 ? (
              <p className="hint">档案中没有此提出人往年的答复。</p>
            ) : (
              <ul className="past-replies">
                {history.value.map((item) => (
                  <PastReply
                    key={item.id}
                    id={item.id}
                    title={item.title || item.subject}
                    meta={replyMeta([
                      item.year && `${item.year}年`,
                      item.session,
                      item.item_number && `第${item.item_number}号`,
                      statusLabel(item.status)
                    ])}
                    onInsert={insert}
                  />
                ))}
              </ul>
            )}
          </section>
          <section aria-label="内容相近">
            <h3>内容相近的答复</h3>
            {similar.error ? (
              <p className="error-text">{similar.error}</p>
            ) : similar.loading && similar.value.length === 0 ? (
              <p className="hint">正在查找…</p>
            ) : similar.value.length === 0 ? (
              <p className="hint">没有找到相近的往年答复。填写标题或撰写正文后可点“刷新”。</p>
            ) : (
              <ul className="past-replies">
                {similar.value.map((reply) => (
                  <PastReply
                    key={reply.id}
                    id={reply.id}
                    title={reply.title}
                    meta={replyMeta([
                      reply.kind,
                      reply.year && `${reply.year}年`,
                      reply.proposer,
                      statusLabel(reply.status)
                    ])}
                    onInsert={insert}
                  >
                    {reply.shared.length > 0 && (
                      <p className="shared">共同词语：{reply.shared.slice(0, 6).join('、')}</p>
                    )}
                  </PastReply>
                ))}
              </ul>
            )}
          </section>
          <section aria-label="联系人和抄送">
            <h3>联系人和抄送</h3>
            {contact.error ? (
              <p className="error-text">{contact.error}</p>
            ) : contact.value ? (
              <ContactOffer
                contact={contact.value}
                fields={fields}
                onApply={(patch) => {
                  onFieldsChange(patch)
                  setNotice('已沿用联系人和抄送，可在左侧“联系与抄送”中修改。')
                }}
              />
            ) : (
              <p className="hint">
                {contact.loading ? '正在查找…' : `档案中还没有${fields.kind}的答复可沿用。`}
              </p>
            )}
          </section>
        </aside>
      )}
    </>
  )
}
