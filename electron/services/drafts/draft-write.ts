import type { Draft } from '../../contract/drafts'
import { AppFailure } from '../../contract/result'
import { canonicalJson } from '../../domain/review/package'
import { inTransaction } from '../../store/db'
import { updateDraft, type DraftPatch } from '../../store/drafts-repo'
import type { ServiceContext } from '../context'
import { updateUnderReview } from '../review/review-service'
import { requireDraft } from '../stored-draft'

export type DraftChange = Pick<DraftPatch, 'fields' | 'body' | 'template_id'>

export type WriteOptions = {
  /** the revision the window edited: a save over a newer one is refused */
  revision?: number | undefined
  /**
   * false for a 文号 taken from the register: the number is given after signing as a rule, so it
   * does not reopen a signed or closed reply the way an edit does.
   */
  underReview?: boolean
}

/**
 * The one way a draft's content is written (drafts:save, register:allocate): read, checked, changed
 * and, under review, versioned and logged in one transaction. The change is worked out from the
 * draft as it stands inside that transaction.
 */
export function writeDraft(
  ctx: ServiceContext,
  id: string,
  change: (current: Draft) => DraftChange,
  { revision, underReview = true }: WriteOptions = {}
): Draft {
  return inTransaction(ctx.db, () => {
    const current = requireDraft(ctx, id)
    if (revision !== undefined && revision !== current.revision) {
      throw new AppFailure(
        'stale',
        '另一个窗口已保存了更新的内容，本窗口的修改尚未保存。请对照两边的内容后选择保留哪一份。',
        { revision: current.revision }
      )
    }
    const patch = change(current)
    // The editor reports its first state when a reply is opened; saving that unchanged text must
    // not make the reply look edited (a new revision, a new 修改时间) by merely being read.
    if (unchanged(current, patch)) return current
    const at = ctx.now().toISOString()
    const saved = underReview
      ? updateUnderReview(ctx, current, patch, at)
      : updateDraft(ctx.db, id, patch, at)
    if (!saved) throw new AppFailure('not-found', '找不到这份答复，可能已被删除。')
    return saved
  })
}

function unchanged(current: Draft, patch: DraftChange): boolean {
  return (Object.keys(patch) as (keyof DraftChange)[]).every(
    (key) => canonicalJson(patch[key]) === canonicalJson(current[key])
  )
}
