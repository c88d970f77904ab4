import { useState } from 'react'
import type { ItemDetail } from '../../../../electron/contract'
import { navigate } from '../../app/route'
import { errorText } from '../../lib/api'
import { localDateTime } from '../../../../electron/domain/local-time'
import { mutate, useQuery } from '../../lib/query'
import { ITEM_REPLY_MAKES_STALE } from './queries'
import { ContactsSection } from './ContactsSection'
import { dueLine, itemRef } from './due-text'
import { ItemFieldsForm } from './ItemFieldsForm'
import { OpinionsSection } from './OpinionsSection'
import { PublicCopy } from './PublicCopy'
import { DeleteItem } from './DeleteItem'
import { StepBar } from './StepBar'
import './items.css'

export function ItemPage({ id }: { id: string }) {
  const fetched = useQuery('items:get', { id }, '读取该件失败。')
  const [error, setError] = useState('')
  const detail = fetched.value
  if (!detail) {
    return <p className={fetched.error ? 'error-line' : 'muted'}>{fetched.error || '正在读取…'}</p>
  }
  const { item } = detail
  const update = (next: ItemDetail) => fetched.set(next)

  const draft = async () => {
    try {
      const { draftId } = await mutate('items:draft', { id }, ITEM_REPLY_MAKES_STALE)
      navigate({ name: 'draft', id: draftId })
    } catch (e) {
      setError(errorText(e, '起草答复失败。'))
    }
  }

  return (
    <div className="item-page">
      <p>
        <a href="#/items">← 办理台账</a>
      </p>
      <h1>{item.title}</h1>
      <p className="item-head" aria-label="办理概况">
        <span>
          {itemRef(item)}（{item.kind}，{item.role}）
        </span>
        <strong className="item-status" aria-label="办理状态">
          {item.status_label}
          {item.round > 1 ? `（第${item.round}次办理）` : ''}
        </strong>
        <span className={item.days_left !== null && item.days_left < 0 ? 'overdue' : ''}>
          {dueLine(item)}
        </span>
      </p>
      {error && <p className="error-line">{error}</p>}
      <StepBar detail={detail} onChange={update} />
      <section className="item-section" aria-label="答复">
        <h2>答复</h2>
        {detail.replies.length === 0 ? (
          <p className="muted">还没有答复。</p>
        ) : (
          <ul className="draft-list">
            {detail.replies.map((r) => (
              <li key={r.id}>
                <a
                  href={r.linked ? `#/draft/${r.id}` : `#/archive?q=${encodeURIComponent(r.title)}`}
                >
                  {r.title}
                </a>{' '}
                <span className="muted">
                  {[r.linked ? r.status_label : '档案中的往年答复', r.doc_number, r.date]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                {r.linked && (r.status === 'approved' || r.status === 'closed') && (
                  <PublicCopy itemId={id} replyId={r.id} />
                )}
              </li>
            ))}
          </ul>
        )}
        {(item.status === 'pending' || item.status === 'handling') && (
          <button type="button" className="primary" onClick={() => void draft()}>
            起草答复
          </button>
        )}
      </section>
      <OpinionsSection detail={detail} onChange={update} />
      <ContactsSection detail={detail} onChange={update} />
      <ItemFieldsForm detail={detail} onChange={update} />
      <DeleteItem id={id} onError={setError} />
      <section className="item-section" aria-label="办理记录">
        <h2>办理记录</h2>
        <ul className="item-events">
          {detail.events.map((e, i) => (
            <li key={i}>
              {localDateTime(e.at)} {e.label}
              {e.to && e.from !== e.to ? `：${e.from ? `${e.from} → ` : ''}${e.to}` : ''}
              {e.note && <span className="muted">（{e.note}）</span>}
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
