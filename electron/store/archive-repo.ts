import type { DB } from './db'
import { statement } from './statements'
import { inTransaction } from './db'
import type { ReplyRow } from './drafts-repo'
import type { SearchDoc } from './search-index'

// Rows as stored (snake_case, JSON strings); services turn them into contract types.

export type ArchiveSourceRow = {
  reply_id: string
  import_id: number | null
  source_path: string
  content_hash: string
  year_hint: number | null
  parsed_json: string
  uncertain_json: string
  confirmed_at: string | null
}

export type ImportRow = {
  id: number
  path: string
  content_hash: string | null
  status: string
  reply_id: string | null
  message: string
  uncertain_json: string
  imported_at: string
}

export type NewImportRow = Omit<ImportRow, 'id'>

export type PersonSeen = {
  name: string
  role: 'proposer' | 'leader' | 'handler'
  organ: string
  phone: string
}

export type NewArchivedReply = {
  reply: Omit<ReplyRow, 'revision' | 'updated_at'>
  source: Omit<ArchiveSourceRow, 'reply_id' | 'import_id' | 'confirmed_at'>
  import: Omit<NewImportRow, 'reply_id' | 'content_hash'>
  people: PersonSeen[]
  session: { name: string; body: '人大' | '政协'; year: number | null } | null
  /** yyyy-mm-dd the people and the session were last seen (the reply's date when known) */
  seen: string
}

function insertImportRow(db: DB, row: NewImportRow): number {
  return Number(
    statement(
      db,
      `INSERT INTO imports (path, content_hash, status, reply_id, message, uncertain_json, imported_at)
         VALUES (@path, @content_hash, @status, @reply_id, @message, @uncertain_json, @imported_at)`
    ).run(row).lastInsertRowid
  )
}

/** Records an outcome that created nothing (duplicate, not a reply, failed, unsupported). */
export function recordImport(db: DB, row: NewImportRow): number {
  return inTransaction(db, () => insertImportRow(db, row))
}

export function replyIdByContentHash(db: DB, hash: string): string | undefined {
  return statement(db, 'SELECT reply_id FROM archive_sources WHERE content_hash = ?')
    .pluck()
    .get(hash) as string | undefined
}

/** The reply, its source, its import record, the people and the session: all or nothing. */
export function insertArchivedReply(db: DB, input: NewArchivedReply): number {
  return inTransaction(db, () => writeArchivedReply(db, input))
}

/** Many at once (bulk loads): one transaction and one index flush for the lot. */
export function insertArchivedReplies(db: DB, inputs: readonly NewArchivedReply[]): void {
  inTransaction(db, () => {
    for (const input of inputs) writeArchivedReply(db, input)
  })
}

function writeArchivedReply(db: DB, input: NewArchivedReply): number {
  const { reply, source } = input
  statement(
    db,
    `INSERT INTO archive_sources (reply_id, source_path, content_hash, year_hint, parsed_json, uncertain_json)
       VALUES (@reply_id, @source_path, @content_hash, @year_hint, @parsed_json, @uncertain_json)`
  ).run({ ...source, reply_id: reply.id })
  statement(
    db,
    `INSERT INTO replies (id, status, fields_json, body_json, body_text, template_id, revision, created_at, updated_at)
       VALUES (@id, @status, @fields_json, @body_json, @body_text, @template_id, 1, @created_at, @created_at)`
  ).run(reply)
  const importId = insertImportRow(db, {
    ...input.import,
    content_hash: source.content_hash,
    reply_id: reply.id
  })
  statement(db, 'UPDATE archive_sources SET import_id = ? WHERE reply_id = ?').run(
    importId,
    reply.id
  )
  for (const person of input.people) notePerson(db, person, input.seen, reply.id)
  if (input.session) noteSession(db, input.session, input.seen)
  return importId
}

// A person's phone and last reply follow the most recent reply that names them, whatever order
// the files are imported in.
function notePerson(db: DB, person: PersonSeen, seen: string, replyId: string): void {
  if (!person.name) return
  statement(
    db,
    `INSERT INTO people (name, role, organ, phone, last_seen, last_reply_id)
     VALUES (@name, @role, @organ, @phone, @seen, @replyId)
     ON CONFLICT (name, role, organ) DO UPDATE SET
       phone = CASE WHEN excluded.last_seen >= people.last_seen AND excluded.phone != ''
         THEN excluded.phone ELSE people.phone END,
       last_reply_id = CASE WHEN excluded.last_seen >= people.last_seen
         THEN excluded.last_reply_id ELSE people.last_reply_id END,
       last_seen = max(people.last_seen, excluded.last_seen)`
  ).run({ ...person, seen, replyId })
}

function noteSession(
  db: DB,
  session: NonNullable<NewArchivedReply['session']>,
  seen: string
): void {
  if (!session.name) return
  statement(
    db,
    `INSERT INTO sessions (name, body, year, last_seen) VALUES (@name, @body, @year, @seen)
     ON CONFLICT (name) DO UPDATE SET
       year = coalesce(sessions.year, excluded.year),
       last_seen = max(sessions.last_seen, excluded.last_seen)`
  ).run({ ...session, seen })
}

export function getArchiveSource(
  db: DB,
  replyId: string
): (ArchiveSourceRow & { imported_at: string | null }) | undefined {
  return statement(
    db,
    `SELECT s.*, i.imported_at FROM archive_sources s LEFT JOIN imports i ON i.id = s.import_id
       WHERE s.reply_id = ?`
  ).get(replyId) as (ArchiveSourceRow & { imported_at: string | null }) | undefined
}

export function markConfirmed(db: DB, replyId: string, at: string): void {
  inTransaction(db, () => {
    statement(
      db,
      "UPDATE archive_sources SET uncertain_json = '[]', confirmed_at = ? WHERE reply_id = ?"
    ).run(at, replyId)
  })
}

export type ReplyDocRow = SearchDoc & { doc_id: number; reply_id: string; status: string }

export function replyDoc(db: DB, replyId: string): ReplyDocRow | undefined {
  return statement(db, 'SELECT * FROM reply_docs WHERE reply_id = ?').get(replyId) as
    ReplyDocRow | undefined
}

export type PersonRow = {
  id: number
  name: string
  role: string
  organ: string
  phone: string
  last_seen: string
  last_reply_id: string | null
}

export function listPeople(db: DB, role: PersonSeen['role']): PersonRow[] {
  return statement(db, 'SELECT * FROM people WHERE role = ? ORDER BY last_seen DESC, name').all(
    role
  ) as PersonRow[]
}

export type SessionRow = {
  id: number
  name: string
  body: string
  year: number | null
  last_seen: string
}

export function listSessions(db: DB): SessionRow[] {
  return statement(db, 'SELECT * FROM sessions ORDER BY last_seen DESC, name').all() as SessionRow[]
}
