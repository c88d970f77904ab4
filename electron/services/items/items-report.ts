import ExcelJS from 'exceljs'
import type { Handlers } from '../../contract'
import type { DuePerson, Item } from '../../contract/items'
import { itemDueDate } from '../../domain/items/deadline'
import type { ItemKind, ItemRole, Satisfaction } from '../../domain/items/item'
import { itemStats, type StatItem } from '../../domain/items/stats'
import type { ItemStatus } from '../../domain/items/status'
import { SUMMARY_COLUMNS, summaryRows } from '../../domain/items/summary-table'
import { contactWays, itemYears, listItems, statRows } from '../../store/items-repo'
import { buildDocx } from '../../export/docx'
import { defaultLayout } from '../../domain/layout'
import { dueNotice } from '../../domain/items/notify'
import { handlingReport } from '../../domain/items/report-doc'
import type { ServiceContext } from '../context'
import { activeProfile } from '../draft-templates'
import { DOCX_MIME } from '../drafts/draft-export'
import { safeFileName } from '../file-name'
import { deadlineRules, rowToItem, todayIso } from './items-view'
import { followReplies } from './items-follow'

// What the 督查室 asks of the register: what is due, the year's figures, and the 汇总表.

type ReportHandlers = Pick<
  Handlers,
  'items:due' | 'items:dueNotice' | 'items:stats' | 'items:exportSummary' | 'items:exportReport'
>
type Scope = { year?: number | undefined; session?: string | undefined }

function scopedItems(ctx: ServiceContext, scope: Scope): Item[] {
  const rules = deadlineRules(ctx)
  const today = todayIso(ctx)
  return listItems(ctx.db, scope).map((r) => rowToItem(r, rules, today))
}

function perPerson(items: readonly Item[], key: (i: Item) => string, none: string): DuePerson[] {
  const out = new Map<string, DuePerson>()
  for (const item of items) {
    const name = key(item) || none
    const p = out.get(name) ?? { name, overdue: 0, soon: 0 }
    if ((item.days_left ?? 0) < 0) p.overdue++
    else p.soon++
    out.set(name, p)
  }
  return [...out.values()].sort((a, b) => b.overdue - a.overdue || b.soon - a.soon)
}

/** Rows for the statistics, with due dates computed once per distinct 交办日 and role. */
function statItems(ctx: ServiceContext, scope: Scope): StatItem[] {
  const rules = deadlineRules(ctx)
  const dues = new Map<string, string>()
  return statRows(ctx.db, scope).map((r) => {
    const role = r.role as ItemRole
    const key = `${r.assigned_date}|${role}|${r.due_override}`
    let due = dues.get(key)
    if (due === undefined) dues.set(key, (due = itemDueDate({ ...r, role }, rules)))
    return {
      year: r.year,
      session: r.session,
      kind: r.kind as ItemKind,
      role,
      result_class: r.result_class,
      status: r.status as ItemStatus,
      department: r.department,
      leader: r.leader,
      due_date: due,
      reply_date: r.reply_date,
      satisfaction: r.satisfaction as Satisfaction | ''
    }
  })
}

function scopeName(scope: Scope): string {
  return [scope.year ? `${scope.year}年度` : '全部年度', scope.session].filter(Boolean).join('')
}

async function summaryWorkbook(ctx: ServiceContext, scope: Scope): Promise<Buffer> {
  const items = scopedItems(ctx, scope)
  const ways = contactWays(ctx.db)
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '建议提案答复助手'
  const sheet = workbook.addWorksheet('汇总表')
  const title = `${scopeName(scope)}建议提案办理情况汇总表`
  sheet.addRow([title])
  sheet.mergeCells(1, 1, 1, SUMMARY_COLUMNS.length)
  sheet.getRow(1).font = { bold: true, size: 16 }
  sheet.getRow(1).alignment = { horizontal: 'center' }
  const header = sheet.addRow([...SUMMARY_COLUMNS])
  header.font = { bold: true }
  const rows = summaryRows(
    items.map((i) => ({
      ...i,
      contact_ways: ways.get(i.id) ?? [],
      status_label: i.status_label
    }))
  )
  for (const row of rows) sheet.addRow(row)
  const widths = [6, 8, 40, 14, 8, 8, 20, 12, 16, 10, 20, 6, 14, 10, 12, 10]
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w))
  sheet.views = [{ state: 'frozen', ySplit: 2 }]
  const stats = itemStats(statItems(ctx, scope))
  const figures = workbook.addWorksheet('统计')
  figures.addRow(['项目', '数值'])
  const rate = (r: number | null) => (r === null ? '—' : `${r}%`)
  for (const line of [
    ['总件数', stats.overall.total],
    ['建议', stats.byKind.建议],
    ['提案', stats.byKind.提案],
    ['主办', stats.byRole.主办],
    ['协办/会办', stats.byRole.协办 + stats.byRole.会办],
    ...stats.byClass.map((c) => [`${c.code || '未定'}类`, c.count]),
    ['办结率', rate(stats.overall.answerRate)],
    ['按时办结率', rate(stats.overall.onTimeRate)],
    ['满意率', rate(stats.overall.satisfactionRate)]
  ])
    figures.addRow(line)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

function dueItems(ctx: ServiceContext, within: number): { overdue: Item[]; soon: Item[] } {
  followReplies(ctx)
  const open = scopedItems(ctx, {}).filter((i) => i.days_left !== null && i.days_left <= within)
  open.sort((a, b) => (a.days_left ?? 0) - (b.days_left ?? 0))
  return {
    overdue: open.filter((i) => (i.days_left ?? 0) < 0),
    soon: open.filter((i) => (i.days_left ?? 0) >= 0)
  }
}

export function itemsReportHandlers(ctx: ServiceContext): ReportHandlers {
  return {
    'items:due': ({ days }) => {
      const due = dueItems(ctx, days ?? 7)
      const open = [...due.overdue, ...due.soon]
      return {
        ...due,
        byHandler: perPerson(open, (i) => i.handler, '未指定经办人'),
        byDepartment: perPerson(open, (i) => i.department, '未分配科室')
      }
    },

    'items:dueNotice': () => {
      const enabled = activeProfile(ctx).due_notification
      if (!enabled) return null
      const { overdue, soon } = dueItems(ctx, 7)
      return dueNotice(enabled, overdue, soon)
    },

    'items:stats': (scope) => {
      followReplies(ctx)
      return {
        ...itemStats(statItems(ctx, scope)),
        scopes: itemYears(ctx.db)
      }
    },

    'items:exportSummary': async (scope) => {
      followReplies(ctx)
      const bytes = await summaryWorkbook(ctx, scope)
      return {
        fileName: `${scopeName(scope)}建议提案办理情况汇总表.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        base64: bytes.toString('base64')
      }
    },

    'items:exportReport': async (scope) => {
      followReplies(ctx)
      const organ = activeProfile(ctx).organ
      const report = handlingReport({
        organ,
        scopeName: scopeName(scope),
        date: todayIso(ctx),
        stats: itemStats(statItems(ctx, scope))
      })
      const bytes = await buildDocx(report, defaultLayout())
      return {
        fileName: `${safeFileName(report.title)}.docx`,
        mimeType: DOCX_MIME,
        base64: Buffer.from(bytes).toString('base64')
      }
    }
  }
}
