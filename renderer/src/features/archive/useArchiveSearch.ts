import { useCallback, useEffect, useRef, useState } from 'react'
import type { SearchFilters, SearchResult } from '../../../../electron/contract'
import { request, errorText } from '../../lib/api'
import { useGeneration } from '../../lib/query'

const PAGE = 20
// Short enough that a typical search (well under 20 ms) lands before the working state would
// show; long enough that a burst of keystrokes is one search.
const DEBOUNCE_MS = 80
const WORKING_AFTER_MS = 100

export type SearchView = {
  /** null while nothing is asked: no words and no filters */
  result: SearchResult | null
  /** the search the user waits for has taken longer than 100 ms */
  working: boolean
  error: string
  loadMore: () => void
}

type Loaded = { key: string; result: SearchResult | null; error: string }
type Ask = { query: string; filters: SearchFilters }

/** Search as you type: debounced, never blocking the input; answers to older keystrokes are dropped. */
export function useArchiveSearch(query: string, filters: SearchFilters): SearchView {
  const ask: Ask = { query: query.trim(), filters }
  const idle = ask.query === '' && Object.keys(filters).length === 0
  const key = JSON.stringify([ask, useGeneration('archive:search')])
  const [loaded, setLoaded] = useState<Loaded>({ key: '', result: null, error: '' })
  const [workingKey, setWorkingKey] = useState('')
  const latest = useRef('')
  const settled = useRef('')

  const fetchPage = useCallback((forKey: string, offset: number, before: SearchResult | null) => {
    const [{ query: text, filters: where }] = JSON.parse(forKey) as [Ask]
    const finish = (next: Loaded) => {
      if (latest.current !== forKey) return
      settled.current = forKey
      setLoaded(next)
      setWorkingKey('')
    }
    request('archive:search', { query: text, filters: where, limit: PAGE, offset })
      .then((page) => {
        const hits = before ? [...before.hits, ...page.hits] : page.hits
        finish({ key: forKey, result: { ...page, hits }, error: '' })
      })
      .catch((e: unknown) =>
        finish({ key: forKey, result: before, error: errorText(e, '检索失败，请稍后重试。') })
      )
  }, [])

  useEffect(() => {
    latest.current = key
    if (idle) return
    const slow = setTimeout(() => {
      if (settled.current !== key) setWorkingKey(key)
    }, WORKING_AFTER_MS)
    const run = setTimeout(() => fetchPage(key, 0, null), DEBOUNCE_MS)
    return () => {
      clearTimeout(slow)
      clearTimeout(run)
    }
  }, [key, idle, fetchPage])

  const current = loaded.key === key
  const loadMore = () => {
    if (!current || !loaded.result) return
    settled.current = ''
    setWorkingKey(key)
    fetchPage(key, loaded.result.hits.length, loaded.result)
  }
  return {
    result: idle ? null : loaded.result,
    working: !idle && workingKey === key,
    error: current && !idle ? loaded.error : '',
    loadMore
  }
}
