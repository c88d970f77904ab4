import { emptyItemFields, itemKey, ITEM_ROLES, type ItemFields, type ItemRole } from './item'

// Turning a 交办清单 (rows under a header line) into items. Lists differ by city and year, so the
// columns are matched by the usual header words and the clerk can correct the match; the service
// remembers the corrected match per bureau.

export const INTAKE_FIELDS = [
  'session',
  'kind',
  'number',
  'title',
  'proposer',
  'co_signers',
  'assigned_date',
  'role',
  'lead_unit',
  'co_units',
  'leader',
  'department',
  'handler',
  'due_override',
  'year'
] as const
export type IntakeField = (typeof INTAKE_FIELDS)[number]

export const INTAKE_FIELD_LABELS: Record<IntakeField, string> = {
  session: '届次',
  kind: '类别',
  number: '编号',
  title: '标题',
  proposer: '提出人',
  co_signers: '联名人',
  assigned_date: '交办日期',
  role: '承办方式',
  lead_unit: '主办单位',
  co_units: '协办单位',
  leader: '分管领导',
  department: '承办科室',
  handler: '经办人',
  due_override: '办理期限',
  year: '年度'
}

// Most specific words first: 提案号 is a number column, not a 提案 kind column.
const HEADER_WORDS: [IntakeField, RegExp][] = [
  ['number', /编号|案号|建议号|提案号|序列号/],
  ['co_signers', /联名|附议/],
  ['proposer', /提出人|领衔|提案人|代表姓名|委员姓名|^代表$|^委员$|提出者/],
  ['assigned_date', /交办(日期|时间)/],
  ['due_override', /期限|截止|到期/],
  ['co_units', /协办单位|会办单位/],
  ['lead_unit', /主办单位/],
  ['role', /承办方式|办理方式|承办类型|主协办/],
  ['leader', /分管领导|分管/],
  ['department', /科室|处室|承办部门|责任股室/],
  ['handler', /经办人|承办人|联系人/],
  ['session', /届次|会议|届别/],
  ['kind', /类别|类型|种类/],
  ['title', /标题|案由|题目|名称|内容/],
  ['year', /年度|年份/]
]

export type ColumnMapping = Record<string, IntakeField | ''>

/** The usual meaning of each header; a remembered mapping for the same header wins. */
export function suggestMapping(
  headers: readonly string[],
  remembered: ColumnMapping = {}
): ColumnMapping {
  const used = new Set<IntakeField>()
  const out: ColumnMapping = {}
  for (const h of headers) {
    const known = remembered[h]
    if (known !== undefined) {
      out[h] = known
      if (known) used.add(known)
    }
  }
  for (const h of headers) {
    if (out[h] !== undefined) continue
    const compact = h.replace(/\s+/g, '')
    const found = HEADER_WORDS.find(([field, re]) => !used.has(field) && re.test(compact))
    out[h] = found ? found[0] : ''
    if (found) used.add(found[0])
  }
  return out
}

/** 2025-03-10, 2025/3/10, 2025.3.10, 2025年3月10日 → 2025-03-10; '' when not a date. */
export function normalizeDate(value: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/.exec(value.trim())
  if (!m) return ''
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return ''
  return date.toISOString().slice(0, 10)
}

function splitNames(value: string): string[] {
  return value
    .split(/[、,，;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean)
}

function roleOf(value: string): ItemRole | null {
  return ITEM_ROLES.find((r) => value.includes(r)) ?? null
}

export type IntakeRow = {
  /** the row's line in the file, counting the header as 1 */
  line: number
  fields: ItemFields
  problems: string[]
  duplicate: boolean
}

export type IntakeContext = {
  /** the year used when neither a 年度 column nor a 交办日期 gives one */
  year: number
  /** 届次 + 编号 keys already in the register */
  existing: ReadonlySet<string>
}

export function rowsToItems(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  ctx: IntakeContext
): IntakeRow[] {
  const seen = new Set<string>()
  return rows.map((cells, index) => {
    const raw: Partial<Record<IntakeField, string>> = {}
    headers.forEach((h, i) => {
      const field = mapping[h]
      const value = (cells[i] ?? '').trim()
      if (field && value) raw[field] = raw[field] ? `${raw[field]}、${value}` : value
    })
    const problems: string[] = []
    const fields = emptyItemFields(ctx.year)
    fields.session = raw.session ?? ''
    fields.number = raw.number ?? ''
    fields.title = raw.title ?? ''
    fields.proposer = raw.proposer ?? ''
    fields.co_signers = splitNames(raw.co_signers ?? '')
    fields.lead_unit = raw.lead_unit ?? ''
    fields.co_units = splitNames(raw.co_units ?? '')
    fields.leader = raw.leader ?? ''
    fields.department = raw.department ?? ''
    fields.handler = raw.handler ?? ''
    const kindText = `${raw.kind ?? ''}${raw.session ?? ''}`
    fields.kind = /提案|政协/.test(kindText) ? '提案' : '建议'
    if (raw.role) {
      const role = roleOf(raw.role)
      if (role) fields.role = role
      else problems.push(`承办方式“${raw.role}”无法识别，已按主办登记`)
    }
    for (const key of ['assigned_date', 'due_override'] as const) {
      const value = raw[key]
      if (!value) continue
      const iso = normalizeDate(value)
      if (iso) fields[key] = iso
      else problems.push(`${INTAKE_FIELD_LABELS[key]}“${value}”不是有效日期，已留空`)
    }
    const year = Number(/\d{4}/.exec(raw.year ?? '')?.[0] ?? fields.assigned_date.slice(0, 4))
    if (year >= 1990 && year <= 2100) fields.year = year
    if (!fields.number) problems.push('缺少编号')
    if (!fields.title) problems.push('缺少标题')
    const key = itemKey(fields.session, fields.number)
    const duplicate = fields.number !== '' && (ctx.existing.has(key) || seen.has(key))
    seen.add(key)
    return { line: index + 2, fields, problems, duplicate }
  })
}

/** Rows that can become items: a number and a title, and not already in the register. */
export function importable(row: IntakeRow): boolean {
  return !row.duplicate && row.fields.number !== '' && row.fields.title !== ''
}
