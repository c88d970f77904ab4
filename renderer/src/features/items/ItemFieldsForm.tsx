import { useState } from 'react'
import type { ItemDetail, ItemFields } from '../../../../electron/contract'
import { errorText } from '../../lib/api'
import { mutate } from '../../lib/query'
import { ITEM_MAKES_STALE } from './queries'

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

type Form = Editable & { co_units: string }

function editable(f: ItemFields): Form {
  const fields = Object.fromEntries(LABELS.map(([k]) => [k, f[k]])) as Editable
  return { ...fields, co_units: f.co_units.join('、') }
}

/** 协办单位 as typed: one line, the units apart by 、 or commas, as the 交办清单 writes them. */
function units(text: string): string[] {
  return text
    .split(/[、，,；;\n]+/)
    .map((u) => u.trim())
    .filter(Boolean)
}

/** 交办信息: the register's fields, saved on request; what was typed stays if saving fails. */
export function ItemFieldsForm({ detail, onChange }: Props) {
  const [form, setForm] = useState(() => editable(detail.item))
  const [note, setNote] = useState({ text: '', error: false })

  const save = async () => {
    try {
      const fields = { ...form, co_units: units(form.co_units) }
      onChange(await mutate('items:update', { id: detail.item.id, fields }, ITEM_MAKES_STALE))
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
      <label className="field wide">
        <span>协办单位（多个用“、”分隔）</span>
        <input
          value={form.co_units}
          onChange={(e) => setForm({ ...form, co_units: e.target.value })}
        />
      </label>
      <div className="items-form-actions">
        <button type="submit">保存交办信息</button>
        {note.text && <span className={note.error ? 'error-line' : 'muted'}>{note.text}</span>}
      </div>
    </form>
  )
}
