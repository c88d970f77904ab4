import { addMonths, daysUntil, type DeadlineRules } from './deadline'
import type { ItemRole } from './item'
import { isAssisting } from './item'
import { checkItemStep, type ItemAction, type ItemStatus } from './status'

// 协办意见 (DOMAIN §2.5): a 协办/会办 unit sends its written opinion to the lead unit within the
// profile's months of 交办 (1 by default) and does not reply to the proposer; the lead unit
// receives the co-units' opinions and merges them into its reply.

export const OPINION_DIRECTIONS = ['收到', '发出'] as const
export type OpinionDirection = (typeof OPINION_DIRECTIONS)[number]

export type OpinionItem = {
  role: ItemRole
  status: ItemStatus
  assigned_date: string
  due_override: string
  co_units: readonly string[]
}

export type OpinionRecord = { direction: OpinionDirection; unit: string; date: string }

/** The direction an item's opinions take: a 协办/会办 unit sends, every other role receives. */
export function opinionDirection(role: ItemRole): OpinionDirection {
  return isAssisting(role) ? '发出' : '收到'
}

export function checkOpinion(item: Pick<OpinionItem, 'role'>, o: OpinionRecord): string | null {
  if (o.direction !== opinionDirection(item.role)) {
    return isAssisting(item.role)
      ? `本局为${item.role}单位，应登记发出给主办单位的意见。`
      : `本局为${item.role}单位，应登记收到的协办单位意见。`
  }
  if (!o.unit.trim()) {
    return o.direction === '发出' ? '请填写意见送达的主办单位。' : '请填写提出意见的协办单位。'
  }
  return null
}

/**
 * The date the co-units' opinions are due: the item's own due date for a 协办/会办 item, else
 * 交办 + the profile's 协办 months, which a date set by hand for the lead reply does not move.
 */
export function opinionDueDate(item: OpinionItem, rules: DeadlineRules): string {
  if (isAssisting(item.role) && item.due_override) return item.due_override
  return item.assigned_date ? addMonths(item.assigned_date, rules.assist_months) : ''
}

/**
 * Sending the opinion is what a 协办/会办 item is for: it closes the item, from any state in hand.
 * The first opinion sent also stands as the item's answer (答复日期, 文号) in the statistics.
 */
export function stepForOpinion(item: OpinionItem, o: OpinionRecord): ItemAction | null {
  if (o.direction !== '发出') return null
  const step = checkItemStep({
    status: item.status,
    role: item.role,
    action: 'send-opinion',
    replyDate: o.date
  })
  return step.ok ? 'send-opinion' : null
}

export type CoUnitState = 'received' | 'late' | 'waiting' | 'overdue'

export type CoUnitOpinion = {
  unit: string
  state: CoUnitState
  /** the date the first opinion from the unit came in; '' while waiting */
  received: string
  label: string
}

const STATE_LABELS: Record<CoUnitState, string> = {
  received: '已收到',
  late: '逾期收到',
  waiting: '待收到',
  overdue: '逾期未收到'
}

/** Where the lead unit stands with each co-unit named on the item. */
export function coUnitOpinions(
  item: OpinionItem,
  opinions: readonly OpinionRecord[],
  rules: DeadlineRules,
  todayIso: string
): CoUnitOpinion[] {
  if (isAssisting(item.role)) return []
  const due = opinionDueDate(item, rules)
  return item.co_units.map((unit) => {
    const first = opinions
      .filter((o) => o.direction === '收到' && sameUnit(o.unit, unit))
      .map((o) => o.date)
      .sort()[0]
    const state: CoUnitState = first
      ? due && first > due
        ? 'late'
        : 'received'
      : due && daysUntil(due, todayIso) < 0
        ? 'overdue'
        : 'waiting'
    return { unit, state, received: first ?? '', label: STATE_LABELS[state] }
  })
}

function sameUnit(a: string, b: string): boolean {
  const plain = (s: string) => s.replace(/\s+/g, '')
  return plain(a) === plain(b)
}
