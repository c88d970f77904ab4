import type { SearchFilters, SearchHit, SearchResult } from '../contract/archive'
import type { ReadDb } from './db'
import {
  activeFilters,
  facetExpressions,
  matchesFilters,
  type ActiveFilter
} from './search-filters'
import { rankCandidates, type Candidate } from './search-rank'
import { queryTerms, termPhrase, type QueryTerm } from './search-text'
import { buildSnippet } from './snippet'
import { statement } from './statements'
import { estimatedMatches, newestDocId, newestMatches, type Window } from './search-window'

// How a search stays fast at 50,000 replies (measured in tests/bench/archive.ts):
// FTS5 answers "the newest N matches" cheaply, because it walks the doclists in rowid order and
// stops; anything that looks at every match does not: count(*) of a common phrase takes up to
// 100 ms and bm25() scans every match of each phrase for its IDF even under LIMIT (35–230 ms for
// terms found in most replies). So we take the newest WINDOW matches (all of them when fewer
// match), with the filters as index tokens so FTS5 intersects them instead of us dropping rows,
// and rank that window with BM25 ourselves, counting the terms in the stored text. The total is
// exact when the window holds every match, else estimated from how densely the matches fill the
// newest doc ids.
export const WINDOW = 300

export type SearchInput = {
  query: string
  filters?: SearchFilters
  limit?: number
  offset?: number
}

/**
 * A lone Chinese character has no bigram of its own, so it is looked up in the short fields
 * (title, subject, names) only: as the first keystroke of a search, that is what it is for.
 */
function newestHeadMatches(db: ReadDb, terms: QueryTerm[], filters: ActiveFilter[]): Window {
  const where = terms.map(() => 'instr(head, ?) > 0').join(' AND ')
  const rows = statement(
    db,
    `SELECT doc_id, status, year, kind, classification, session, proposer, leader
     FROM reply_docs WHERE ${where} ORDER BY doc_id DESC`
  ).iterate(...terms.map((t) => t.text)) as IterableIterator<{ doc_id: number; status: string }>
  const ids: number[] = []
  for (const row of rows) {
    if (!matchesFilters(row, filters)) continue
    if (ids.length === WINDOW) return { ids, more: true }
    ids.push(row.doc_id)
  }
  return { ids, more: false }
}

function candidates(db: ReadDb, ids: number[], withBody: boolean): Candidate[] {
  // Bodies come as bytes: turning 300 Chinese texts into JS strings costs more than the FTS
  // query, and terms can be counted in the UTF-8 directly.
  return statement(
    db,
    `SELECT d.doc_id, d.head, ${withBody ? 'CAST(r.body_text AS BLOB)' : 'NULL'} AS body
     FROM reply_docs d JOIN replies r ON r.id = d.reply_id
     WHERE d.doc_id IN (SELECT value FROM json_each(?))`
  ).all(JSON.stringify(ids)) as Candidate[]
}

type HitRow = { doc_id: number; hit: Omit<SearchHit, 'snippet' | 'score'>; body_text: string }

function hitRows(db: ReadDb, ids: number[]): Map<number, HitRow> {
  const rows = statement(
    db,
    `SELECT d.doc_id, d.reply_id AS id, d.title, d.proposer, d.kind, d.year, d.classification,
       d.status, r.body_text
     FROM reply_docs d JOIN replies r ON r.id = d.reply_id
     WHERE d.doc_id IN (SELECT value FROM json_each(?))`
  ).all(JSON.stringify(ids)) as (SearchHit & { doc_id: number; body_text: string })[]
  return new Map(rows.map(({ doc_id, body_text, ...hit }) => [doc_id, { doc_id, hit, body_text }]))
}

/** Per term, in how many replies it occurs (estimated past WINDOW): rare terms weigh more. */
function documentFrequencies(db: ReadDb, phrases: string[], facets: string[]) {
  return {
    documents: newestDocId(db),
    frequencies: phrases.map((p) =>
      estimatedMatches(db, newestMatches(db, [p, ...facets].join(' AND '), WINDOW))
    )
  }
}

export function searchReplies(db: ReadDb, input: SearchInput): SearchResult {
  const terms = queryTerms(input.query)
  const filters = activeFilters(input.filters ?? {})
  const facets = facetExpressions(filters)
  if (terms.length === 0 && facets.length === 0) return { total: 0, total_exact: true, hits: [] }
  const phrases = terms.map(termPhrase)
  const indexed = phrases.every((p): p is string => p !== null)
  const window = indexed
    ? newestMatches(db, [...phrases, ...facets].join(' AND '), WINDOW)
    : newestHeadMatches(db, terms, filters)
  const df =
    indexed && terms.length > 1 ? documentFrequencies(db, phrases as string[], facets) : null
  const ranked = rankCandidates(candidates(db, window.ids, indexed), terms, df, indexed)
  const offset = input.offset ?? 0
  const page = ranked.slice(offset, offset + (input.limit ?? 20))
  const rows = hitRows(
    db,
    page.map((p) => p.docId)
  )
  const words = terms.map((t) => t.text)
  const hits = page.map(({ docId, score }): SearchHit => {
    const { hit, body_text } = rows.get(docId)!
    return {
      ...hit,
      snippet: buildSnippet(body_text, words),
      score: Math.round(score * 1000) / 1000
    }
  })
  return { total: estimatedMatches(db, window), total_exact: !window.more, hits }
}
