import type { ReplyFields } from './reply-schema'

// The words of a reply: its kinds, statuses and field names. Kept free of zod so the window can
// import them without the schema library; the fields themselves are defined in reply-schema.ts.

export type { ReplyFields, SessionInfo } from './reply-schema'

export const REPLY_KINDS = ['建议', '提案', '协办意见', '会办意见'] as const
export type ReplyKind = (typeof REPLY_KINDS)[number]

export const PROPOSER_TYPES = ['代表', '委员', '党派', '团体'] as const
export type ProposerType = (typeof PROPOSER_TYPES)[number]

export const HANDLING_ROLES = ['主办', '协办', '分办', '会办'] as const
export type HandlingRole = (typeof HANDLING_ROLES)[number]

export const DOC_FORMATS = ['letter', 'standard'] as const
export type DocFormat = (typeof DOC_FORMATS)[number]

export const REPLY_STATUSES = [
  'draft',
  'review',
  'returned',
  'approved',
  'closed',
  'archived'
] as const
export type ReplyStatus = (typeof REPLY_STATUSES)[number]

/** zod says "Unrecognized key" in English; a field the app does not know is refused in Chinese. */
export const unknownKeysError = (iss: { code: string; keys?: string[] }) =>
  iss.code === 'unrecognized_keys'
    ? `没有名为“${(iss.keys ?? []).join('、')}”的项目，请刷新后重试`
    : undefined

/** The names clerks know the fields by, in the order of the drafting form (and of the schema). */
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

/** A field's label, or the key itself for a name the reply does not have. */
export function fieldLabel(key: string): string {
  return (FIELD_LABELS as Record<string, string>)[key] ?? key
}
