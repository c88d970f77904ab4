import { useState } from 'react'
import type { ItemContact, ItemDetail } from '../../../../electron/contract'
import { errorText } from '../../lib/api'
import { mutate } from '../../lib/query'
import { chineseDate } from '../../../../electron/domain/drafting/chinese'
import { CONTACT_STAGES } from '../../../../electron/domain/items/item'
import { localIsoDate } from '../../../../electron/domain/local-time'
import { ContactForm } from './ContactForm'
import { EditableEntry } from './EditableEntry'
import { ITEM_MAKES_STALE } from './queries'

type Props = { detail: ItemDetail; onChange: (next: ItemDetail) => void }

const entryName = (c: Omit<ItemContact, 'id'>) =>
  `沟通记录“${c.stage} · ${chineseDate(c.date)} · ${c.way}${c.person ? ` · ${c.person}` : ''}”`

/** 办前、办中、办后 contacts with the proposer (the 「三见面」), newest last. */
export function ContactsSection({ detail, onChange }: Props) {
  const id = detail.item.id
  const [error, setError] = useState('')
  const met = new Set(detail.contacts.map((c) => c.stage))

  const remove = async (contactId: string) => {
    setError('')
    try {
      onChange(await mutate('items:deleteContact', { id, contactId }, ITEM_MAKES_STALE))
      return true
    } catch (e) {
      setError(errorText(e, '删除沟通记录失败，请重试。'))
      return false
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
        <ul className="item-contacts" aria-label="已记录的沟通">
          {detail.contacts.map(({ id: contactId, ...contact }) => (
            <EditableEntry
              key={contactId}
              name={entryName(contact)}
              onDelete={() => remove(contactId)}
              editor={(close) => (
                <ContactForm
                  initial={contact}
                  label="修改沟通记录"
                  submit="保存"
                  onCancel={close}
                  onSave={async (form) => {
                    const input = { id, contactId, ...form }
                    onChange(await mutate('items:updateContact', input, ITEM_MAKES_STALE))
                    close()
                  }}
                />
              )}
            >
              {contact.stage} · {chineseDate(contact.date)} · {contact.way}
              {contact.person && ` · ${contact.person}`}
              {contact.summary && `：${contact.summary}`}
            </EditableEntry>
          ))}
        </ul>
      )}
      {error && <p className="error-line">{error}</p>}
      <ContactForm
        initial={{
          stage: '办前',
          date: localIsoDate(new Date()),
          way: '电话',
          person: detail.item.proposer,
          summary: ''
        }}
        label="记录沟通"
        submit="记录沟通"
        onSave={async (form) => {
          onChange(await mutate('items:addContact', { id, ...form }, ITEM_MAKES_STALE))
        }}
      />
    </section>
  )
}
