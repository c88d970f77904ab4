import { useState } from 'react'
import type { ItemDetail, ItemFields } from '../../../../electron/contract'
import { errorText, request } from '../../lib/api'

type Props = { detail: ItemDetail; onChange: (next: ItemDetail) => void }

type Editable = Pick<
  ItemFields,
  | 'session'
  | 'number'
  | 'title'
  | 'proposer'
  | 'assigned_date'
  | 'lead_unit'
  | 'leader'
  | 'department'
  | 'handler'
  | 'due_override'
>

const LABELS: [keyof Editable, string, string?][] = [
  ['session', '届次'],
  ['number', '编号'],
  ['title', '标题'],
  ['proposer', '提出人'],
  ['assigned_date', '交办日期', 'date'],
  ['due_override', '办理期限（留空按设置中的期限计算）', 'date'],
  ['lead_unit', '主办单位'],
  ['leader', '分管领导'],
  ['department', '承办科室'],
  ['handler', '经办人']
]

function editable(f: ItemFields): Editable {
  return Object.fromEntries(LABELS.map(([k]) => [k, f[k]])) as Editable
}

/** 交办信息: the register's fields, saved on request; what was typed stays if saving fails. */
export function ItemFieldsForm({ detail, onChange }: Props) {
  const [form, setForm] = useState(() => editable(detail.item))
  const [note, setNote] = useState({ text: '', error: false })

  const save = async () => {
    try {
      onChange(await request('items:update', { id: detail.item.id, fields: form }))
      setNote({ text: '已保存。', error: false })
    } catch (e) {
      setNote({ text: errorText(e, '保存失败，请重试。'), error: true })
    }
  }

  return (
    <form
      className="item-section items-form"
      aria-label="交办信息"
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <h2>交办信息</h2>
      {LABELS.map(([key, label, type]) => (
        <label key={key} className={key === 'title' ? 'field wide' : 'field'}>
          <span>{label}</span>
          <input
            type={type ?? 'text'}
            value={form[key]}
            onChange={(e) => setForm({ ...form, [key]: e.target.value })}
          />
        </label>
      ))}
      <div className="items-form-actions">
        <button type="submit">保存交办信息</button>
        {note.text && <span className={note.error ? 'error-line' : 'muted'}>{note.text}</span>}
      </div>
    </form>
  )
}
