import { z } from 'zod'
import { bodyFromEditorState } from '../lexical-body'
import { REPLY_STATUSES } from '../reply'
import { AUDIT_LABELS } from './status'
import { VERSION_REASONS } from './records'

// A review package carries one reply to a leader on another PC and back: the reply, its versions,
// comments and audit trail, the content both sides last agreed on (base_hash), and a hash of the
// whole package so a damaged or hand-edited file is refused rather than half-imported.

export const PACKAGE_FORMAT = 'replydesk-review-package'
export const PACKAGE_VERSION = 1

const text = (max: number) => z.string().max(max)
const time = text(40)
const status = z.enum(REPLY_STATUSES)

const commentSchema = z.object({
  id: text(64).min(1),
  reply_id: text(64),
  parent_id: text(64).nullable(),
  author: text(50),
  text: text(5000),
  quote: text(5000),
  created_at: time,
  resolved_at: time.nullable(),
  resolved_by: text(50).nullable()
})

const versionSchema = z.object({
  id: text(64).min(1),
  reply_id: text(64),
  number: z.number().int(),
  reason: z.enum(Object.keys(VERSION_REASONS) as [keyof typeof VERSION_REASONS]),
  status,
  revision: z.number().int(),
  fields: z.record(z.string(), z.unknown()),
  body: z.unknown(),
  template_id: text(100),
  content_hash: text(128),
  actor: text(50),
  note: text(5000),
  created_at: time,
  signature: text(200).default('')
})

const auditSchema = z.object({
  id: text(64).min(1),
  reply_id: text(64).nullable(),
  reply_title: text(300),
  event: z.enum(Object.keys(AUDIT_LABELS) as [keyof typeof AUDIT_LABELS]),
  from_status: status.nullable(),
  to_status: status.nullable(),
  actor: text(50),
  note: text(5000),
  detail: text(300),
  created_at: time
})

export const packageSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  version: z.literal(PACKAGE_VERSION),
  exported_at: time,
  exported_by: text(50),
  base_hash: text(128),
  reply: z.object({
    id: text(64).min(1),
    status,
    fields: z.record(z.string(), z.unknown()),
    body: z.object({ root: z.object({ type: z.literal('root') }).loose() }).loose(),
    template_id: text(100),
    revision: z.number().int(),
    content_hash: text(128),
    created_at: time,
    updated_at: time
  }),
  versions: z.array(versionSchema).max(5000),
  comments: z.array(commentSchema).max(20000),
  audit: z.array(auditSchema).max(20000),
  hash: text(128)
})

export type ReviewPackage = z.infer<typeof packageSchema>

/** JSON with object keys sorted at every level: equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]))
  }
  return value
}

type Content = { fields: unknown; body: unknown; template_id: string }

/** What the reply's content is, for hashing: the parts a reviewer reads, comment marks included. */
export function contentOf(reply: Content): unknown {
  return { fields: reply.fields, body: reply.body, template_id: reply.template_id }
}

/**
 * Whether two contents would print differently. Comment marks and editor bookkeeping do not
 * print, so adding a comment to a signed reply is not an edit of it.
 */
export function printsDifferently(a: Content, b: Content): boolean {
  return printedContent(a) !== printedContent(b)
}

/**
 * Whether a reply still holds what its signer signed. The 文号 is left out: the office takes it
 * from the register after the sign-off (签发后编号), so a number given then keeps the sign-off.
 */
export function differsFromSigned(signed: Content, reply: Content): boolean {
  const unnumbered = (c: Content): Content => ({
    ...c,
    fields: { ...(c.fields as Record<string, unknown>), doc_number: '' }
  })
  return printsDifferently(unnumbered(signed), unnumbered(reply))
}

/** What prints, canonically: what a sign-off covers. */
export function printedContent(c: Content): string {
  return canonicalJson({
    fields: c.fields,
    body: bodyFromEditorState(c.body),
    template_id: c.template_id
  })
}

export type MergePlan =
  /** The reply is new here. */
  | 'create'
  /** Both sides hold the same content. */
  | 'same'
  /** Only the other side changed it since the base: take theirs. */
  | 'fast-forward'
  /** Only this side changed it since the base: keep ours, take their comments and steps. */
  | 'keep-local'
  /** Both sides changed the same base: show both and let the user choose. */
  | 'conflict'

export function planMerge(
  localHash: string | null,
  incomingHash: string,
  baseHash: string
): MergePlan {
  if (localHash === null) return 'create'
  if (localHash === incomingHash) return 'same'
  if (localHash === baseHash) return 'fast-forward'
  if (incomingHash === baseHash) return 'keep-local'
  return 'conflict'
}
