import type { LatestContact, ReplyFields } from '../../../../electron/contract'
import { chineseDate } from '../../../../electron/domain/drafting/chinese'
import { fieldLabel } from '../../../../electron/domain/reply'
import { contactPatch, TEXT_KEYS } from './contact'

type Props = {
  contact: LatestContact
  fields: ReplyFields
  onApply: (patch: Partial<ReplyFields>) => void
}

export function ContactOffer({ contact, fields, onApply }: Props) {
  const patch = contactPatch(contact, fields)
  const keys = Object.keys(patch) as (keyof ReplyFields)[]
  return (
    <div className="contact-offer">
      <p className="hint">
        来自《{contact.from_title || '最近一份答复'}》
        {contact.date && `（${chineseDate(contact.date)}）`}
      </p>
      <dl className="pairs">
        {TEXT_KEYS.filter((k) => contact[k]).map((k) => (
          <div key={k}>
            <dt>{fieldLabel(k)}</dt>
            <dd>{contact[k]}</dd>
          </div>
        ))}
        {contact.cc.length > 0 && (
          <div>
            <dt>抄送</dt>
            <dd>{contact.cc.join('；')}</dd>
          </div>
        )}
      </dl>
      {keys.length ? (
        <button type="button" onClick={() => onApply(patch)}>
          沿用联系人和抄送
        </button>
      ) : (
        <p className="hint">本答复的联系人和抄送已与之相同。</p>
      )}
    </div>
  )
}
