import type { SearchFilters } from '../contract/archive'
import { FACET_PREFIX, facetKey } from './search-index'

type FilterKey = keyof SearchFilters

/** session, proposer and leader match from the start (龙钺文 → 龙钺文等代表); the rest exactly. */
const PREFIX_FILTERS: ReadonlySet<FilterKey> = new Set(['session', 'proposer', 'leader'])

export type ActiveFilter = [FilterKey, string]

export function activeFilters(filters: SearchFilters): ActiveFilter[] {
  return (Object.keys(FACET_PREFIX) as FilterKey[])
    .map((key): ActiveFilter => [key, facetKey(String(filters[key] ?? ''))])
    .filter(([, value]) => value !== '')
}

/** The filters as FTS5 terms on the facets column (see facetTokens). */
export function facetExpressions(filters: readonly ActiveFilter[]): string[] {
  return filters.map(
    ([key, value]) =>
      `{facets} : "${FACET_PREFIX[key]}${value}"${PREFIX_FILTERS.has(key) ? '*' : ''}`
  )
}

/** The same test on a reply_docs row, for the paths that do not go through FTS5. */
export function matchesFilters(
  row: Partial<Record<FilterKey, unknown>>,
  filters: readonly ActiveFilter[]
): boolean {
  return filters.every(([key, value]) => {
    const actual = facetKey(String(row[key] ?? ''))
    return PREFIX_FILTERS.has(key) ? actual.startsWith(value) : actual === value
  })
}
