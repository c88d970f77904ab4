import type { ReviewPackage } from '../../domain/review/package'
import type { ReviewComment } from '../../domain/review/records'
import {
  getComment,
  getVersion,
  insertAudit,
  insertVersion,
  mergeComment
} from '../../store/review-repo'
import type { ServiceContext } from '../context'
import { plainText } from './review-steps'

export type Merged = { commentsAdded: number; versionsAdded: number }

/** Threads start before their answers, so a reply never arrives ahead of its parent. */
function parentsFirst(comments: readonly ReviewComment[]): ReviewComment[] {
  return [
    ...comments.filter((c) => c.parent_id === null),
    ...comments.filter((c) => c.parent_id !== null)
  ]
}

/**
 * Everything in a package that only ever grows — versions, comments, resolutions, audit entries —
 * is merged by id whatever happens to the content, so importing twice changes nothing.
 */
export function mergeIncoming(ctx: ServiceContext, pkg: ReviewPackage): Merged {
  let versionsAdded = 0
  for (const version of pkg.versions) {
    if (getVersion(ctx.db, version.id)) continue
    // Numbers are per copy of the app: insertVersion gives it the next one here.
    insertVersion(ctx.db, {
      ...version,
      reply_id: pkg.reply.id,
      body_text: plainText(version.body)
    })
    versionsAdded++
  }
  let commentsAdded = 0
  for (const comment of parentsFirst(pkg.comments)) {
    if (comment.parent_id !== null && !getComment(ctx.db, comment.parent_id)) continue
    if (mergeComment(ctx.db, { ...comment, reply_id: pkg.reply.id }) === 'added') commentsAdded++
  }
  for (const entry of pkg.audit) insertAudit(ctx.db, { ...entry, reply_id: pkg.reply.id })
  return { commentsAdded, versionsAdded }
}
