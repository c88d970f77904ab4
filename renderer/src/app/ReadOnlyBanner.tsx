import { useQuery } from '../lib/query'

/** While the data folder cannot be written, every screen says so before the clerk types. */
export function ReadOnlyBanner() {
  const reason = useQuery('app:info', {}, '').value?.readOnly

  if (!reason) return null
  return (
    <div className="read-only-banner" role="status" aria-label="只读模式">
      {reason}
    </div>
  )
}
