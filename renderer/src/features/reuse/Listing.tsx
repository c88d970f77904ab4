import type { ReactNode } from 'react'
import type { Fetched } from '../../lib/query'

type Props<T> = {
  fetched: Fetched<T[]>
  empty: string
  children: (items: T[]) => ReactNode
}

/** A panel list that keeps showing the last answer while the next one loads. */
export function Listing<T>({ fetched, empty, children }: Props<T>) {
  if (fetched.error) return <p className="error-text">{fetched.error}</p>
  const items = fetched.value ?? (fetched.loading ? fetched.stale : []) ?? []
  if (items.length === 0) return <p className="hint">{fetched.loading ? '正在查找…' : empty}</p>
  return <ul className="past-replies">{children(items)}</ul>
}
