import type { DB } from './db'
import { statement } from './statements'
import { inTransaction } from './db'
import { facetTokens } from './search-index'
import { indexText } from './search-text'

// Writes the FTS entries the triggers queued in search_pending (see migration 3 for why the
// triggers do not write them). Archive repositories call it inside their own transaction; every
// search calls it first, so drafts saved by other repositories are found as soon as they are saved.

const CHUNK = 500

type PendingRow = {
  doc_id: number
  reply_id: string | null
  status: string
  year: number | null
  kind: string
  classification: string
  session: string
  proposer: string
  leader: string
  head: string
  body_text: string | null
}

/** Must run inside a transaction, at the top level rather than in a savepoint for speed. */
export function flushSearchIndex(db: DB): number {
  const next = statement(
    db,
    `SELECT p.doc_id, d.reply_id, d.status, d.year, d.kind, d.classification, d.session,
       d.proposer, d.leader, d.head, r.body_text
     FROM search_pending p LEFT JOIN reply_docs d ON d.doc_id = p.doc_id
     LEFT JOIN replies r ON r.id = d.reply_id ORDER BY p.doc_id LIMIT ?`
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
      if (row.reply_id === null) remove.run(row.doc_id)
      else
        write.run(row.doc_id, indexText(row.head), indexText(row.body_text ?? ''), facetTokens(row))
    }
    const last = rows[rows.length - 1]
    if (!last) return count
    done.run(last.doc_id)
    count += rows.length
  }
}

/** Brings the index up to date before it is read; a no-op (one lookup) when nothing is queued. */
export function syncSearchIndex(db: DB): number {
  if (!statement(db, 'SELECT 1 FROM search_pending LIMIT 1').get()) return 0
  return inTransaction(db, () => flushSearchIndex(db))
}
