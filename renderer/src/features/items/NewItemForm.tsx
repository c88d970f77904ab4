import { useState } from 'react'
import type { ItemKind, ItemRole } from '../../../../electron/contract'
import { navigate } from '../../app/route'
import { errorText } from '../../lib/api'
import { mutate } from '../../lib/query'
import { ITEM_MAKES_STALE } from './queries'
import { ITEM_KINDS, ITEM_ROLES } from '../../../../electron/domain/items/item'

type Props = { onCancel: () => void }

/** One item typed by hand, for an assignment that came without a list. */
export function NewItemForm({ onCancel }: Props) {
  const [f, setF] = useState({
    session: '',
    kind: '建议' as ItemKind,
    number: '',
    title: '',
    proposer: '',
    assigned_date: '',
    role: '主办' as ItemRole
  })
  const [error, setError] = useState('')
  const set = (key: keyof typeof f) => (e: { target: { value: string } }) =>
    setF({ ...f, [key]: e.target.value })

  const save = async () => {
    try {
      const detail = await mutate('items:create', { fields: f }, ITEM_MAKES_STALE)
      navigate({ name: 'item', id: detail.item.id })
    } catch (e) {
      setError(errorText(e, '登记失败。'))
    }
  }

  return (
    <form
      className="items-panel items-form"
      aria-label="逐件登记"
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <label className="field">
        <span>届次</span>
        <input value={f.session} onChange={set('session')} placeholder="市九届三次会议" />
      </label>
      <label className="field">
        <span>类别</span>
        <select value={f.kind} onChange={set('kind')}>
          {ITEM_KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>编号</span>
        <input value={f.number} onChange={set('number')} />
      </label>
      <label className="field wide">
        <span>标题</span>
        <input value={f.title} onChange={set('title')} />
      </label>
      <label className="field">
        <span>提出人</span>
        <input value={f.proposer} onChange={set('proposer')} />
      </label>
      <label className="field">
        <span>交办日期</span>
        <input type="date" value={f.assigned_date} onChange={set('assigned_date')} />
      </label>
      <label className="field">
        <span>承办方式</span>
        <select value={f.role} onChange={set('role')}>
          {ITEM_ROLES.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </label>
      {error && <p className="error-line">{error}</p>}
      <div className="items-form-actions">
        <button type="submit" className="primary">
          登记
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  )
}
