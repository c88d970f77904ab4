import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { Item, StatsReport } from '../../../contract/items'
import { ITEM_STATUSES, ITEM_STATUS_LABELS, type ItemStatus } from '../../../domain/items/status'
import {
  CliError,
  requirePositional,
  stringOption,
  type CliCommand,
  type CliContext
} from '../command'

// `items import|list|show|stats`: the register from the command line, with the screen's filters.

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>

function year(values: Values): number | undefined {
  const text = stringOption(values.year)
  if (text === undefined) return undefined
  if (!/^\d{4}$/.test(text))
    throw new CliError(`--year 应为四位年份，例如 2025，而不是“${text}”。`, 2)
  return Number(text)
}

function status(values: Values): { status?: ItemStatus } {
  const text = stringOption(values.status)
  if (text === undefined) return {}
  const found = ITEM_STATUSES.find((s) => s === text || ITEM_STATUS_LABELS[s] === text)
  if (!found) {
    const known = ITEM_STATUSES.map((s) => `${s}（${ITEM_STATUS_LABELS[s]}）`).join('、')
    throw new CliError(`--status 无法识别“${text}”，可用：${known}。`, 2)
  }
  return { status: found }
}

function scope(values: Values) {
  const session = stringOption(values.session)
  const y = year(values)
  return { ...(y ? { year: y } : {}), ...(session ? { session } : {}) }
}

function itemLine(i: Item): string {
  const due = i.due_date
    ? `期限 ${i.due_date}${i.days_left !== null && i.days_left < 0 ? '（已逾期）' : ''}`
    : ''
  return [i.id, i.status_label, `${i.session}第${i.number}号`, i.title, i.handler, due]
    .filter(Boolean)
    .join('  ')
}

async function importList(positionals: string[], ctx: CliContext) {
  const file = requirePositional(positionals, 1, '交办清单文件（.xlsx 或 .csv）')
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch {
    throw new CliError(`无法读取文件：${file}`)
  }
  const source = { fileName: basename(file), base64: bytes.toString('base64') }
  const preview = await ctx.call('items:previewImport', { source })
  const report = await ctx.call('items:import', { source, mapping: preview.mapping })
  const lines = report.skipped.map((s) => `第 ${s.line} 行：${s.reason}`)
  lines.push(`已导入 ${report.created} 件，重复 ${report.duplicates} 件。`)
  return { json: report, text: lines.join('\n') }
}

async function show(positionals: string[], ctx: CliContext) {
  const detail = await ctx.call('items:get', { id: requirePositional(positionals, 1, '台账编号') })
  const i = detail.item
  const text = [
    `${i.session}${i.kind}第${i.number}号　${i.title}`,
    `提出人：${i.proposer}　承办方式：${i.role}　状态：${i.status_label}`,
    `交办：${i.assigned_date || '未填'}　期限：${i.due_date || '未定'}　科室：${i.department}　经办人：${i.handler}`,
    ...detail.replies.map((r) => `答复：${r.id}  ${r.status_label}  ${r.title}`),
    ...detail.contacts.map((c) => `沟通：${c.stage} ${c.date} ${c.way} ${c.person} ${c.summary}`),
    ...detail.opinions.list.map(
      (o) =>
        `协办意见：${o.direction} ${o.date} ${o.unit} ${o.doc_number} ${o.summary}${o.on_time ? '' : '（逾期）'}`
    ),
    ...(i.satisfaction ? [`满意度：${i.satisfaction}`] : [])
  ]
  return { json: detail, text: text.join('\n') }
}

function rate(r: number | null): string {
  return r === null ? '—' : `${r}%`
}

function statsText(s: StatsReport): string {
  const o = s.overall
  return [
    `总件数 ${o.total}（建议 ${s.byKind.建议}，提案 ${s.byKind.提案}；主办 ${s.byRole.主办}，协办 ${s.byRole.协办}，会办 ${s.byRole.会办}，分办 ${s.byRole.分办}）`,
    `办理结果：${s.byClass.map((c) => `${c.code || '未定'} ${c.count}`).join('，') || '无'}`,
    `办结率 ${rate(o.answerRate)}，按时办结率 ${rate(o.onTimeRate)}，满意率 ${rate(o.satisfactionRate)}`,
    ...s.byDepartment.map((d) => `  ${d.name}：${d.total} 件，已答复 ${d.answered}`)
  ].join('\n')
}

export const itemsCommand: CliCommand = {
  name: 'items',
  summary: '办理台账：导入交办清单、列出、查看、统计',
  usage:
    'items import <清单.xlsx|.csv> | list [--year 2025] [--session 届次] [--status pending|handling|…] [--department 科室] [--handler 经办人] [--query 词] | show <id> | stats [--year 2025] [--session 届次]  [--json]',
  options: {
    year: { type: 'string' },
    session: { type: 'string' },
    status: { type: 'string' },
    department: { type: 'string' },
    handler: { type: 'string' },
    query: { type: 'string' }
  },
  async run({ positionals, values }, ctx) {
    const sub = requirePositional(positionals, 0, '子命令（import、list、show 或 stats）')
    if (sub === 'import') return importList(positionals, ctx)
    if (sub === 'show') return show(positionals, ctx)
    if (sub === 'stats') {
      const stats = await ctx.call('items:stats', scope(values))
      return { json: stats, text: statsText(stats) }
    }
    if (sub === 'list') {
      const filter = {
        ...scope(values),
        ...status(values),
        ...(stringOption(values.department) ? { department: stringOption(values.department) } : {}),
        ...(stringOption(values.handler) ? { handler: stringOption(values.handler) } : {}),
        ...(stringOption(values.query) ? { query: stringOption(values.query) } : {})
      }
      const items = await ctx.call('items:list', filter)
      return {
        json: items,
        text: items.length ? items.map(itemLine).join('\n') : '台账中没有符合条件的建议提案。'
      }
    }
    throw new CliError(`未知的子命令：${sub}。可用：import、list、show、stats。`, 2)
  }
}
