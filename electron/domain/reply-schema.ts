import { z } from 'zod'
import { isValidIsoDate } from './iso-date'
import { DOC_FORMATS, HANDLING_ROLES, PROPOSER_TYPES, REPLY_KINDS, unknownKeysError } from './reply'

// The reply's official fields. Keys follow ../shared/fixtures/seeds/expected.json so that the CLI,
// JSON files, the parser and the archive all speak the same names. This schema is the one source:
// the type, the empty reply and the contract's validation derive from it.

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

// The order is the drafting form's; FIELD_LABELS in reply.ts follows it and the compiler holds
// it to these keys.
export const replyFieldsSchema = z.strictObject(
  {
    kind: z.enum(REPLY_KINDS),
    /** Meeting reference as it is printed, e.g. 区人大二届五次会议. */
    session: text(100),
    session_info: sessionInfoSchema.nullable().optional(),
    /** Exactly as assigned: "068" stays "068". */
    item_number: text(20),
    proposer: text(200),
    proposer_type: z.enum(PROPOSER_TYPES),
    co_signers: z.array(text(50)).max(200),
    /** The item's own title: 关于推进基层医疗服务的建议. */
    subject: text(300),
    /** The reply's title; empty means the template renders it. */
    title: text(300),
    role: z.enum(HANDLING_ROLES),
    /** 主办单位, the addressee of a 协办意见 or 会办意见 */
    lead_unit: text(100),
    classification: text(10),
    disclosure: text(20),
    organ: text(100),
    doc_number: text(60),
    /** ISO yyyy-mm-dd or empty. */
    date: isoDate,
    leader: text(50),
    leader_phone: text(30),
    handler: text(50),
    handler_phone: text(30),
    postcode: text(10),
    cc: z.array(text(100)).max(50),
    /** 附注, e.g. （此件主动公开）. */
    note: text(200),
    attachments: z.array(text(200)).max(50),
    format: z.enum(DOC_FORMATS),
    /** ISO date the item was assigned (交办日); used for deadlines and date checks. */
    assigned_date: isoDate
  },
  { error: unknownKeysError }
)

export type ReplyFields = z.infer<typeof replyFieldsSchema>

export const partialFieldsSchema = replyFieldsSchema.partial()

const FIELD_KEYS = Object.keys(replyFieldsSchema.shape) as (keyof ReplyFields)[]

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
