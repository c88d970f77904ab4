import { z } from 'zod'
import type { DiffSegment } from '../domain/review/diff'
import type { FieldChange } from '../domain/review/field-changes'
import type { AuditEntry, ReviewComment, ReviewVersion } from '../domain/review/records'
import { FEEDBACK, type ReviewAction } from '../domain/review/status'
import type { ExportedFile, ReplyStatus, SavedDraft } from './drafts'
import { method } from './method'
import { idSchema } from './schemas'

export type { DiffSegment, DiffOp } from '../domain/review/diff'
export type { FieldChange } from '../domain/review/field-changes'
export type { AuditEntry, ReviewComment, VersionReason } from '../domain/review/records'
export type { ReviewAction, Feedback } from '../domain/review/status'

export type Person = { name: string; role: string; hasPin: boolean }

export type People = { people: Person[]; current: string | null }

export type ReviewStep = { action: ReviewAction; label: string }

export type Decision = {
  action: 'return' | 'approve'
  by: string
  at: string
  /** 审核意见: the reason for a return, the opinion with an approval. */
  opinion: string
}

export type ReviewState = {
  id: string
  status: ReplyStatus
  statusLabel: string
  revision: number
  /** The steps the current status allows, in the order the screen offers them. */
  steps: ReviewStep[]
  lastStep: AuditEntry | null
  decision: Decision | null
  /** Set while the reply stands approved: who signed and which version. */
  approval: { by: string; at: string; versionId: string; versionNumber: number } | null
  /** Set when the reply is marked approved but its sign-off does not verify on this PC. */
  approvalProblem: string | null
  openComments: number
  current: string | null
}

export type VersionSummary = Omit<ReviewVersion, 'fields' | 'body'> & { reasonLabel: string }

export type VersionDiff = {
  from: VersionSummary | null
  to: VersionSummary | null
  segments: DiffSegment[]
  fields: FieldChange[]
  inserted: number
  deleted: number
}

export type AuditRow = AuditEntry & { eventLabel: string }

export type ImportConflict = {
  replyId: string
  /** The other side's content, kept as a version so choosing it is a restore. */
  incomingVersionId: string
  localText: string
  incomingText: string
  segments: DiffSegment[]
  fields: FieldChange[]
}

export type ImportOutcome = {
  replyId: string
  title: string
  outcome: 'created' | 'updated' | 'unchanged' | 'kept-local' | 'conflict'
  status: ReplyStatus
  commentsAdded: number
  versionsAdded: number
  message: string
  conflict: ImportConflict | null
}

export type CommentForExport = {
  id: string
  author: string
  date: string
  /** The comment with its thread's answers folded in: Word and WPS show flat comments reliably. */
  text: string
  quote: string
  /** Where the quote is in the body text; null when the marked text has since been deleted. */
  start: number | null
  end: number | null
  occurrence: number
}

const personName = z.string().trim().min(1, '请选择或填写您的姓名').max(50)
const note = z.string().max(5000)
const versionRef = z.union([idSchema, z.literal('current')])

export const reviewContract = {
  'review:people': method<People>()(z.object({}).strict()),
  'review:signIn': method<People>()(
    z.object({ name: personName, pin: z.string().max(32).optional() }).strict()
  ),
  'review:setPin': method<People>()(
    z
      .object({
        name: personName,
        pin: z.string().regex(/^(\d{4,8})?$/, 'PIN 为 4 至 8 位数字，留空表示不设 PIN'),
        currentPin: z.string().max(32).optional()
      })
      .strict()
  ),
  'review:state': method<ReviewState>()(z.object({ id: idSchema }).strict()),
  'review:submit': method<ReviewState>()(
    z.object({ id: idSchema, note: note.optional() }).strict()
  ),
  'review:withdraw': method<ReviewState>()(z.object({ id: idSchema }).strict()),
  'review:return': method<ReviewState>()(
    z
      .object({ id: idSchema, reason: z.string().trim().min(1, '请写明退回理由').max(5000) })
      .strict()
  ),
  'review:approve': method<ReviewState>()(
    z.object({ id: idSchema, opinion: note.optional() }).strict()
  ),
  'review:close': method<ReviewState>()(
    z.object({ id: idSchema, feedback: z.enum(FEEDBACK), note: note.optional() }).strict()
  ),
  'review:reopen': method<ReviewState>()(
    z.object({ id: idSchema, note: note.optional() }).strict()
  ),
  'review:comments': method<ReviewComment[]>()(z.object({ id: idSchema }).strict()),
  'review:addComment': method<ReviewComment>()(
    z
      .object({
        id: idSchema,
        /** Made by the editor, which puts it in the MarkNode before the body is saved. */
        commentId: z
          .string()
          .regex(/^[\w-]{8,64}$/)
          .optional(),
        parentId: idSchema.optional(),
        quote: z.string().max(5000).optional(),
        text: z.string().trim().min(1, '批注内容不能为空').max(5000)
      })
      .strict()
  ),
  'review:resolveComment': method<ReviewComment>()(
    z.object({ id: idSchema, commentId: idSchema }).strict()
  ),
  'review:versions': method<VersionSummary[]>()(z.object({ id: idSchema }).strict()),
  'review:diff': method<VersionDiff>()(
    z.object({ id: idSchema, from: versionRef, to: versionRef }).strict()
  ),
  'review:restoreVersion': method<SavedDraft>()(
    z.object({ id: idSchema, versionId: idSchema }).strict()
  ),
  'review:audit': method<AuditRow[]>()(z.object({ id: idSchema.optional() }).strict()),
  'review:exportAudit': method<ExportedFile>()(z.object({ id: idSchema.optional() }).strict()),
  'review:exportPackage': method<ExportedFile>()(z.object({ id: idSchema }).strict()),
  'review:importPackage': method<ImportOutcome>()(
    z.object({ base64: z.string().min(1).max(70_000_000) }).strict()
  ),
  'review:resolveConflict': method<ReviewState>()(
    z
      .object({ id: idSchema, incomingVersionId: idSchema, keep: z.enum(['local', 'incoming']) })
      .strict()
  )
}
