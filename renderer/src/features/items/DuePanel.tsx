import type { DuePerson, DueReport, Item } from '../../../../electron/contract'
import { useQuery } from '../../lib/query'
import { dueLine, itemRef } from './due-text'

/** Home: the register's overdue items and those due within 7 days, and whose they are. */
export function DuePanel() {
  const due = useQuery('items:due', {}, '读取办理期限失败。')
  const report = due.value
  if (due.error) return <p className="error-line">{due.error}</p>
  if (!report || report.overdue.length + report.soon.length === 0) return null
  return (
    <section className="home-group" aria-label="办理期限">
      <h2>
        办理期限 <span className="count">{report.overdue.length + report.soon.length}</span>
      </h2>
      <People report={report} />
      <DueList title="已逾期" items={report.overdue} />
      <DueList title="7 天内到期" items={report.soon} />
    </section>
  )
}

function line(people: DuePerson[]): string {
  return people
    .map(
      (p) =>
        `${p.name}${p.overdue ? ` 逾期${p.overdue}件` : ''}${p.soon ? ` 将到期${p.soon}件` : ''}`
    )
    .join('；')
}

function People({ report }: { report: DueReport }) {
  return (
    <p className="muted" aria-label="按经办人和科室">
      按经办人：{line(report.byHandler)}
      <br />
      按科室：{line(report.byDepartment)}
    </p>
  )
}

function DueList({ title, items }: { title: string; items: Item[] }) {
  if (items.length === 0) return null
  return (
    <>
      <h3>{title}</h3>
      <ul className="draft-list">
        {items.map((i) => (
          <li key={i.id}>
            <a href={`#/item/${i.id}`}>
              <span className="draft-title">{i.title}</span>
              <span className="draft-meta">
                {[itemRef(i), i.handler, i.status_label].filter(Boolean).join(' · ')}{' '}
                <strong className={(i.days_left ?? 0) < 0 ? 'due overdue' : 'due'}>
                  {dueLine(i)}
                </strong>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </>
  )
}
