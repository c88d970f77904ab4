import type { DraftSummary } from '../../../../electron/contract'
import { UNFINISHED_STATUSES } from '../../../../electron/domain/review/status'

/** Items due within this many days are listed under 即将到期 with the overdue ones. */
export const DUE_SOON_DAYS = 14

/** Whole days from today (local) to an ISO date; negative once it has passed. */
export function daysLeft(dueIso: string, today: Date): number {
  const [y, m, d] = dueIso.split('-').map(Number) as [number, number, number]
  const due = Date.UTC(y, m - 1, d)
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())
  return Math.round((due - now) / 86_400_000)
}

export function dueText(days: number): string {
  if (days < 0) return `已逾期 ${-days} 天`
  return days === 0 ? '今天到期' : `还剩 ${days} 天`
}

/** Days left for an unfinished item that is overdue or due soon; null for any other. */
export function urgentDays(item: DraftSummary, today: Date): number | null {
  if (!UNFINISHED_STATUSES.has(item.status) || !item.due_date) return null
  const days = daysLeft(item.due_date, today)
  return days <= DUE_SOON_DAYS ? days : null
}

/** Unfinished items that are overdue or due soon, the most urgent first. */
export function dueSoon(items: readonly DraftSummary[], today: Date): DraftSummary[] {
  return items
    .filter((d) => urgentDays(d, today) !== null)
    .sort((a, b) => a.due_date.localeCompare(b.due_date))
}
