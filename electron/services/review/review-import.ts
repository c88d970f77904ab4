import { randomUUID } from 'node:crypto'
import type { Draft, ReplyStatus } from '../../contract/drafts'
import type { ImportConflict, ImportOutcome, ReviewState } from '../../contract/review'
import { AppFailure } from '../../contract/result'
import { emptyFields } from '../../domain/reply-schema'
import { planMerge, type ReviewPackage } from '../../domain/review/package'
import type { AuditEntry } from '../../domain/review/records'
import { STATUS_LABELS } from '../../domain/review/status'
import { inTransaction } from '../../store/db'
import { getDraft, insertDraft, updateDraft } from '../../store/drafts-repo'
import { getProfile } from '../../store/profile-repo'
import { insertVersion, listAudit, listVersions, setSyncBase } from '../../store/review-repo'
import type { ServiceContext } from '../context'
import { requireDraft } from '../stored-draft'
import { compareContent, requireVersion } from './review-history'
import { readPackage } from './review-package'
import { mergeIncoming, type Merged } from './review-package-merge'
import { requirePerson } from './review-people'
import { packageApprovalProblem } from './review-signature'
import {
  contentHash,
  plainText,
  recordAudit,
  reviewState,
  setStatus,
  takeSnapshot,
  titleOf
} from './review-steps'

/** An unknown reply arrives ready for review: the other side sent it to be reviewed. */
function arrivalStatus(status: ReplyStatus): ReplyStatus {
  return status === 'draft' || status === 'returned' ? 'review' : status
}

function writeIncoming(ctx: ServiceContext, pkg: ReviewPackage, status: ReplyStatus): Draft {
  const { reply } = pkg
  const content = {
    fields: { ...emptyFields(), ...reply.fields },
    body: reply.body as Draft['body'],
    template_id: reply.template_id,
    status
  }
  const existing = getDraft(ctx.db, reply.id)
  const written = existing
    ? updateDraft(ctx.db, reply.id, content, ctx.now().toISOString())
    : insertDraft(ctx.db, { id: reply.id, created_at: reply.created_at, ...content })
  return written!
}

/**
 * Whether their status wins. Clocks on two PCs disagree, so this goes by what each side has seen:
 * steps in the package we do not hold are theirs, steps we hold that the package lacks are ours.
 * Only when both sides moved since the last exchange do the step times decide.
 */
function theirStatusWins(ctx: ServiceContext, pkg: ReviewPackage): boolean {
  const ours = listAudit(ctx.db, pkg.reply.id)
  const ourIds = new Set(ours.map((e) => e.id))
  const theirIds = new Set(pkg.audit.map((e) => e.id))
  const latest = (entries: readonly AuditEntry[]) =>
    entries
      .filter((e) => e.to_status !== null)
      .map((e) => e.created_at)
      .sort()
      .at(-1)
  const theirNew = latest(pkg.audit.filter((e) => !ourIds.has(e.id)))
  const ourNew = latest(ours.filter((e) => !theirIds.has(e.id)))
  return theirNew !== undefined && (ourNew === undefined || theirNew > ourNew)
}

export function importPackage(ctx: ServiceContext, base64: string): ImportOutcome {
  const actor = requirePerson(ctx)
  const pkg = readPackage(base64)
  const forged = packageApprovalProblem(getProfile(ctx.db), pkg)
  if (forged)
    throw new AppFailure('invalid-input', `审核包中的签发未通过验证（${forged}），未导入任何内容。`)
  const { reply } = pkg
  return inTransaction(ctx.db, () => {
    const local = getDraft(ctx.db, reply.id) ?? null
    const plan = planMerge(local ? contentHash(local) : null, reply.content_hash, pkg.base_hash)
    const adopt = local === null || theirStatusWins(ctx, pkg)
    let draft: Draft
    if (plan === 'create') draft = writeIncoming(ctx, pkg, arrivalStatus(reply.status))
    else if (plan === 'fast-forward')
      draft = writeIncoming(ctx, pkg, adopt ? reply.status : local!.status)
    else draft = local!
    const merged = mergeIncoming(ctx, pkg)
    if (plan === 'conflict') return conflictOutcome(ctx, pkg, draft, merged, actor)

    let status = draft.status
    let note = ''
    if (plan === 'same' && adopt) status = reply.status
    if (plan === 'keep-local' && adopt) {
      // A signature covers the text it was given; ours has changed since, so it does not carry over.
      if (reply.status === 'approved' || reply.status === 'closed')
        note = '对方签发的是旧稿，本机其后已修改，签发未生效，请重新送审。'
      else status = reply.status
    }
    if (status !== draft.status) draft = setStatus(ctx, draft, status)
    if (plan === 'fast-forward')
      takeSnapshot(ctx, draft, 'import', actor, `导入${pkg.exported_by}的审核包`)
    const moved = local?.status !== draft.status
    recordAudit(ctx, draft, {
      event: 'import-package',
      actor,
      ...(moved ? { from: local?.status ?? null, to: draft.status } : {}),
      note,
      detail: pkg.exported_by
    })
    setSyncBase(ctx.db, draft.id, reply.content_hash, ctx.now().toISOString())
    return outcome(draft, plan, merged, note, moved)
  })
}

const OUTCOMES = {
  create: 'created',
  same: 'unchanged',
  'fast-forward': 'updated',
  'keep-local': 'kept-local'
} as const

function outcome(
  draft: Draft,
  plan: keyof typeof OUTCOMES,
  merged: Merged,
  note: string,
  moved: boolean
): ImportOutcome {
  const title = titleOf(draft) || '答复'
  const counts = `新增批注 ${merged.commentsAdded} 条，新增版本 ${merged.versionsAdded} 个`
  const nothingNew = plan === 'same' && !moved && merged.commentsAdded + merged.versionsAdded === 0
  const messages = {
    create: `已导入“${title}”，状态为${labelOf(draft.status)}。${counts}。`,
    same: nothingNew
      ? `“${title}”已是最新，本次导入没有新内容。`
      : `“${title}”的正文与本机一致，已合并审核结果，状态为${labelOf(draft.status)}。${counts}。`,
    'fast-forward': `已采用对方对“${title}”的修改，状态为${labelOf(draft.status)}。${counts}。`,
    'keep-local': `本机对“${title}”的修改较新，正文保持不变，已合并批注与记录。${counts}。${note}`
  }
  return {
    replyId: draft.id,
    title,
    outcome: plan === 'same' && !nothingNew ? 'updated' : OUTCOMES[plan],
    status: draft.status,
    commentsAdded: merged.commentsAdded,
    versionsAdded: merged.versionsAdded,
    message: messages[plan],
    conflict: null
  }
}

function labelOf(status: ReplyStatus): string {
  return `“${STATUS_LABELS[status]}”`
}

/** Nothing of ours is overwritten: their text is kept as a version and both are shown. */
function conflictOutcome(
  ctx: ServiceContext,
  pkg: ReviewPackage,
  local: Draft,
  merged: Merged,
  actor: string
): ImportOutcome {
  const { reply } = pkg
  const kept = listVersions(ctx.db, local.id).find(
    (v) => v.reason === 'incoming' && v.content_hash === reply.content_hash
  )
  const incoming =
    kept ??
    insertVersion(ctx.db, {
      id: randomUUID(),
      reply_id: local.id,
      reason: 'incoming',
      status: reply.status,
      revision: reply.revision,
      fields: { ...emptyFields(), ...reply.fields },
      body: reply.body,
      body_text: plainText(reply.body),
      template_id: reply.template_id,
      content_hash: reply.content_hash,
      actor: pkg.exported_by,
      note: `${pkg.exported_by}导出的审核包与本机修改冲突`,
      created_at: ctx.now().toISOString(),
      signature: ''
    })
  recordAudit(ctx, local, { event: 'import-conflict', actor, detail: pkg.exported_by })
  const conflict: ImportConflict = {
    replyId: local.id,
    incomingVersionId: incoming.id,
    localText: plainText(local.body),
    incomingText: plainText(reply.body),
    ...compareContent(local, {
      fields: { ...emptyFields(), ...reply.fields },
      body: reply.body,
      template_id: reply.template_id
    })
  }
  const title = titleOf(local) || '答复'
  return {
    replyId: local.id,
    title,
    outcome: 'conflict',
    status: local.status,
    commentsAdded: merged.commentsAdded,
    versionsAdded: merged.versionsAdded + (kept ? 0 : 1),
    message: `“${title}”在本机和对方都有修改，未覆盖任何内容。请对照两份正文，选择保留哪一份。`,
    conflict
  }
}

/** The user's choice after a conflict; either way the next exchange starts from their content. */
export function resolveConflict(
  ctx: ServiceContext,
  id: string,
  incomingVersionId: string,
  keep: 'local' | 'incoming'
): ReviewState {
  const actor = requirePerson(ctx)
  inTransaction(ctx.db, () => {
    const draft = requireDraft(ctx, id)
    const version = requireVersion(ctx, id, incomingVersionId)
    if (version.reason !== 'incoming')
      throw new AppFailure('invalid-input', '该版本不是导入冲突时保留的对方稿。')
    if (keep === 'incoming') {
      takeSnapshot(ctx, draft, 'replaced', actor, '导入冲突时选择了对方稿')
      updateDraft(
        ctx.db,
        id,
        {
          status: version.status,
          fields: { ...emptyFields(), ...version.fields },
          body: version.body as Draft['body'],
          template_id: version.template_id
        },
        ctx.now().toISOString()
      )
    }
    recordAudit(ctx, draft, {
      event: 'resolve-conflict',
      actor,
      ...(keep === 'incoming' ? { from: draft.status, to: version.status } : {}),
      note: keep === 'incoming' ? `采用对方修改稿（第 ${version.number} 版）` : '保留本机稿'
    })
    setSyncBase(ctx.db, id, version.content_hash, ctx.now().toISOString())
  })
  return reviewState(ctx, id)
}
