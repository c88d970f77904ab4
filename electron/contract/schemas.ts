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

// Lexical nests lists in lists and text in paragraphs: a few levels. The bounds keep a hand-made
// state (a null child, nesting 100,000 deep) from reaching code that recurses over it.
const MAX_BODY_DEPTH = 32
const MAX_BODY_NODES = 200_000

/** Every node an object with a string type, children (when present) an array, depth bounded. */
function bodyShapeProblem(root: unknown): string | null {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }]
  let count = 0
  while (stack.length) {
    const { node, depth } = stack.pop()!
    if (++count > MAX_BODY_NODES) return '正文过长，请分成几份答复'
    if (depth > MAX_BODY_DEPTH) return '正文的层级过深（如列表套列表过多），请减少嵌套后再保存'
    if (typeof node !== 'object' || node === null || Array.isArray(node))
      return '正文格式无效，请刷新后重试'
    const { type, children } = node as { type?: unknown; children?: unknown }
    if (typeof type !== 'string') return '正文格式无效，请刷新后重试'
    if (children === undefined) continue
    if (!Array.isArray(children)) return '正文格式无效，请刷新后重试'
    for (const child of children) stack.push({ node: child, depth: depth + 1 })
  }
  return null
}

/** Lexical's serialized editor state: its shape checked here, its meaning by the body converter. */
export const editorStateSchema = z
  .object({ root: z.object({ type: z.literal('root'), children: z.array(z.unknown()) }).loose() })
  .loose()
  .superRefine((state, ctx) => {
    const problem = bodyShapeProblem(state.root)
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['root'] })
  })

export const idSchema = z.string().min(1).max(64)
