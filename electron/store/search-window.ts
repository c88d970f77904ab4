import type { ReadDb } from './db'
import { statement } from './statements'

// FTS5 answers "the newest N matches" cheaply: it walks the doclists in rowid order and stops.
// Anything that looks at every match does not (see search.ts), so searches work on such windows.

export type Window = { ids: number[]; more: boolean }

export function newestMatches(db: ReadDb, expression: string, size: number): Window {
  const rows = statement(
    db,
    'SELECT rowid FROM reply_fts WHERE reply_fts MATCH ? ORDER BY rowid DESC LIMIT ?'
  )
    .pluck()
    .all(expression, size + 1) as number[]
  return { ids: rows.slice(0, size), more: rows.length > size }
}

export function newestDocId(db: ReadDb): number {
  return (statement(db, 'SELECT max(doc_id) FROM reply_docs').pluck().get() as number | null) ?? 0
}

/** Exact when the window holds every match, else estimated from how densely they fill it. */
export function estimatedMatches(db: ReadDb, window: Window): number {
  const lowest = window.ids[window.ids.length - 1]
  if (!window.more || lowest === undefined) return window.ids.length
  const newest = newestDocId(db)
  return Math.round((window.ids.length * newest) / Math.max(1, newest - lowest + 1))
}
