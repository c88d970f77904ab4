import { useState } from 'react'
import type { ContactStage, ItemDetail } from '../../../../electron/contract'
import { errorText, request } from '../../lib/api'
import { chineseDate } from '../../../../electron/domain/drafting/chinese'
import { CONTACT_STAGES, CONTACT_WAYS } from '../../../../electron/domain/items/item'
import { localIsoDate } from '../../../../electron/domain/local-time'

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
      onChange(await request('items:addContact', { id: detail.item.id, ...form }))
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
        <label className="field">
          <span>沟通日期</span>
          <input
            type="date"
            value={form.date}
            onChange={(e) => setForm({ ...form, date: e.target.value })}
          />
        </label>
        <label className="field">
          <span>沟通方式</span>
          <input
            list="contact-ways"
            value={form.way}
            onChange={(e) => setForm({ ...form, way: e.target.value })}
          />
          <datalist id="contact-ways">
            {CONTACT_WAYS.map((w) => (
              <option key={w} value={w} />
            ))}
          </datalist>
        </label>
        <label className="field">
          <span>沟通对象</span>
          <input
            value={form.person}
            onChange={(e) => setForm({ ...form, person: e.target.value })}
          />
        </label>
        <label className="field wide">
          <span>沟通情况</span>
          <input
            value={form.summary}
            onChange={(e) => setForm({ ...form, summary: e.target.value })}
          />
        </label>
        <div className="items-form-actions">
          <button type="submit">记录沟通</button>
        </div>
      </form>
      {error && <p className="error-line">{error}</p>}
    </section>
  )
}
