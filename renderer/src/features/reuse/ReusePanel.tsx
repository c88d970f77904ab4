import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { useRef, useState } from 'react'
import type { ReplyFields, ReplyPiece } from '../../../../electron/contract'
import { statusLabel } from '../../../../electron/domain/review/status'
import { replyMeta } from '../archive/labels'
import { ContactOffer } from './ContactOffer'
import { bodyTextOf } from '../../editor/commands'
import { useShortcut } from '../../lib/useShortcut'
import { INSERT_BLOCKS_COMMAND } from './insert-blocks'
import { Listing } from './Listing'
import { PastReply } from './PastReply'
import { refreshReuse, useReuseData } from './useReuseData'
// Shared list, pair and message styles come from the archive's sheet.
import '../archive/archive.css'
import './reuse.css'

type Props = {
  draftId: string
  fields: ReplyFields
  onFieldsChange: (patch: Partial<ReplyFields>) => void
}

/** 相似答复: past replies like this draft, the proposer's earlier items, and last contacts. */
export function ReusePanel({ draftId, fields, onFieldsChange }: Props) {
  const [open, setOpen] = useState(false)
  const [top, setTop] = useState(0)
  const toggle = useRef<HTMLButtonElement>(null)
  const [notice, setNotice] = useState('')
  const panel = useRef<HTMLElement>(null)
  const [editor] = useLexicalComposerContext()
  const { similar, history, contact } = useReuseData(open, draftId, fields, () =>
    bodyTextOf(editor)
  )

  useShortcut(
    'Escape',
    (event) => {
      if (event.defaultPrevented) return
      const focus = document.activeElement
      // Just opened, focus is still on the button that opened it.
      if (focus === document.body || focus === toggle.current || panel.current?.contains(focus))
        setOpen(false)
    },
    open
  )

  const insert = (piece: ReplyPiece) => {
    const done = editor.dispatchCommand(INSERT_BLOCKS_COMMAND, piece.blocks)
    if (done) editor.focus()
    setNotice(
      !done
        ? '正文编辑器尚未就绪，请稍后再试。'
        : piece.kind === 'section'
          ? `已插入“${piece.heading}”一节，可按 Ctrl+Z 撤销。`
          : '已插入一段，可按 Ctrl+Z 撤销。'
    )
  }

  return (
    <>
      <button
        ref={toggle}
        type="button"
        aria-pressed={open}
        onClick={() => {
          // The panel opens below the row holding this button, so that row stays usable.
          setTop(Math.round((toggle.current?.getBoundingClientRect().bottom ?? 0) + 8))
          setOpen((o) => !o)
        }}
      >
        相似答复
      </button>
      {open && (
        <aside ref={panel} className="reuse-panel" style={{ top }} aria-label="相似答复">
          <div className="reuse-head">
            <h2>相似答复</h2>
            <button type="button" onClick={refreshReuse}>
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
            ) : (
              <Listing fetched={history} empty="档案中没有此提出人往年的答复。">
                {(items) =>
                  items.map((item) => (
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
                  ))
                }
              </Listing>
            )}
          </section>
          <section aria-label="内容相近">
            <h3>内容相近的答复</h3>
            <Listing
              fetched={similar}
              empty="没有找到相近的往年答复。填写标题或撰写正文后可点“刷新”。"
            >
              {(replies) =>
                replies.map((reply) => (
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
                ))
              }
            </Listing>
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
