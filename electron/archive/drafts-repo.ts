import type { DB } from './db'
import { inTransaction } from './db'

// Row shape as stored; services turn it into the contract's Draft.
export type ReplyRow = {
  id: string
  status: string
  fields_json: string
  body_json: string
  body_text: string
  template_id: string
  revision: number
  created_at: string
  updated_at: string
}

export type NewReplyRow = Omit<ReplyRow, 'revision' | 'updated_at'>

export function insertReply(db: DB, row: NewReplyRow): ReplyRow {
  return inTransaction(db, () => {
    db.prepare(
      `INSERT INTO replies (id, status, fields_json, body_json, body_text, template_id, revision, created_at, updated_at)
       VALUES (@id, @status, @fields_json, @body_json, @body_text, @template_id, 1, @created_at, @created_at)`
    ).run(row)
    return getReply(db, row.id) as ReplyRow
  })
}

export function getReply(db: DB, id: string): ReplyRow | undefined {
  return db.prepare('SELECT * FROM replies WHERE id = ?').get(id) as ReplyRow | undefined
}

export type ReplyPatch = Partial<
  Pick<ReplyRow, 'fields_json' | 'body_json' | 'body_text' | 'template_id' | 'status'>
>

/** Bumps the revision so a reader can tell which save it holds. */
export function updateReply(
  db: DB,
  id: string,
  patch: ReplyPatch,
  updatedAt: string
): ReplyRow | undefined {
  return inTransaction(db, () => {
    const current = getReply(db, id)
    if (!current) return undefined
    const next = { ...current, ...patch, revision: current.revision + 1, updated_at: updatedAt }
    db.prepare(
      `UPDATE replies SET status = @status, fields_json = @fields_json, body_json = @body_json,
         body_text = @body_text, template_id = @template_id, revision = @revision, updated_at = @updated_at
       WHERE id = @id`
    ).run(next)
    return next
  })
}

export function listReplies(db: DB, status?: string): ReplyRow[] {
  return status
    ? (db
        .prepare('SELECT * FROM replies WHERE status = ? ORDER BY updated_at DESC')
        .all(status) as ReplyRow[])
    : (db
        .prepare("SELECT * FROM replies WHERE status != 'archived' ORDER BY updated_at DESC")
        .all() as ReplyRow[])
}

export function deleteReply(db: DB, id: string): boolean {
  return inTransaction(db, () => db.prepare('DELETE FROM replies WHERE id = ?').run(id).changes > 0)
}
