import { z } from 'zod'
import { DEFAULT_REDACTION, REDACTION_MODES } from '../items/public-copy'
import { phoneProblem } from '../phone'
import { DOC_FORMATS, REPLY_KINDS } from '../reply'
import { SESSION_STYLES } from '../session'
import { CODE_LISTS, GRADES } from './codes'
import { ccEntrySchema, layoutSchema, patternOf } from './template-schema'
import { COPIES_SLOTS, TEMPLATE_SLOTS } from './vocabulary'

// A bureau's settings: set once, exported as a file and imported on the bureau's other PCs. Every
// key has a default so the first-run wizard can save a profile with only the organ's name.

const phone = z
  .string()
  .default('')
  .superRefine((s, ctx) => {
    const problem = phoneProblem(s)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })

const person = z
  .object({
    name: z.string().min(1),
    phone,
    title: z.string().default(''),
    /** 签发 rights: only these people may approve a reply */
    signer: z.boolean().optional(),
    /** the signer's Ed25519 public key (SPKI, base64), set when they first seal a key with a PIN */
    public_key: z
      .string()
      .regex(/^[A-Za-z0-9+/=]{0,200}$/, '签名公钥格式不正确')
      .optional()
  })
  .strict()

const classCode = z
  .object({ code: z.string().min(1).max(4), grade: z.enum(GRADES), label: z.string().default('') })
  .strict()

const byKind = z.partialRecord(z.enum(REPLY_KINDS), z.string())

export const profileSchema = z
  .object({
    version: z.literal(1).default(1),
    /** how the profile is listed: 株洲市渌口区卫生健康局（渌口样式） */
    name: z.string().default(''),
    organ: z.string().default(''),
    /** 发文机关标志 when it differs from the organ's name; empty uses the organ */
    letterhead: z.string().default(''),
    /** how the bureau names itself in the text: 我局, 我委; empty derives it from the organ */
    self_name: z.string().default(''),
    doc_prefixes: byKind.default({}),
    /** prefixes that changed in a given year: { "2024": { "建议": "…" } } */
    doc_prefixes_by_year: z
      .record(z.string().regex(/^\d{4}$/, '年份应为四位数字'), byKind)
      .default({}),
    /** the 文号 line when the marks go on it: {doc_number}[（{classification}）类] */
    doc_line: patternOf(TEMPLATE_SLOTS).default(
      '[{doc_number}][ {classification}类][ {disclosure}]'
    ),
    leaders: z.array(person).default([]),
    handlers: z.array(person).default([]),
    postcode: z
      .string()
      .regex(/^(\d{6})?$/, '邮政编码应为 6 位数字')
      .default(''),
    cc_presets: z
      .object({ 人大: z.array(ccEntrySchema).optional(), 政协: z.array(ccEntrySchema).optional() })
      .strict()
      .default({}),
    /** strict: names only (GB/T 9704); local: with copies and delivery notes (一式两份) */
    cc_mode: z.enum(['strict', 'local']).default('strict'),
    copies_pattern: patternOf(COPIES_SLOTS).default('一式{copies_cn}份'),
    classification_codes: z
      .array(classCode)
      .min(1)
      .default([...CODE_LISTS.ABC]),
    disclosure_default: z.string().default(''),
    deadlines: z
      .object({
        reply_months: z.number().int().min(1).max(12).default(3),
        extended_months: z.number().int().min(1).max(12).default(6),
        assist_months: z.number().int().min(1).max(12).default(1)
      })
      .strict()
      .prefault({}),
    /** what the 政务公开 copy takes out of a signed reply */
    public_copy: z
      .object({
        phones: z.enum(REDACTION_MODES).default(DEFAULT_REDACTION.phones),
        contact_names: z.enum(REDACTION_MODES).default(DEFAULT_REDACTION.contact_names),
        cc: z.enum(['keep', 'remove']).default(DEFAULT_REDACTION.cc),
        proposer_names: z.enum(REDACTION_MODES).default(DEFAULT_REDACTION.proposer_names)
      })
      .strict()
      .prefault({}),
    /** the desktop app's system notification of overdue and due-soon items at start */
    due_notification: z.boolean().default(false),
    format: z.enum(DOC_FORMATS).default('letter'),
    default_templates: byKind.default({}),
    session_style: z.enum(SESSION_STYLES).default('short'),
    /** put before the opening to persons: 您好！ */
    greeting: z.string().default(''),
    /** the bureau's own layout, over the template's */
    layout: layoutSchema.partial().default({})
  })
  .strict()

export type Profile = z.output<typeof profileSchema>

export const DEFAULT_PROFILE: Profile = profileSchema.parse({})
