import { useState } from 'react'
import type { DraftSummary } from '../../../../electron/contract'
import { navigate } from '../../app/route'
import { errorText } from '../../lib/api'
import { useQuery } from '../../lib/query'
import { localDateTime } from '../../../../electron/domain/local-time'
import { UNTITLED } from '../../lib/format'
import { DuePanel } from '../items/DuePanel'
import { FirstRun } from '../settings/FirstRun'
import { createDraftAndOpen } from './create-draft'
import { chineseDate } from '../../../../electron/domain/drafting/chinese'
import { dueSoon, dueText, urgentDays } from './deadline'
import { signOffGroup } from '../review/sign-off-group'

type Group = {
  status: DraftSummary['status'] | 'due' | 'overdue' | 'unverified'
  title: string
  empty: string
}

// An overdue reply is not "due soon": it gets a heading of its own, above the ones due this week.
const OVERDUE_GROUP: Group = { status: 'overdue', title: '已逾期', empty: '' }
const DUE_GROUP: Group = { status: 'due', title: '即将到期', empty: '' }

function urgent(drafts: DraftSummary[], group: Group, today: Date): DraftSummary[] {
  const overdue = group === OVERDUE_GROUP
  return dueSoon(drafts, today).filter((d) => (urgentDays(d, today) ?? 0) < 0 === overdue)
}

const GROUPS: Group[] = [
  { status: 'returned', title: '退回修改', empty: '没有退回修改的答复。' },
  { status: 'draft', title: '我的草稿', empty: '还没有草稿，按 Ctrl+N 或点“新建答复”开始起草。' },
  { status: 'review', title: '待审核', empty: '没有等待审核的答复。' },
  { status: 'approved', title: '已签发', empty: '没有已签发的答复。' },
  { status: 'unverified', title: '签发未通过验证', empty: '' }
]

export function HomePage() {
  const list = useQuery('drafts:list', {}, '读取草稿列表失败。')
  const drafts = list.value
  const [failed, setError] = useState('')
  const error = failed || list.error
  const [query, setQuery] = useState('')
  const today = new Date()

  const create = () => {
    createDraftAndOpen().catch((e: unknown) => setError(errorText(e, '新建答复失败。')))
  }

  return (
    <div className="home">
      <div className="home-actions">
        <button type="button" className="primary" onClick={create}>
          新建答复
        </button>
        <span className="hint">Ctrl+N</span>
        <form
          role="search"
          className="home-search"
          onSubmit={(e) => {
            e.preventDefault()
            if (query.trim()) navigate({ name: 'archive', query: query.trim() })
          }}
        >
          <input
            type="search"
            aria-label="检索往年答复"
            placeholder="检索往年答复，如：医共体"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <button type="submit">检索</button>
        </form>
      </div>
      {error && <p className="error-line">{error}</p>}
      <FirstRun />
      <DuePanel />
      {drafts === null ? (
        <p className="muted">正在读取…</p>
      ) : (
        [OVERDUE_GROUP, DUE_GROUP, ...GROUPS].map((group) => {
          const items =
            group === OVERDUE_GROUP || group === DUE_GROUP
              ? urgent(drafts, group, today)
              : drafts.filter((d) => signOffGroup(d) === group.status)
          if (items.length === 0 && group.status !== 'draft') return null
          return (
            <section key={group.title} className="home-group" aria-label={group.title}>
              <h2>
                {group.title} <span className="count">{items.length}</span>
              </h2>
              {items.length === 0 ? (
                <p className="muted">{group.empty}</p>
              ) : (
                <DraftList items={items} today={today} />
              )}
            </section>
          )
        })
      )}
    </div>
  )
}

function DraftList({ items, today }: { items: DraftSummary[]; today: Date }) {
  return (
    <ul className="draft-list">
      {items.map((d) => {
        const days = urgentDays(d, today)
        return (
          <li key={d.id}>
            <button type="button" onClick={() => navigate({ name: 'draft', id: d.id })}>
              <span className="draft-title">{d.title || UNTITLED}</span>
              <span className="draft-meta">
                {[
                  d.kind,
                  d.session,
                  d.item_number && `第${d.item_number}号`,
                  d.proposer,
                  d.due_date && `${chineseDate(d.due_date)}前答复`
                ]
                  .filter(Boolean)
                  .join(' · ')}
                {days !== null && (
                  <strong className={days < 0 ? 'due overdue' : 'due'}> {dueText(days)}</strong>
                )}
              </span>
              <span className="draft-time">{localDateTime(d.updated_at)}</span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}
