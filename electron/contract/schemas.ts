import { z } from 'zod'
import { DOC_FORMATS, HANDLING_ROLES, PROPOSER_TYPES, REPLY_KINDS } from '../domain/reply'

const isoDate = z.string().refine((s) => s === '' || isValidIsoDate(s), {
  message: '日期无效，请按“2025-07-16”的形式填写实际存在的日期'
})

export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

export const sessionInfoSchema = z.object({
  level: z.string().max(20),
  body: z.enum(['人大', '政协']),
  term: z.string().max(10),
  meeting: z.string().max(10),
  place: z.string().max(30).optional()
})

const text = (max: number) => z.string().max(max)

export const replyFieldsSchema = z.object({
  kind: z.enum(REPLY_KINDS),
  session: text(100),
  session_info: sessionInfoSchema.nullable().optional(),
  item_number: text(20),
  proposer: text(200),
  proposer_type: z.enum(PROPOSER_TYPES),
  co_signers: z.array(text(50)).max(200),
  subject: text(300),
  title: text(300),
  role: z.enum(HANDLING_ROLES),
  lead_unit: text(100),
  classification: text(10),
  disclosure: text(20),
  organ: text(100),
  doc_number: text(60),
  date: isoDate,
  leader: text(50),
  leader_phone: text(30),
  handler: text(50),
  handler_phone: text(30),
  postcode: text(10),
  cc: z.array(text(100)).max(50),
  note: text(200),
  attachments: z.array(text(200)).max(50),
  format: z.enum(DOC_FORMATS),
  assigned_date: isoDate
})

export const partialFieldsSchema = replyFieldsSchema.partial()

/** Lexical's serialized editor state; validated structurally by the body converter, bounded here. */
export const editorStateSchema = z
  .object({ root: z.object({ type: z.literal('root'), children: z.array(z.unknown()) }).loose() })
  .loose()

export const idSchema = z.string().min(1).max(64)
