import type { SearchFilters, SearchHit, SearchResult } from '../contract/archive'
import type { DB } from './db'
import { statement } from './statements'
import { FACET_PREFIX, facetKey } from './search-index'
import { queryTerms, termPhrase, type QueryTerm } from './search-text'
import { buildSnippet } from './snippet'
import { syncSearchIndex } from './search-sync'
import { rankCandidates, type Candidate } from './search-rank'

// How a search stays fast at 50,000 replies (measured in tests/bench/archive.ts):
// FTS5 answers "the newest N matches" cheaply, because it walks the doclists in rowid order and
// stops; anything that looks at every match does not — count(*) of a common phrase takes up to
// 100 ms and bm25() scans every match of each phrase for its IDF even under LIMIT (35–230 ms for
// terms found in most replies). So we take the newest WINDOW matches (all of them when fewer
// match), filters included as index tokens so FTS5 intersects them rather than we drop rows,
// and rank that window with BM25 ourselves, reading term frequencies from the stored text.
// The total is exact when the window holds every match, else estimated from how densely the
// matches fill the newest doc ids.
export const WINDOW = 300

const MAX_LIMIT = 100

export type SearchInput = {
  query: string
  filters?: SearchFilters
  limit?: number
  offset?: number
}

type FilterKey = keyof SearchFilters
const PREFIX_FILTERS: ReadonlySet<FilterKey> = new Set(['session', 'proposer', 'leader'])

function filterEntries(filters: SearchFilters): [FilterKey, string][] {
  return (Object.keys(FACET_PREFIX) as FilterKey[])
    .map((key): [FilterKey, string] => [key, facetKey(String(filters[key] ?? ''))])
    .filter(([, value]) => value !== '')
}

function facetExpressions(filters: SearchFilters): string[] {
  return filterEntries(filters).map(
    ([key, value]) =>
      `{facets} : "${FACET_PREFIX[key]}${value}"${PREFIX_FILTERS.has(key) ? '*' : ''}`
  )
}

type Probe = { ids: number[]; more: boolean }

function probe(db: DB, expression: string): Probe {
  const rows = statement(
    db,
    'SELECT rowid FROM reply_fts WHERE reply_fts MATCH ? ORDER BY rowid DESC LIMIT ?'
  )
    .pluck()
    .all(expression, WINDOW + 1) as number[]
  return { ids: rows.slice(0, WINDOW), more: rows.length > WINDOW }
}

function matchCount(db: DB, found: Probe): number {
  const lowest = found.ids[found.ids.length - 1]
  if (!found.more || lowest === undefined) return found.ids.length
  const highest = (statement(db, 'SELECT max(doc_id) FROM reply_docs').pluck().get() as number) ?? 0
  return Math.round((found.ids.length * highest) / Math.max(1, highest - lowest + 1))
}

type DocRow = {
  doc_id: number
  reply_id: string
  status: string
  year: number | null
  kind: string
  classification: string
  proposer: string
  title: string
  head: string
  body: Buffer | null
}

const DOC_SELECT = `SELECT d.doc_id, d.reply_id, d.status, d.year, d.kind, d.classification,
  d.proposer, d.title, d.head`

function docsWithBodies(db: DB, ids: number[]): DocRow[] {
  // The body comes as bytes: decoding 300 Chinese texts into JS strings costs more than the
  // whole FTS query, and term frequencies can be counted on the UTF-8 bytes directly.
  return statement(
    db,
    `${DOC_SELECT}, CAST(r.body_text AS BLOB) AS body FROM reply_docs d
       JOIN replies r ON r.id = d.reply_id WHERE d.doc_id IN (SELECT value FROM json_each(?))`
  ).all(JSON.stringify(ids)) as DocRow[]
}

function matchesFilters(row: DocRow & Record<string, unknown>, filters: [FilterKey, string][]) {
  return filters.every(([key, value]) => {
    const actual = facetKey(String(row[key] ?? ''))
    return PREFIX_FILTERS.has(key) ? actual.startsWith(value) : actual === value
  })
}

/** Lone Chinese characters cannot be looked up in a bigram index; they search the short fields. */
function headMatches(db: DB, terms: QueryTerm[], filters: SearchFilters): Probe {
  const where = terms.map(() => 'instr(head, ?) > 0').join(' AND ')
  const active = filterEntries(filters)
  const ids: number[] = []
  const rows = statement(
    db,
    `${DOC_SELECT}, NULL AS body FROM reply_docs d WHERE ${where} ORDER BY doc_id DESC`
  ).iterate(...terms.map((t) => t.text)) as IterableIterator<DocRow & Record<string, unknown>>
  for (const row of rows) {
    if (!matchesFilters(row, active)) continue
    if (ids.length === WINDOW) return { ids, more: true }
    ids.push(row.doc_id)
  }
  return { ids, more: false }
}

function hit(row: DocRow, score: number, snippet: string): SearchHit {
  return {
    id: row.reply_id,
    title: row.title,
    proposer: row.proposer,
    kind: row.kind,
    year: row.year,
    classification: row.classification,
    status: row.status,
    snippet,
    score: Math.round(score * 1000) / 1000
  }
}

export function searchReplies(db: DB, input: SearchInput): SearchResult {
  syncSearchIndex(db)
  const terms = queryTerms(input.query)
  const filters = input.filters ?? {}
  const facets = facetExpressions(filters)
  if (terms.length === 0 && facets.length === 0) return { total: 0, total_exact: true, hits: [] }
  const phrases = terms.map(termPhrase)
  const fts = phrases.every((p): p is string => p !== null)
  const found = fts
    ? probe(db, [...phrases, ...facets].join(' AND '))
    : headMatches(db, terms, filters)
  const rows = docsWithBodies(db, found.ids)
  const termFrequencies =
    fts && terms.length > 1 ? documentFrequencies(db, phrases as string[], facets) : null
  const ranked = rankCandidates(rows as Candidate[], terms, termFrequencies, fts)
  const limit = Math.min(MAX_LIMIT, Math.max(1, input.limit ?? 20))
  const offset = Math.max(0, input.offset ?? 0)
  const byId = new Map(rows.map((r) => [r.doc_id, r]))
  const hits = ranked.slice(offset, offset + limit).map(({ docId, score }) => {
    const row = byId.get(docId)!
    const text = row.body ? row.body.toString('utf8') : ''
    return hit(
      row,
      score,
      buildSnippet(
        text,
        terms.map((t) => t.text)
      )
    )
  })
  return { total: matchCount(db, found), total_exact: !found.more, hits }
}

/** Per term, in how many replies it occurs (estimated past WINDOW): weights rare terms up. */
function documentFrequencies(db: DB, phrases: string[], facets: string[]) {
  const all = (statement(db, 'SELECT max(doc_id) FROM reply_docs').pluck().get() as number) ?? 0
  return {
    documents: all,
    frequencies: phrases.map((p) => matchCount(db, probe(db, [p, ...facets].join(' AND '))))
  }
}
