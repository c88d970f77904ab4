import { useState } from 'react'
import type { ContactStage, ItemDetail } from '../../../../electron/contract'
import { errorText } from '../../lib/api'
import { mutate } from '../../lib/query'
import { chineseDate } from '../../../../electron/domain/drafting/chinese'
import { CONTACT_STAGES, CONTACT_WAYS } from '../../../../electron/domain/items/item'
import { localIsoDate } from '../../../../electron/domain/local-time'
import { InputRow } from './InputRow'
import { ITEM_MAKES_STALE } from './queries'

type Props = { detail: ItemDetail; onChange: (next: ItemDetail) => void }

/** 办前、办中、办后 contacts with the proposer (the 「三见面」), newest last. */
export function ContactsSection({ detail, onChange }: Props) {
  const [form, setForm] = useState({
    stage: '办前' as ContactStage,
    date: localIsoDate(new Date()),
    way: '电话',
    person: detail.item.proposer,
    summary: ''
  })
  const [error, setError] = useState('')
  const met = new Set(detail.contacts.map((c) => c.stage))

  const add = async () => {
    setError('')
    try {
      onChange(await mutate('items:addContact', { id: detail.item.id, ...form }, ITEM_MAKES_STALE))
      setForm({ ...form, summary: '' })
    } catch (e) {
      setError(errorText(e, '记录沟通失败，请重试。'))
    }
  }

  return (
    <section className="item-section" aria-label="与代表委员沟通">
      <h2>
        与代表委员沟通{' '}
        <span className="muted">
          {CONTACT_STAGES.map((s) => `${s}${met.has(s) ? '✓' : '—'}`).join('　')}
        </span>
      </h2>
      {detail.contacts.length > 0 && (
        <ul className="item-contacts">
          {detail.contacts.map((c) => (
            <li key={c.id}>
              {c.stage} · {chineseDate(c.date)} · {c.way}
              {c.person && ` · ${c.person}`}
              {c.summary && `：${c.summary}`}
            </li>
          ))}
        </ul>
      )}
      <form
        className="items-form"
        aria-label="记录沟通"
        onSubmit={(e) => {
          e.preventDefault()
          void add()
        }}
      >
        <label className="field">
          <span>阶段</span>
          <select
            value={form.stage}
            onChange={(e) => setForm({ ...form, stage: e.target.value as ContactStage })}
          >
            {CONTACT_STAGES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <InputRow
          label="沟通日期"
          type="date"
          value={form.date}
          onChange={(date) => setForm({ ...form, date })}
        />
        <InputRow
          label="沟通方式"
          suggest={{ id: 'contact-ways', options: [...CONTACT_WAYS] }}
          value={form.way}
          onChange={(way) => setForm({ ...form, way })}
        />
        <InputRow
          label="沟通对象"
          value={form.person}
          onChange={(person) => setForm({ ...form, person })}
        />
        <InputRow
          label="沟通情况"
          wide
          value={form.summary}
          onChange={(summary) => setForm({ ...form, summary })}
        />
        <div className="items-form-actions">
          <button type="submit">记录沟通</button>
        </div>
      </form>
      {error && <p className="error-line">{error}</p>}
    </section>
  )
}
