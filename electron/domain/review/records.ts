import type { ReplyFields, ReplyStatus } from '../reply'
import type { AuditEvent } from './status'

// What review keeps about a reply, in the shape the contract returns and packages carry.

export const VERSION_REASONS = {
  submit: '提交审核',
  return: '退回修改',
  approve: '签发',
  revise: '签发后修改',
  restore: '恢复历史版本',
  import: '导入审核包',
  incoming: '对方修改稿（冲突）',
  replaced: '冲突时被替换的本机稿'
} as const
export type VersionReason = keyof typeof VERSION_REASONS

export type ReviewComment = {
  id: string
  reply_id: string
  parent_id: string | null
  author: string
  text: string
  /** The marked text when the comment was made; the mark itself lives in the body. */
  quote: string
  created_at: string
  resolved_at: string | null
  resolved_by: string | null
}

export type ReviewVersion = {
  id: string
  reply_id: string
  /** 1, 2, 3… in the order this copy of the app recorded them. */
  number: number
  reason: VersionReason
  status: ReplyStatus
  revision: number
  fields: Partial<ReplyFields>
  body: unknown
  template_id: string
  content_hash: string
  actor: string
  note: string
  created_at: string
  /** An approval's Ed25519 signature (services/review-signature.ts); empty for other versions. */
  signature: string
}

export type AuditEntry = {
  id: string
  reply_id: string | null
  /** The reply's title when the step happened, so the log reads well after the reply is gone. */
  reply_title: string
  event: AuditEvent
  from_status: ReplyStatus | null
  to_status: ReplyStatus | null
  actor: string
  note: string
  /** 办结: the proposer's feedback; exports: the file name. */
  detail: string
  created_at: string
}
