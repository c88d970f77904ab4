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

/** For the drafting screen's head: where the reply stands in review, and the way into review. */
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
      <button type="button" onClick={() => navigate({ name: 'review', id })}>
        审核与签发
      </button>
    </span>
  )
}
