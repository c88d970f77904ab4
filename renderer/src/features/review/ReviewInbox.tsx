import type { ReplyStatus } from '../../../../electron/contract'
import { navigate } from '../../app/route'
import { request } from '../../lib/api'
import { useLoad } from '../../lib/query'
import { localDateTime } from '../../../../electron/domain/local-time'
import { UNTITLED } from '../../lib/format'
import { AuditPanel } from './AuditPanel'
import { PackageImport } from './PackageImport'
import { PersonPicker } from './PersonPicker'
import { usePerson } from './useReview'
import { signOffGroup } from './sign-off-group'
import './review.css'

const GROUPS: { status: ReturnType<typeof signOffGroup>; title: string }[] = [
  { status: 'review', title: '待审核' },
  { status: 'returned', title: '退回修改' },
  { status: 'draft', title: '草稿（可送审）' },
  { status: 'approved', title: '已签发' },
  { status: 'closed', title: '已办结' },
  { status: 'unverified', title: '签发未通过验证' }
]
const LISTED: ReplyStatus[] = ['review', 'returned', 'draft', 'approved', 'closed']

async function loadGroups() {
  return (await Promise.all(LISTED.map((status) => request('drafts:list', { status })))).flat()
}

/** The flow at a glance: what waits for review, what came back, and review packages from elsewhere. */
export function ReviewInbox() {
  const person = usePerson()
  const listed = useLoad(['drafts:list'], 'inbox', loadGroups, '读取答复列表失败。')
  const replies = listed.value ?? listed.stale
  const { error } = listed

  return (
    <div className="review-inbox">
      <div className="draft-head">
        <h1>审核与签发</h1>
        <PersonPicker people={person.people} onSignIn={person.signIn} onSetPin={person.setPin} />
      </div>
      {[error, person.error].filter(Boolean).map((text) => (
        <p className="error-line" key={text}>
          {text}
        </p>
      ))}
      <PackageImport
        onImported={(outcome) => {
          if (!outcome.conflict) navigate({ name: 'review', id: outcome.replyId })
        }}
      />
      {replies === null ? (
        <p className="muted">正在读取…</p>
      ) : (
        GROUPS.map((g) => {
          const items = replies.filter((r) => signOffGroup(r) === g.status)
          if (items.length === 0) return null
          return (
            <section key={g.status} className="home-group" aria-label={g.title}>
              <h2>
                {g.title} <span className="count">{items.length}</span>
              </h2>
              <ul className="draft-list">
                {items.map((r) => (
                  <li key={r.id}>
                    <button type="button" onClick={() => navigate({ name: 'review', id: r.id })}>
                      <span className="draft-title">{r.title || UNTITLED}</span>
                      <span className="draft-meta">
                        {[r.kind, r.session, r.item_number && `第${r.item_number}号`, r.proposer]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                      <span className="draft-time">{localDateTime(r.updated_at)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )
        })
      )}
      <AuditPanel />
    </div>
  )
}
