import { createHash, randomUUID } from 'node:crypto'
import type { Draft, ReplyStatus } from '../../contract/drafts'
import type { ReviewState } from '../../contract/review'
import { AppFailure } from '../../contract/result'
import { bodyText } from '../../domain/body'
import { bodyFromEditorState } from '../../domain/lexical-body'
import { canonicalJson, contentOf } from '../../domain/review/package'
import type { AuditEntry, ReviewVersion, VersionReason } from '../../domain/review/records'
import {
  availableActions,
  checkStep,
  STATUS_LABELS,
  transitionFor,
  type AuditEvent,
  type Feedback,
  type ReviewAction
} from '../../domain/review/status'
import { inTransaction } from '../../store/db'
import { updateDraft } from '../../store/drafts-repo'
import { countOpenComments, insertAudit, insertVersion, listAudit } from '../../store/review-repo'
import type { ServiceContext } from '../context'
import { requireDraft } from '../stored-draft'
import { currentPerson, requirePerson, unlockedKey } from './review-people'
import { checkApproval, signApproval, unverifiedMessage } from './review-signature'
import { requireSigner, requireSigningKey } from './signer-keys'

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

export function contentHash(reply: {
  fields: unknown
  body: unknown
  template_id: string
}): string {
  return sha256(canonicalJson(contentOf(reply)))
}

export function titleOf(draft: Pick<Draft, 'fields'>): string {
  return draft.fields.title || draft.fields.subject || ''
}

export function plainText(body: unknown): string {
  return bodyText(bodyFromEditorState(body))
}

export type AuditInput = {
  event: AuditEvent
  actor: string
  from?: ReplyStatus | null
  to?: ReplyStatus | null
  note?: string
  detail?: string
}

export function recordAudit(
  ctx: ServiceContext,
  draft: Draft | null,
  input: AuditInput
): AuditEntry {
  const entry: AuditEntry = {
    id: randomUUID(),
    reply_id: draft?.id ?? null,
    reply_title: draft ? titleOf(draft) : '',
    event: input.event,
    from_status: input.from ?? null,
    to_status: input.to ?? null,
    actor: input.actor,
    note: input.note ?? '',
    detail: input.detail ?? '',
    created_at: ctx.now().toISOString()
  }
  // A read-only archive still exports (the clerk may need the file); the log cannot take the line.
  if (!ctx.readOnly) insertAudit(ctx.db, entry)
  return entry
}

export function takeSnapshot(
  ctx: ServiceContext,
  draft: Draft,
  reason: VersionReason,
  actor: string,
  note = '',
  /** signs an approval made at the version's time */
  sign?: (at: string) => string
): ReviewVersion {
  const at = ctx.now().toISOString()
  return insertVersion(ctx.db, {
    id: randomUUID(),
    reply_id: draft.id,
    reason,
    status: draft.status,
    revision: draft.revision,
    fields: draft.fields,
    body: draft.body,
    body_text: plainText(draft.body),
    template_id: draft.template_id,
    content_hash: contentHash(draft),
    actor,
    note,
    created_at: at,
    signature: sign ? sign(at) : ''
  })
}

/** Moves the reply to another status without touching its content. */
export function setStatus(ctx: ServiceContext, draft: Draft, to: ReplyStatus): Draft {
  const moved = updateDraft(ctx.db, draft.id, { status: to }, ctx.now().toISOString())
  if (!moved) throw new AppFailure('not-found', '找不到这份答复，可能已被删除。')
  return moved
}

export type StepOptions = { note?: string | undefined; feedback?: Feedback | undefined }

/** One step of the flow: checked against the table, snapshotted when the table says so, logged. */
export function runStep(
  ctx: ServiceContext,
  id: string,
  action: ReviewAction,
  options: StepOptions = {}
): ReviewState {
  const actor = requirePerson(ctx)
  if (action === 'approve') requireSigner(ctx, actor)
  const note = options.note?.trim() ?? ''
  inTransaction(ctx.db, () => {
    const draft = requireDraft(ctx, id)
    const check = checkStep({
      status: draft.status,
      action,
      note,
      feedback: options.feedback,
      openComments: countOpenComments(ctx.db, id)
    })
    if (!check.ok) throw new AppFailure('conflict', check.message)
    // 办结 records the reply as answered under a sign-off, so the sign-off must verify.
    const signed = action === 'close' ? checkApproval(ctx.db, draft) : null
    if (signed && !signed.ok)
      throw new AppFailure(
        'conflict',
        `${unverifiedMessage(signed.problem)}，不能办结。请重新送审签发。`
      )
    // Rights first, then what the reply still needs, then the PIN-unlocked key.
    const key = action === 'approve' ? requireSigningKey(ctx, actor, unlockedKey(ctx)) : null
    const moved = setStatus(ctx, draft, check.to)
    const sign =
      key &&
      ((at: string) =>
        signApproval(key, {
          reply_id: id,
          content: moved,
          signer: actor,
          signed_at: at,
          opinion: note
        }))
    if (transitionFor(action).snapshot)
      takeSnapshot(ctx, moved, action as VersionReason, actor, note, sign ?? undefined)
    recordAudit(ctx, draft, {
      event: action,
      actor,
      from: draft.status,
      to: check.to,
      note,
      detail: options.feedback ?? ''
    })
  })
  return reviewState(ctx, id)
}

export function reviewState(ctx: ServiceContext, id: string): ReviewState {
  const draft = requireDraft(ctx, id)
  const newestFirst = [...listAudit(ctx.db, id)].reverse()
  const decisionEntry = newestFirst.find((e) => e.event === 'return' || e.event === 'approve')
  // 已签发 is shown only for a sign-off this PC verifies; a status alone claims nothing.
  const check = draft.status === 'approved' ? checkApproval(ctx.db, draft) : null
  const signed = check?.ok ? check.version : undefined
  const problem = check && !check.ok ? unverifiedMessage(check.problem) : null
  return {
    id,
    status: draft.status,
    statusLabel: problem ? '签发未通过验证' : STATUS_LABELS[draft.status],
    revision: draft.revision,
    steps: availableActions(draft.status).map((action) => ({
      action,
      label: transitionFor(action).label
    })),
    // Steps merged from a package may not have taken effect here: show the one that did.
    lastStep: newestFirst.find((e) => e.to_status === draft.status) ?? null,
    decision: decisionEntry
      ? {
          action: decisionEntry.event as 'return' | 'approve',
          by: decisionEntry.actor,
          at: decisionEntry.created_at,
          opinion: decisionEntry.note
        }
      : null,
    approval: signed
      ? {
          by: signed.actor,
          at: signed.created_at,
          versionId: signed.id,
          versionNumber: signed.number
        }
      : null,
    approvalProblem: problem && `${problem}，不能作为已签发答复导出。请重新送审签发。`,
    openComments: countOpenComments(ctx.db, id),
    current: currentPerson(ctx)
  }
}
