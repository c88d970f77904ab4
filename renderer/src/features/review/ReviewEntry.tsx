import { navigate } from '../../app/route'
import { useQuery } from '../../lib/query'
import './review.css'

// Saves and review steps invalidate review:state, so a lapsed approval shows at once.
type Props = { id: string }

/**
 * For the drafting screen's head: where the reply stands in review, the leader's reason when it
 * was returned (the clerk fixes what it says without going to the review page), and the way in.
 */
export function ReviewEntry({ id }: Props) {
  const fetched = useQuery('review:state', { id }, '')
  const state = fetched.value ?? fetched.stale
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
