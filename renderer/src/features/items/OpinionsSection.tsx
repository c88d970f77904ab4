import { useState } from 'react'
import type { ItemDetail } from '../../../../electron/contract'
import { errorText } from '../../lib/api'
import { mutate } from '../../lib/query'
import { readAsBase64 } from '../../lib/read-file'
import { ACCEPT } from '../archive/import-files'
import { chineseDate } from '../../../../electron/domain/drafting/chinese'
import { localIsoDate } from '../../../../electron/domain/local-time'
import { InputRow } from './InputRow'
import { ITEM_MAKES_STALE } from './queries'

type Props = { detail: ItemDetail; onChange: (next: ItemDetail) => void }

/** The unit the next opinion most likely comes from or goes to. */
function nextUnit({ item, opinions }: ItemDetail): string {
  if (opinions.direction === '发出') return item.lead_unit
  return opinions.co_units.find((c) => !c.received)?.unit ?? ''
}

/**
 * 协办意见: a 协办/会办 unit records the opinion it sent the lead unit (which closes the item); the
 * lead unit records what each co-unit sent and sees who is still missing. Shown where it applies.
 */
export function OpinionsSection({ detail, onChange }: Props) {
  const { item, opinions } = detail
  const sending = opinions.direction === '发出'
  const empty = {
    unit: nextUnit(detail),
    date: localIsoDate(new Date()),
    doc_number: '',
    summary: ''
  }
  const [form, setForm] = useState(empty)
  const [file, setFile] = useState<File | null>(null)
  const [fileKey, setFileKey] = useState(0)
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  if (!sending && item.co_units.length === 0 && opinions.list.length === 0) return null

  const add = async () => {
    setError('')
    setBusy(true)
    try {
      const attached = file
        ? { file: { fileName: file.name, base64: await readAsBase64(file) } }
        : {}
      const opinion = { id: item.id, direction: opinions.direction, ...form, ...attached }
      const next = await mutate('items:addOpinion', opinion, ITEM_MAKES_STALE)
      onChange(next)
      setForm({ ...empty, unit: nextUnit(next) })
      setFile(null)
      setFileKey((k) => k + 1)
    } catch (e) {
      setError(errorText(e, '登记协办意见失败，请重试。'))
    } finally {
      setBusy(false)
    }
  }

  const due = opinions.due_date
    ? `${sending ? '意见应于' : '协办单位意见应于'}${chineseDate(opinions.due_date)}前${sending ? '送达主办单位' : '送达'}`
    : '填写交办日期后按单位设置的协办期限计算截止日期'

  return (
    <section className="item-section" aria-label="协办意见">
      <h2>
        协办意见 <span className="muted">{due}</span>
      </h2>
      {opinions.co_units.length > 0 && (
        <ul className="item-co-units" aria-label="协办单位意见">
          {opinions.co_units.map((c) => (
            <li
              key={c.unit}
              className={c.state === 'overdue' || c.state === 'late' ? 'overdue' : ''}
            >
              {c.unit}：{c.label}
              {c.received && `（${chineseDate(c.received)}）`}
            </li>
          ))}
        </ul>
      )}
      {opinions.list.length > 0 && (
        <ul className="item-opinions" aria-label="已登记的协办意见">
          {opinions.list.map((o) => (
            <li key={o.id}>
              {o.direction} · {chineseDate(o.date)} · {o.unit}
              {o.doc_number && ` · ${o.doc_number}`}
              {!o.on_time && <strong className="overdue">（逾期）</strong>}
              {o.summary && `：${o.summary}`}
              {o.file_name && (
                <details>
                  <summary>附件：{o.file_name}</summary>
                  <pre className="opinion-text">{o.file_text}</pre>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
      <form
        className="items-form"
        aria-label={sending ? '登记发出的意见' : '登记收到的意见'}
        onSubmit={(e) => {
          e.preventDefault()
          void add()
        }}
      >
        <InputRow
          label={sending ? '主办单位' : '协办单位'}
          suggest={{
            id: 'opinion-units',
            options: (sending ? [item.lead_unit] : item.co_units).filter(Boolean)
          }}
          value={form.unit}
          onChange={(unit) => setForm({ ...form, unit })}
        />
        <InputRow
          label={sending ? '发出日期' : '收到日期'}
          type="date"
          value={form.date}
          onChange={(date) => setForm({ ...form, date })}
        />
        <InputRow
          label="文号"
          placeholder="没有可不填"
          value={form.doc_number}
          onChange={(doc_number) => setForm({ ...form, doc_number })}
        />
        <label className="field">
          <span>意见函（DOCX、PDF）</span>
          <input
            key={fileKey}
            type="file"
            accept={ACCEPT}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <InputRow
          label="意见摘要"
          wide
          value={form.summary}
          onChange={(summary) => setForm({ ...form, summary })}
        />
        <div className="items-form-actions">
          <button type="submit" disabled={busy}>
            {busy ? '正在读取附件…' : sending ? '登记发出的意见' : '登记收到的意见'}
          </button>
          {sending && <span className="muted"> 登记后该件即办结。</span>}
        </div>
      </form>
      {error && <p className="error-line">{error}</p>}
    </section>
  )
}
