import { answeredOnTime } from './deadline'
import type { ItemKind, ItemRole, Satisfaction } from './item'
import { isAnswered, type ItemStatus } from './status'

// The year-end figures the 督查室 asks for. Items sent back (退回/改办) are not the bureau's to
// answer, so they count in no rate. 办结率 = answered / handled; 按时办结率 = answered by the due
// date / handled; 满意率 = (满意 + 基本满意) / rated.

export type StatItem = {
  year: number
  session: string
  kind: ItemKind
  role: ItemRole
  result_class: string
  status: ItemStatus
  department: string
  leader: string
  due_date: string
  reply_date: string
  satisfaction: Satisfaction | ''
}

export type Tally = {
  name: string
  total: number
  answered: number
  onTime: number
  rated: number
  satisfied: number
  /** rates as whole per cent, null when there is nothing to divide by */
  answerRate: number | null
  onTimeRate: number | null
  satisfactionRate: number | null
}

export type ItemStats = {
  overall: Tally
  byKind: Record<ItemKind, number>
  byRole: Record<ItemRole, number>
  /** 办理结果类别 as recorded; '' for items not yet classed */
  byClass: { code: string; count: number }[]
  bySatisfaction: Record<Satisfaction, number>
  returned: number
  byDepartment: Tally[]
  byLeader: Tally[]
  byYear: Tally[]
}

type Counts = Omit<Tally, 'answerRate' | 'onTimeRate' | 'satisfactionRate'>

function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 1000) / whole) / 10
}

function finish(c: Counts): Tally {
  return {
    ...c,
    answerRate: rate(c.answered, c.total),
    onTimeRate: rate(c.onTime, c.total),
    satisfactionRate: rate(c.satisfied, c.rated)
  }
}

function add(c: Counts, item: StatItem): void {
  c.total++
  if (isAnswered(item.status)) {
    c.answered++
    if (answeredOnTime(item.reply_date, item.due_date)) c.onTime++
  }
  if (item.satisfaction) {
    c.rated++
    if (item.satisfaction !== '不满意') c.satisfied++
  }
}

function empty(name: string): Counts {
  return { name, total: 0, answered: 0, onTime: 0, rated: 0, satisfied: 0 }
}

function grouped(items: readonly StatItem[], key: (i: StatItem) => string, none: string): Tally[] {
  const groups = new Map<string, Counts>()
  for (const item of items) {
    const name = key(item) || none
    let c = groups.get(name)
    if (!c) groups.set(name, (c = empty(name)))
    add(c, item)
  }
  return [...groups.values()]
    .map(finish)
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name))
}

export function itemStats(all: readonly StatItem[]): ItemStats {
  const handled = all.filter((i) => i.status !== 'returned')
  const overall = empty('合计')
  const byKind: Record<ItemKind, number> = { 建议: 0, 提案: 0 }
  const byRole: Record<ItemRole, number> = { 主办: 0, 协办: 0, 会办: 0, 分办: 0 }
  const bySatisfaction: Record<Satisfaction, number> = { 满意: 0, 基本满意: 0, 不满意: 0 }
  const classes = new Map<string, number>()
  for (const item of handled) {
    add(overall, item)
    byKind[item.kind]++
    byRole[item.role]++
    if (item.satisfaction) bySatisfaction[item.satisfaction]++
    classes.set(item.result_class, (classes.get(item.result_class) ?? 0) + 1)
  }
  return {
    overall: finish(overall),
    byKind,
    byRole,
    byClass: [...classes]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => (a.code === '' ? 1 : b.code === '' ? -1 : a.code.localeCompare(b.code))),
    bySatisfaction,
    returned: all.length - handled.length,
    byDepartment: grouped(handled, (i) => i.department, '未分配科室'),
    byLeader: grouped(handled, (i) => i.leader, '未定分管领导'),
    byYear: grouped(handled, (i) => String(i.year), '').sort((a, b) => b.name.localeCompare(a.name))
  }
}
