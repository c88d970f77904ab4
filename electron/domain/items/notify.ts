// The desktop notification at start (off unless the profile turns it on): what is overdue or due
// within the week, in one short message the clerk can act on without opening the register.

export type DueEntry = { title: string; session: string; number: string; days_left: number | null }

export type DueNotice = { title: string; body: string }

const LISTED = 3

function line(e: DueEntry): string {
  const days = e.days_left ?? 0
  const when = days < 0 ? `已逾期 ${-days} 天` : days === 0 ? '今天到期' : `还剩 ${days} 天`
  return `${e.session}第${e.number}号 ${e.title}（${when}）`
}

/** Null when the setting is off or nothing is pressing: no notification for good news. */
export function dueNotice(
  enabled: boolean,
  overdue: readonly DueEntry[],
  soon: readonly DueEntry[]
): DueNotice | null {
  if (!enabled || overdue.length + soon.length === 0) return null
  const parts = [
    overdue.length ? `${overdue.length} 件已逾期` : '',
    soon.length ? `${soon.length} 件 7 天内到期` : ''
  ].filter(Boolean)
  const pressing = [...overdue, ...soon]
  const more = pressing.length > LISTED ? [`等 ${pressing.length} 件`] : []
  return {
    title: `办理台账中有 ${parts.join('，')}`,
    body: [...pressing.slice(0, LISTED).map(line), ...more].join('\n')
  }
}
