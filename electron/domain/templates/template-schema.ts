import { z } from 'zod'
import { PROPOSER_TYPES, REPLY_KINDS, type ReplyFields } from '../reply'
import { patternProblem } from './pattern'
import { FIELD_SLOTS, TEMPLATE_SLOTS } from './vocabulary'

export function patternOf(known: ReadonlySet<string>) {
  return z.string().superRefine((s, ctx) => {
    const problem = patternProblem(s, known)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })
}

const pattern = patternOf(TEMPLATE_SLOTS)
const paragraphs = z.array(pattern).min(1)

/** Wording by grade (see codes.ts); `default` serves every grade the file does not word itself. */
const byGrade = z
  .object({
    default: paragraphs,
    A: paragraphs.optional(),
    B: paragraphs.optional(),
    C: paragraphs.optional()
  })
  .strict()

export const ccEntrySchema = z
  .object({
    name: pattern.pipe(z.string().min(1)),
    copies: z.number().int().min(1).max(99).optional(),
    note: z.string().optional()
  })
  .strict()

export const layoutSchema = z
  .object({
    /** plain: 对…的答复; organ: 机关名关于对…的答复 */
    title_style: z.enum(['plain', 'organ']),
    reply_word: z.string().min(1),
    /** where the 办理结果 and 公开 marks go; none: this document carries no marks */
    marks: z.enum(['docline', 'lines-left', 'top-right', 'none']),
    /** the marks' own lines when they are not on the 文号 line */
    mark_lines: z.array(pattern),
    contact: z
      .object({
        placement: z.enum(['after-signature', 'before-signature', 'note']),
        lines: z.array(pattern)
      })
      .strict(),
    /** 机关署名 and 成文日期 below the body */
    signature: z.boolean(),
    letterhead: z.boolean()
  })
  .strict()

const skeletonEntry = z
  .object({
    heading: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
    text: pattern
  })
  .strict()

const bySender = z.partialRecord(z.enum(PROPOSER_TYPES), pattern)

const FIELD_NAMES = [...new Set(Object.values(FIELD_SLOTS).map((s) => s.field))] as [
  keyof ReplyFields,
  ...(keyof ReplyFields)[]
]

export const templateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '模板编号只能用小写英文字母、数字和连字符'),
    name: z.string().min(1),
    description: z.string().default(''),
    /** lower comes first when several templates fit an item */
    order: z.number().int().default(100),
    kinds: z.array(z.enum(REPLY_KINDS)).min(1),
    proposer_types: z.array(z.enum(PROPOSER_TYPES)).min(1),
    title: z.object({ plain: pattern, organ: pattern }).strict(),
    salutation: bySender,
    /** joint items, when answered together: 龙钺文等代表：, 柳春龙等3位代表： */
    salutation_joint: bySender,
    /** together: one reply to all signers; each: one reply per signer */
    joint: z.enum(['together', 'each']).default('together'),
    opening: byGrade,
    closing: byGrade,
    skeleton: z.array(skeletonEntry).min(1),
    /** fields needed even though no placeholder shows them (the class mark, say) */
    required: z.array(z.enum(FIELD_NAMES)).default([]),
    layout: layoutSchema,
    /** 抄送 when the profile has no preset for the item's source */
    cc_default: z.object({ 人大: z.array(ccEntrySchema), 政协: z.array(ccEntrySchema) }).strict()
  })
  .strict()
  .superRefine((t, ctx) => {
    for (const type of t.proposer_types) {
      for (const key of ['salutation', 'salutation_joint'] as const) {
        if (!t[key][type]) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `模板适用于“${type}”，但没有写“${type}”的称谓`
          })
        }
      }
    }
  })

export type Template = z.output<typeof templateSchema>
export type Layout = z.output<typeof layoutSchema>
export type CcEntry = z.output<typeof ccEntrySchema>
