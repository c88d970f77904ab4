import { useState } from 'react'
import type { ItemDetail, ItemOpinion } from '../../../../electron/contract'
import { errorText } from '../../lib/api'
import { mutate } from '../../lib/query'
import { chineseDate } from '../../../../electron/domain/drafting/chinese'
import { localIsoDate } from '../../../../electron/domain/local-time'
import { EditableEntry } from './EditableEntry'
import { OpinionForm } from './OpinionForm'
import { ITEM_MAKES_STALE } from './queries'

type Props = { detail: ItemDetail; onChange: (next: ItemDetail) => void }

/** The unit the next opinion most likely comes from or goes to. */
function nextUnit({ item, opinions }: ItemDetail): string {
  if (opinions.direction === '发出') return item.lead_unit
  return opinions.co_units.find((c) => !c.received)?.unit ?? ''
}

const entryName = (o: ItemOpinion) =>
  `${o.direction === '发出' ? '发出' : '收到'}的意见“${chineseDate(o.date)} · ${o.unit}${o.doc_number ? ` · ${o.doc_number}` : ''}”`

/** Deleting the only sent opinion of an item that sending closed reopens it (the service says). */
function deleteConsequence({ item, opinions, events }: ItemDetail, o: ItemOpinion): string {
  const sent = opinions.list.filter((x) => x.direction === '发出')
  const closedBy = events.filter((e) => e.to === item.status_label).at(-1)?.action
  const reopens =
    o.direction === '发出' &&
    sent.length === 1 &&
    item.status === 'closed' &&
    closedBy === 'send-opinion'
  return reopens ? '该件因这条意见办结，删除后回到“办理中”。' : ''
}

/**
 * 协办意见: a 协办/会办 unit records the opinion it sent the lead unit (which closes the item); the
 * lead unit records what each co-unit sent and sees who is still missing. Shown where it applies.
 */
export function OpinionsSection({ detail, onChange }: Props) {
  const { item, opinions } = detail
  const sending = opinions.direction === '发出'
  const units = sending ? [item.lead_unit] : item.co_units
  const [added, setAdded] = useState(0)
  const [error, setError] = useState('')
  if (!sending && item.co_units.length === 0 && opinions.list.length === 0) return null

  const remove = async (opinionId: string) => {
    setError('')
    try {
      onChange(await mutate('items:deleteOpinion', { id: item.id, opinionId }, ITEM_MAKES_STALE))
      return true
    } catch (e) {
      setError(errorText(e, '删除协办意见失败，请重试。'))
      return false
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
            <EditableEntry
              key={o.id}
              name={entryName(o)}
              consequence={deleteConsequence(detail, o)}
              onDelete={() => remove(o.id)}
              editor={(close) => (
                <OpinionForm
                  initial={{
                    unit: o.unit,
                    date: o.date,
                    doc_number: o.doc_number,
                    summary: o.summary
                  }}
                  sending={o.direction === '发出'}
                  units={units}
                  label="修改协办意见"
                  submit="保存"
                  withLetter={false}
                  onCancel={close}
                  note={o.file_name ? `意见函“${o.file_name}”保留不变。` : undefined}
                  onSave={async (fields) => {
                    const input = { id: item.id, opinionId: o.id, ...fields }
                    onChange(await mutate('items:updateOpinion', input, ITEM_MAKES_STALE))
                    close()
                  }}
                />
              )}
            >
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
            </EditableEntry>
          ))}
        </ul>
      )}
      {error && <p className="error-line">{error}</p>}
      <OpinionForm
        key={added}
        initial={{
          unit: nextUnit(detail),
          date: localIsoDate(new Date()),
          doc_number: '',
          summary: ''
        }}
        sending={sending}
        units={units}
        label={sending ? '登记发出的意见' : '登记收到的意见'}
        submit={sending ? '登记发出的意见' : '登记收到的意见'}
        withLetter
        note={sending ? '登记后该件即办结。' : undefined}
        onSave={async (fields, file) => {
          const opinion = { id: item.id, direction: opinions.direction, ...fields }
          onChange(
            await mutate(
              'items:addOpinion',
              file ? { ...opinion, file } : opinion,
              ITEM_MAKES_STALE
            )
          )
          setAdded((k) => k + 1)
        }}
      />
    </section>
  )
}
