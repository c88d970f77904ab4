import type { WriteDb } from './db'
import { statement } from './statements'
import { facetTokens, searchDocOf } from './search-index'
import { indexText } from './search-text'

// Completes what the triggers queued in search_pending (migration 7): reply_docs' search columns
// and the FTS entry. inTransaction runs it before every commit, so the index is never behind a
// committed write of this app and searches only read. Rows another SQLite tool wrote wait in the
// queue until this app's next write (or its next start) picks them up.

const CHUNK = 500

type PendingRow = {
  doc_id: number
  status: string | null
  fields_json: string
  created_at: string
  year_hint: number | null
  body_text: string | null
}

/** Must run inside a transaction, at the top level rather than in a savepoint for speed. */
export function flushSearchIndex(db: WriteDb): number {
  const next = statement(
    db,
    `SELECT p.doc_id, r.status, r.fields_json, r.created_at, s.year_hint, r.body_text
     FROM search_pending p LEFT JOIN reply_docs d ON d.doc_id = p.doc_id
     LEFT JOIN replies r ON r.id = d.reply_id LEFT JOIN archive_sources s ON s.reply_id = r.id
     ORDER BY p.doc_id LIMIT ?`
  )
  const fill = statement(
    db,
    `UPDATE reply_docs SET status = @status, year = @year, date = @date, kind = @kind,
       classification = @classification, session = @session, proposer = @proposer,
       leader = @leader, title = @title, head = @head
     WHERE doc_id = @doc_id`
  )
  const write = statement(
    db,
    'INSERT OR REPLACE INTO reply_fts (rowid, head, body, facets) VALUES (?, ?, ?, ?)'
  )
  const remove = statement(db, 'DELETE FROM reply_fts WHERE rowid = ?')
  const done = statement(db, 'DELETE FROM search_pending WHERE doc_id <= ?')
  let count = 0
  for (;;) {
    const rows = next.all(CHUNK) as PendingRow[]
    for (const row of rows) {
      if (row.status === null) {
        remove.run(row.doc_id)
        continue
      }
      const doc = searchDocOf(row.fields_json, row.status, row.created_at, row.year_hint)
      const facets = { ...doc, status: row.status }
      fill.run({ ...facets, doc_id: row.doc_id })
      write.run(
        row.doc_id,
        indexText(doc.head),
        indexText(row.body_text ?? ''),
        facetTokens(facets)
      )
    }
    const last = rows[rows.length - 1]
    if (!last) return count
    done.run(last.doc_id)
    count += rows.length
  }
}

/** True when a write left entries for flushSearchIndex; one lookup. */
export function searchIndexPending(db: WriteDb): boolean {
  return statement(db, 'SELECT 1 FROM search_pending LIMIT 1').get() !== undefined
}
