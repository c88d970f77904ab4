import { z } from 'zod'
import { isValidIsoDate } from './iso-date'

// The reply's official fields. Keys follow ../shared/fixtures/seeds/expected.json so that the CLI,
// JSON files, the parser and the archive all speak the same names. The schema below is the one
// source: the type, the empty reply, the labels and the contract's validation derive from it.

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

const isoDate = z.string().refine((s) => s === '' || isValidIsoDate(s), {
  message: '日期无效，请按“2025-07-16”的形式填写实际存在的日期'
})

const text = (max: number) => z.string().max(max)

export const sessionInfoSchema = z.strictObject(
  {
    /** 区 / 县 / 市 / 省 */
    level: z.string().max(20),
    body: z.enum(['人大', '政协']),
    /** 届, as written: 二, 六, 九 */
    term: z.string().max(10),
    /** 次, as written: 五, 三 */
    meeting: z.string().max(10),
    /** the place when the session names it: 岳阳市 (岳阳市政协九届三次会议) */
    place: z.string().max(30).optional()
  },
  { error: unknownKeysError }
)
export type SessionInfo = z.infer<typeof sessionInfoSchema>

// Each field's description is the name clerks know it by, as the drafting form shows it; the
// order is the drafting form's.
export const replyFieldsSchema = z.strictObject(
  {
    kind: z.enum(REPLY_KINDS).describe('类别'),
    /** Meeting reference as it is printed, e.g. 区人大二届五次会议. */
    session: text(100).describe('届次'),
    session_info: sessionInfoSchema.nullable().optional().describe('届次（结构化）'),
    /** Exactly as assigned: "068" stays "068". */
    item_number: text(20).describe('编号'),
    proposer: text(200).describe('提出人'),
    proposer_type: z.enum(PROPOSER_TYPES).describe('提出人类型'),
    co_signers: z.array(text(50)).max(200).describe('联名人'),
    /** The item's own title: 关于推进基层医疗服务的建议. */
    subject: text(300).describe('建议/提案标题'),
    /** The reply's title; empty means the template renders it. */
    title: text(300).describe('答复标题'),
    role: z.enum(HANDLING_ROLES).describe('承办方式'),
    /** 主办单位, the addressee of a 协办意见 or 会办意见 */
    lead_unit: text(100).describe('主办单位'),
    classification: text(10).describe('办理结果'),
    disclosure: text(20).describe('公开属性'),
    organ: text(100).describe('发文机关'),
    doc_number: text(60).describe('文号'),
    /** ISO yyyy-mm-dd or empty. */
    date: isoDate.describe('成文日期'),
    leader: text(50).describe('主管领导'),
    leader_phone: text(30).describe('主管领导电话'),
    handler: text(50).describe('经办人'),
    handler_phone: text(30).describe('经办人电话'),
    postcode: text(10).describe('邮政编码'),
    cc: z.array(text(100)).max(50).describe('抄送'),
    /** 附注, e.g. （此件主动公开）. */
    note: text(200).describe('附注'),
    attachments: z.array(text(200)).max(50).describe('附件'),
    format: z.enum(DOC_FORMATS).describe('版式'),
    /** ISO date the item was assigned (交办日); used for deadlines and date checks. */
    assigned_date: isoDate.describe('交办日期')
  },
  { error: unknownKeysError }
)

export type ReplyFields = z.infer<typeof replyFieldsSchema>

export const partialFieldsSchema = replyFieldsSchema.partial()

type FieldKey = keyof ReplyFields
const FIELD_KEYS = Object.keys(replyFieldsSchema.shape) as FieldKey[]

/** The names clerks know the fields by, in the order of the drafting form. */
export const FIELD_LABELS = Object.fromEntries(
  FIELD_KEYS.map((key) => [key, replyFieldsSchema.shape[key].description ?? key])
) as Record<FieldKey, string>

/** A field's label, or the key itself for a name the reply does not have. */
export function fieldLabel(key: string): string {
  return (FIELD_LABELS as Record<string, string>)[key] ?? key
}

/** What an untouched field holds: '' for text, [] for lists, null when absent, an enum's first. */
function emptyValue(schema: z.ZodType): unknown {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return null
  if (schema instanceof z.ZodArray) return []
  if (schema instanceof z.ZodEnum) return schema.options[0]
  if (schema instanceof z.ZodString) return ''
  throw new Error('a reply field of a kind emptyFields() cannot fill')
}

const EMPTY = Object.fromEntries(
  FIELD_KEYS.map((key) => [key, emptyValue(replyFieldsSchema.shape[key])])
) as ReplyFields

export function emptyFields(): ReplyFields {
  return structuredClone(EMPTY)
}
