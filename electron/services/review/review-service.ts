import { randomUUID } from 'node:crypto'
import type { Handlers } from '../../contract'
import type { Draft } from '../../contract/drafts'
import type { CommentForExport, reviewContract } from '../../contract/review'
import { AppFailure } from '../../contract/result'
import { commentAnchors } from '../../domain/review/anchors'
import { printsDifferently } from '../../domain/review/package'
import type { ReviewComment } from '../../domain/review/records'
import { editEffect } from '../../domain/review/status'
import type { DB } from '../../store/db'
import { getDraft, updateDraft, type DraftPatch } from '../../store/drafts-repo'
import { getComment, insertComment, listComments, resolveComment } from '../../store/review-repo'
import type { ServiceContext } from '../context'
import {
  auditRows,
  diffVersions,
  exportAudit,
  restoreVersion,
  versionSummaries
} from './review-history'
import { importPackage, resolveConflict } from './review-import'
import { exportPackage } from './review-package'
import { changePin, currentPerson, listPeople, requirePerson, signIn } from './review-people'
import { recordAudit, reviewState, runStep, takeSnapshot } from './review-steps'
import { checkApproval, unverifiedMessage } from './review-signature'
import { requireDraft } from '../stored-draft'

type ReviewHandlers = Pick<Handlers, keyof typeof reviewContract>

/**
 * The review side of every draft write (drafts/draft-write.ts calls it inside its transaction). A
 * closed reply refuses edits; an edit to a signed reply is kept as a new version and the approval
 * lapses (status back to 草稿, logged); a returned reply that is worked on becomes a draft again.
 * Saves that change nothing that prints (a comment mark) leave the flow alone.
 */
export function updateUnderReview(
  ctx: ServiceContext,
  before: Draft,
  change: DraftPatch,
  updatedAt: string
): Draft | undefined {
  if (!printsDifferently(before, { ...before, ...change }))
    return updateDraft(ctx.db, before.id, change, updatedAt)
  const effect = editEffect(before.status)
  if (effect.kind === 'locked') throw new AppFailure('conflict', effect.message)
  const saved = updateDraft(
    ctx.db,
    before.id,
    effect.kind === 'to-draft' ? { ...change, status: 'draft' } : change,
    updatedAt
  )
  if (!saved || effect.kind !== 'to-draft') return saved
  const actor = currentPerson(ctx) ?? ''
  if (effect.event === 'revise') takeSnapshot(ctx, saved, 'revise', actor, '签发后修改，签发失效')
  recordAudit(ctx, before, { event: effect.event, actor, from: before.status, to: 'draft' })
  return saved
}

/** Logs a document export (DOCX, PDF) against the reply; the export itself stays with its owner. */
export function recordExport(
  ctx: ServiceContext,
  draft: Draft,
  fileName: string,
  event: 'export-docx' | 'export-pdf' | 'export-text' = 'export-docx'
): void {
  recordAudit(ctx, draft, {
    event,
    actor: currentPerson(ctx) ?? '',
    detail: fileName
  })
}

/**
 * Who signed the reply as it stands, for the export to print or record: only a sign-off this PC
 * verifies. `problem` says why a reply marked approved is exported as unsigned.
 */
export function approvalForExport(
  db: DB,
  draft: Draft
): { approval: { by: string; at: string } | null; problem: string | null } {
  const check = checkApproval(db, draft)
  if (!check) return { approval: null, problem: null }
  if (!check.ok)
    return {
      approval: null,
      problem: `${unverifiedMessage(check.problem)}，导出的文件按未签发稿处理，不记签发人`
    }
  return { approval: { by: check.version.actor, at: check.version.created_at }, problem: null }
}

/**
 * Open comments as flat Word comments, in document order: each thread's answers are folded into
 * its text, because threaded replies do not survive WPS. Comments whose marked text was deleted
 * come last with a null range.
 */
export function commentsForExport(db: DB, replyId: string): CommentForExport[] {
  const draft = getDraft(db, replyId)
  if (!draft) return []
  const anchors = new Map(commentAnchors(draft.body).map((a) => [a.id, a]))
  const all = listComments(db, replyId)
  const open = all.filter((c) => c.parent_id === null && c.resolved_at === null)
  const out = open.map((c): CommentForExport => {
    const answers = all.filter((a) => a.parent_id === c.id).map((a) => `\n${a.author}：${a.text}`)
    const anchor = anchors.get(c.id)
    return {
      id: c.id,
      author: c.author,
      date: c.created_at,
      text: c.text + answers.join(''),
      quote: anchor?.quote ?? c.quote,
      start: anchor?.start ?? null,
      end: anchor?.end ?? null,
      occurrence: anchor?.occurrence ?? 0
    }
  })
  return out.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity))
}

function requireComment(ctx: ServiceContext, replyId: string, commentId: string): ReviewComment {
  const comment = getComment(ctx.db, commentId)
  if (!comment || comment.reply_id !== replyId) {
    throw new AppFailure('not-found', '找不到这条批注，可能已被删除，请刷新后重试。')
  }
  return comment
}

export function reviewHandlers(ctx: ServiceContext): ReviewHandlers {
  return {
    'review:people': () => listPeople(ctx),
    'review:signIn': ({ name, pin }) => signIn(ctx, name, pin),
    'review:setPin': ({ name, pin, currentPin }) => changePin(ctx, name, pin, currentPin),
    'review:state': ({ id }) => reviewState(ctx, id),
    'review:submit': ({ id, note }) => runStep(ctx, id, 'submit', { note }),
    'review:withdraw': ({ id }) => runStep(ctx, id, 'withdraw'),
    'review:return': ({ id, reason }) => runStep(ctx, id, 'return', { note: reason }),
    'review:approve': ({ id, opinion }) => runStep(ctx, id, 'approve', { note: opinion }),
    'review:close': ({ id, feedback, note }) => runStep(ctx, id, 'close', { note, feedback }),
    'review:reopen': ({ id, note }) => runStep(ctx, id, 'reopen', { note }),
    'review:comments': ({ id }) => {
      requireDraft(ctx, id)
      return listComments(ctx.db, id)
    },
    'review:addComment': ({ id, commentId, parentId, quote, text }) => {
      const author = requirePerson(ctx)
      requireDraft(ctx, id)
      const parent = parentId ? requireComment(ctx, id, parentId) : null
      const newId = commentId ?? randomUUID()
      if (getComment(ctx.db, newId)) throw new AppFailure('duplicate', '这条批注已经保存过了。')
      return insertComment(ctx.db, {
        id: newId,
        reply_id: id,
        // Answers hang off the thread's first comment: threads stay one level deep, as Word shows them.
        parent_id: parent ? (parent.parent_id ?? parent.id) : null,
        author,
        text,
        quote: parent ? '' : (quote ?? ''),
        created_at: ctx.now().toISOString(),
        resolved_at: null,
        resolved_by: null
      })
    },
    'review:resolveComment': ({ id, commentId }) => {
      const by = requirePerson(ctx)
      const comment = requireComment(ctx, id, commentId)
      const root = comment.parent_id ?? comment.id
      return resolveComment(ctx.db, root, by, ctx.now().toISOString()) ?? comment
    },
    'review:versions': ({ id }) => versionSummaries(ctx, id),
    'review:diff': ({ id, from, to }) => diffVersions(ctx, id, from, to),
    'review:restoreVersion': ({ id, versionId }) => restoreVersion(ctx, id, versionId),
    'review:audit': ({ id }) => auditRows(ctx, id),
    'review:exportAudit': ({ id }) => exportAudit(ctx, id),
    'review:exportPackage': ({ id }) => exportPackage(ctx, id),
    'review:importPackage': ({ base64 }) => importPackage(ctx, base64),
    'review:resolveConflict': ({ id, incomingVersionId, keep }) =>
      resolveConflict(ctx, id, incomingVersionId, keep)
  }
}
