import type { ItemRole } from './item'
import { isAssisting } from './item'

// Time limits (DOMAIN §2.6): a written reply within the profile's months of 交办 (3 by default), a
// 协办/会办 opinion to the lead unit within its own (1 by default); a date set by hand wins.

export type DeadlineRules = { reply_months: number; assist_months: number }

/** ISO date plus whole months; the 31st becomes the month's last day (2025-01-31 + 1 → 02-28). */
export function addMonths(iso: string, months: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return ''
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1 + months, Number(m[3])]
  const lastDay = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate()
  return new Date(Date.UTC(y, mo, Math.min(d, lastDay))).toISOString().slice(0, 10)
}

export type DueInput = { role: ItemRole; assigned_date: string; due_override: string }

export function itemDueDate(item: DueInput, rules: DeadlineRules): string {
  if (item.due_override) return item.due_override
  if (!item.assigned_date) return ''
  return addMonths(
    item.assigned_date,
    isAssisting(item.role) ? rules.assist_months : rules.reply_months
  )
}

/** Whole days from `todayIso` to `dueIso`; negative once it has passed. */
export function daysUntil(dueIso: string, todayIso: string): number {
  const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
  return Math.round((at(dueIso) - at(todayIso)) / 86_400_000)
}

/** Whether an answer given on `repliedIso` met `dueIso` (an item without a due date always does). */
export function answeredOnTime(repliedIso: string, dueIso: string): boolean {
  return !dueIso || (repliedIso !== '' && repliedIso <= dueIso)
}
