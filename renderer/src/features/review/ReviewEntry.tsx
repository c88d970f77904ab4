import { useEffect, useState } from 'react'
import type { ReviewState } from '../../../../electron/contract'
import { navigate } from '../../app/route'
import { request } from '../../lib/api'
import './review.css'

type Props = {
  id: string
  /** Changes after each save, so a lapsed approval shows at once. */
  version: string
}

/**
 * For the drafting screen's head: where the reply stands in review, the leader's reason when it
 * was returned (the clerk fixes what it says without going to the review page), and the way in.
 */
export function ReviewEntry({ id, version }: Props) {
  const [state, setState] = useState<ReviewState | null>(null)
  useEffect(() => {
    request('review:state', { id })
      .then(setState)
      .catch(() => setState(null))
  }, [id, version])
  return (
    <span className="review-entry">
      {state && (
        <span className={`status-badge status-${state.status}`} title="审核状态">
          {state.statusLabel}
          {state.openComments > 0 && ` · ${state.openComments} 条批注`}
        </span>
      )}
      {state?.status === 'returned' && state.lastStep?.event === 'return' && (
        <span className="return-reason" role="note" aria-label="退回理由">
          {state.lastStep.actor}退回：{state.lastStep.note || '未写明理由'}
        </span>
      )}
      <button type="button" onClick={() => navigate({ name: 'review', id })}>
        审核与签发
      </button>
    </span>
  )
}
