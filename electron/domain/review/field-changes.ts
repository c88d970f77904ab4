import type { ReplyFields } from '../reply'

/** The names clerks know the fields by, as the drafting form shows them. */
export const FIELD_LABELS: Record<keyof ReplyFields, string> = {
  kind: '类别',
  session: '届次',
  session_info: '届次（结构化）',
  item_number: '编号',
  proposer: '提出人',
  proposer_type: '提出人类型',
  co_signers: '联名人',
  subject: '建议/提案标题',
  title: '答复标题',
  role: '承办方式',
  lead_unit: '主办单位',
  classification: '办理结果',
  disclosure: '公开属性',
  organ: '发文机关',
  doc_number: '文号',
  date: '成文日期',
  leader: '主管领导',
  leader_phone: '主管领导电话',
  handler: '经办人',
  handler_phone: '经办人电话',
  postcode: '邮政编码',
  cc: '抄送',
  note: '附注',
  attachments: '附件',
  format: '版式',
  assigned_date: '交办日期'
}

export type FieldChange = { field: string; label: string; before: string; after: string }

const FORMAT_WORDS: Record<string, string> = { letter: '信函格式', standard: '文件格式' }

function shown(field: string, value: unknown): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.map(String).join('、')
  if (field === 'format' && typeof value === 'string') return FORMAT_WORDS[value] ?? value
  if (typeof value === 'object') {
    const info = value as Record<string, unknown>
    return [
      info.level,
      info.body,
      info.term && `${String(info.term)}届`,
      info.meeting && `${String(info.meeting)}次`
    ]
      .filter(Boolean)
      .join('')
  }
  return String(value)
}

/** Fields whose shown value differs, in the order of the drafting form. */
export function changedFields(
  before: Partial<ReplyFields>,
  after: Partial<ReplyFields>
): FieldChange[] {
  const keys = Object.keys(FIELD_LABELS) as (keyof ReplyFields)[]
  const extra = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => !(k in FIELD_LABELS)
  )
  return [...keys, ...extra].flatMap((field) => {
    const b = shown(field, (before as Record<string, unknown>)[field])
    const a = shown(field, (after as Record<string, unknown>)[field])
    if (a === b) return []
    const label = (FIELD_LABELS as Record<string, string>)[field] ?? field
    return [{ field, label, before: b, after: a }]
  })
}
