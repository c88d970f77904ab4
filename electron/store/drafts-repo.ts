import type { Draft, EditorState, ReplyStatus } from '../contract/drafts'
import { bodyText } from '../domain/body'
import { bodyFromEditorState } from '../domain/lexical-body'
import { emptyFields, type ReplyFields } from '../domain/reply-schema'
import type { DB } from './db'
import { inTransaction } from './db'

// Services read and write drafts as the contract's Draft (the functions at the end); the row
// functions are the storage underneath, also used to set up tests and archived replies.
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

function rowToDraft(row: ReplyRow): Draft {
  return {
    id: row.id,
    status: row.status as ReplyStatus,
    fields: { ...emptyFields(), ...(JSON.parse(row.fields_json) as Partial<ReplyFields>) },
    body: JSON.parse(row.body_json) as EditorState,
    template_id: row.template_id,
    revision: row.revision,
    created_at: row.created_at,
    updated_at: row.updated_at
  }
}

/** What search and the archive read: always the text of the body stored beside it. */
function bodyColumns(body: unknown): Pick<ReplyRow, 'body_json' | 'body_text'> {
  return { body_json: JSON.stringify(body), body_text: bodyText(bodyFromEditorState(body)) }
}

export type NewDraft = Pick<
  Draft,
  'id' | 'status' | 'fields' | 'body' | 'template_id' | 'created_at'
>

export type DraftPatch = Partial<Pick<Draft, 'status' | 'fields' | 'body' | 'template_id'>>

export function insertDraft(db: DB, { fields, body, ...rest }: NewDraft): Draft {
  return rowToDraft(
    insertReply(db, { ...rest, fields_json: JSON.stringify(fields), ...bodyColumns(body) })
  )
}

export function getDraft(db: DB, id: string): Draft | undefined {
  const row = getReply(db, id)
  return row && rowToDraft(row)
}

export function listDrafts(db: DB, status?: ReplyStatus): Draft[] {
  return listReplies(db, status).map(rowToDraft)
}

export function updateDraft(
  db: DB,
  id: string,
  { fields, body, ...rest }: DraftPatch,
  updatedAt: string
): Draft | undefined {
  const patch: ReplyPatch = {
    ...rest,
    ...(fields && { fields_json: JSON.stringify(fields) }),
    ...(body !== undefined && bodyColumns(body))
  }
  const row = updateReply(db, id, patch, updatedAt)
  return row && rowToDraft(row)
}
