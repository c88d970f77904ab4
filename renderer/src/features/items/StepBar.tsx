import { useState } from 'react'
import type { ItemAction, ItemDetail, Satisfaction } from '../../../../electron/contract'
import { errorText } from '../../lib/api'
import { mutate, useQuery } from '../../lib/query'
import { SATISFACTION } from '../../../../electron/domain/items/item'
import { localIsoDate } from '../../../../electron/domain/local-time'
import { ITEM_MAKES_STALE } from './queries'

type Props = { detail: ItemDetail; onChange: (next: ItemDetail) => void }

const NEEDS_FORM: ReadonlySet<ItemAction> = new Set(['reply', 'feedback', 'send-back', 'reopen'])

/** The steps the item's status allows; those that record something open a short form first. */
export function StepBar({ detail, onChange }: Props) {
  const [open, setOpen] = useState<ItemAction | null>(null)
  const [error, setError] = useState('')
  const signed = detail.replies.find((r) => r.linked && r.doc_number)
  const [form, setForm] = useState({
    replyDate: localIsoDate(new Date()),
    docNumber: signed?.doc_number ?? detail.item.reply_doc_number,
    resultClass: detail.item.result_class,
    satisfaction: '' as Satisfaction | '',
    note: ''
  })
  const codes = useClassCodes()

  const run = async (action: ItemAction) => {
    setError('')
    try {
      const input = {
        id: detail.item.id,
        action,
        ...(action === 'reply'
          ? { replyDate: form.replyDate, docNumber: form.docNumber, resultClass: form.resultClass }
          : {}),
        ...(action === 'feedback' && form.satisfaction ? { satisfaction: form.satisfaction } : {}),
        ...(form.note.trim() ? { note: form.note } : {})
      }
      onChange(await mutate('items:step', input, ITEM_MAKES_STALE))
      setOpen(null)
      setForm({ ...form, note: '', satisfaction: '' })
    } catch (e) {
      setError(errorText(e, '操作失败，请重试。'))
    }
  }

  return (
    <section className="item-section" aria-label="办理">
      <div className="item-steps">
        {detail.steps.map((s) => (
          <button
            key={s.action}
            type="button"
            className={open === s.action ? 'primary' : ''}
            onClick={() => (NEEDS_FORM.has(s.action) ? setOpen(s.action) : void run(s.action))}
          >
            {s.label}
          </button>
        ))}
      </div>
      {open && (
        <form
          className="items-form"
          aria-label={detail.steps.find((s) => s.action === open)?.label}
          onSubmit={(e) => {
            e.preventDefault()
            void run(open)
          }}
        >
          {open === 'reply' && (
            <>
              <label className="field">
                <span>答复日期</span>
                <input
                  type="date"
                  value={form.replyDate}
                  onChange={(e) => setForm({ ...form, replyDate: e.target.value })}
                />
              </label>
              <label className="field">
                <span>答复文号</span>
                <input
                  value={form.docNumber}
                  onChange={(e) => setForm({ ...form, docNumber: e.target.value })}
                />
              </label>
              <label className="field">
                <span>办理结果类别</span>
                <select
                  value={form.resultClass}
                  onChange={(e) => setForm({ ...form, resultClass: e.target.value })}
                >
                  <option value="">（未定）</option>
                  {codes.map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.code}
                      {c.label ? `：${c.label}` : ''}
                    </option>
                  ))}
                </select>
              </label>
            </>
          )}
          {open === 'feedback' && (
            <label className="field">
              <span>满意度</span>
              <select
                value={form.satisfaction}
                onChange={(e) =>
                  setForm({ ...form, satisfaction: e.target.value as Satisfaction | '' })
                }
              >
                <option value="">请选择</option>
                {SATISFACTION.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </select>
            </label>
          )}
          <label className="field wide">
            <span>
              {open === 'feedback' ? '代表委员的意见' : open === 'reply' ? '备注' : '理由'}
            </span>
            <input value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} />
          </label>
          {open === 'feedback' && form.satisfaction === '不满意' && (
            <p className="notice">登记“不满意”后，该件回到“办理中”，请重新办理并再次答复。</p>
          )}
          <div className="items-form-actions">
            <button type="submit" className="primary">
              确定
            </button>
            <button type="button" onClick={() => setOpen(null)}>
              取消
            </button>
          </div>
        </form>
      )}
      {error && <p className="error-line">{error}</p>}
    </section>
  )
}

type Code = { code: string; label: string }

function useClassCodes(): Code[] {
  const fetched = useQuery('profile:get', {}, '')
  return fetched.value?.classification_codes ?? []
}
