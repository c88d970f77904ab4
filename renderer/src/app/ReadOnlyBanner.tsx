import { useEffect, useState } from 'react'
import { request } from '../lib/api'

/** While the data folder cannot be written, every screen says so before the clerk types. */
export function ReadOnlyBanner() {
  const [reason, setReason] = useState<string | null>(null)

  useEffect(() => {
    request('app:info', {})
      .then((info) => setReason(info.readOnly))
      .catch(() => setReason(null))
  }, [])

  if (!reason) return null
  return (
    <div className="read-only-banner" role="status" aria-label="只读模式">
      {reason}
    </div>
  )
}
