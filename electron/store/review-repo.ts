import type { AuditEntry, ReviewComment, ReviewVersion } from '../domain/review/records'
import type { DB } from './db'
import { inTransaction } from './db'

// Versions, comments, audit, PINs, signing keys and package sync state. Callers run several of these inside one
// inTransaction; each function is also safe on its own.

type VersionRow = Omit<ReviewVersion, 'fields' | 'body'> & {
  fields_json: string
  body_json: string
  body_text: string
}

export type NewVersion = Omit<ReviewVersion, 'number'> & { body_text: string }

function rowToVersion({
  fields_json,
  body_json,
  body_text: _text,
  ...rest
}: VersionRow): ReviewVersion {
  return {
    ...rest,
    fields: JSON.parse(fields_json) as ReviewVersion['fields'],
    body: JSON.parse(body_json) as unknown
  }
}

/** Numbers follow on from the highest this copy holds, so imported versions slot in after ours. */
export function insertVersion(db: DB, version: NewVersion): ReviewVersion {
  return inTransaction(db, () => {
    const { max } = db
      .prepare('SELECT COALESCE(MAX(number), 0) AS max FROM review_versions WHERE reply_id = ?')
      .get(version.reply_id) as { max: number }
    const { fields, body, ...rest } = version
    const row: VersionRow = {
      ...rest,
      number: max + 1,
      fields_json: JSON.stringify(fields),
      body_json: JSON.stringify(body)
    }
    db.prepare(
      `INSERT INTO review_versions (id, reply_id, number, reason, status, revision, fields_json, body_json,
         body_text, template_id, content_hash, actor, note, created_at, signature)
       VALUES (@id, @reply_id, @number, @reason, @status, @revision, @fields_json, @body_json,
         @body_text, @template_id, @content_hash, @actor, @note, @created_at, @signature)`
    ).run(row)
    return rowToVersion(row)
  })
}

export function listVersions(db: DB, replyId: string): ReviewVersion[] {
  const rows = db
    .prepare('SELECT * FROM review_versions WHERE reply_id = ? ORDER BY number')
    .all(replyId) as VersionRow[]
  return rows.map(rowToVersion)
}

/** The newest version taken for `reason` (e.g. the sign-off a reply stands on), without the rest. */
export function latestVersion(
  db: DB,
  replyId: string,
  reason: ReviewVersion['reason']
): ReviewVersion | undefined {
  const row = db
    .prepare(
      'SELECT * FROM review_versions WHERE reply_id = ? AND reason = ? ORDER BY number DESC LIMIT 1'
    )
    .get(replyId, reason) as VersionRow | undefined
  return row && rowToVersion(row)
}

export function getVersion(db: DB, id: string): ReviewVersion | undefined {
  const row = db.prepare('SELECT * FROM review_versions WHERE id = ?').get(id) as
    VersionRow | undefined
  return row && rowToVersion(row)
}

export function insertComment(db: DB, comment: ReviewComment): ReviewComment {
  db.prepare(
    `INSERT INTO review_comments (id, reply_id, parent_id, author, text, quote, created_at, resolved_at, resolved_by)
     VALUES (@id, @reply_id, @parent_id, @author, @text, @quote, @created_at, @resolved_at, @resolved_by)`
  ).run(comment)
  return comment
}

export function getComment(db: DB, id: string): ReviewComment | undefined {
  return db.prepare('SELECT * FROM review_comments WHERE id = ?').get(id) as
    ReviewComment | undefined
}

/** Threads in the order they were started, each reply right after the comment it answers. */
export function listComments(db: DB, replyId: string): ReviewComment[] {
  return db
    .prepare('SELECT * FROM review_comments WHERE reply_id = ? ORDER BY created_at, rowid')
    .all(replyId) as ReviewComment[]
}

export function countOpenComments(db: DB, replyId: string): number {
  const { n } = db
    .prepare(
      'SELECT COUNT(*) AS n FROM review_comments WHERE reply_id = ? AND parent_id IS NULL AND resolved_at IS NULL'
    )
    .get(replyId) as { n: number }
  return n
}

export function resolveComment(
  db: DB,
  id: string,
  by: string,
  at: string
): ReviewComment | undefined {
  db.prepare(
    'UPDATE review_comments SET resolved_at = ?, resolved_by = ? WHERE id = ? AND resolved_at IS NULL'
  ).run(at, by, id)
  return getComment(db, id)
}

/** Takes a comment from a package: new ones are added, and a resolution is never undone. */
export function mergeComment(db: DB, comment: ReviewComment): 'added' | 'resolved' | 'unchanged' {
  const current = getComment(db, comment.id)
  if (!current) {
    insertComment(db, comment)
    return 'added'
  }
  if (current.resolved_at === null && comment.resolved_at !== null) {
    resolveComment(db, comment.id, comment.resolved_by ?? '', comment.resolved_at)
    return 'resolved'
  }
  return 'unchanged'
}

/** Returns false when the entry is already in the log (a package imported twice). */
export function insertAudit(db: DB, entry: AuditEntry): boolean {
  const result = db
    .prepare(
      `INSERT OR IGNORE INTO review_audit (id, reply_id, reply_title, event, from_status, to_status, actor, note, detail, created_at)
       VALUES (@id, @reply_id, @reply_title, @event, @from_status, @to_status, @actor, @note, @detail, @created_at)`
    )
    .run(entry)
  return result.changes > 0
}

export function listAudit(db: DB, replyId?: string): AuditEntry[] {
  return (
    replyId === undefined
      ? db.prepare('SELECT * FROM review_audit ORDER BY created_at, rowid').all()
      : db
          .prepare('SELECT * FROM review_audit WHERE reply_id = ? ORDER BY created_at, rowid')
          .all(replyId)
  ) as AuditEntry[]
}

/** The latest step that moved the reply to another status. */
export function lastStatusStep(db: DB, replyId: string): AuditEntry | undefined {
  return db
    .prepare(
      `SELECT * FROM review_audit WHERE reply_id = ? AND to_status IS NOT NULL
       ORDER BY created_at DESC, rowid DESC LIMIT 1`
    )
    .get(replyId) as AuditEntry | undefined
}

export type PinRow = { name: string; pin_salt: string; pin_hash: string; updated_at: string }

export function getPin(db: DB, name: string): PinRow | undefined {
  return db.prepare('SELECT * FROM review_people WHERE name = ?').get(name) as PinRow | undefined
}

export function listPinNames(db: DB): string[] {
  return (
    db.prepare('SELECT name FROM review_people ORDER BY name').all() as { name: string }[]
  ).map((r) => r.name)
}

export function setPin(db: DB, row: PinRow): void {
  db.prepare(
    `INSERT INTO review_people (name, pin_salt, pin_hash, updated_at) VALUES (@name, @pin_salt, @pin_hash, @updated_at)
     ON CONFLICT(name) DO UPDATE SET pin_salt = excluded.pin_salt, pin_hash = excluded.pin_hash,
       updated_at = excluded.updated_at`
  ).run(row)
}

export function clearPin(db: DB, name: string): void {
  db.prepare('DELETE FROM review_people WHERE name = ?').run(name)
}

/** A private key sealed under its owner's PIN (services/signing-keys.ts). */
export type SigningKeyRow = {
  name: string
  public_key: string
  salt: string
  iv: string
  tag: string
  sealed: string
  updated_at: string
}

export function getSigningKey(db: DB, name: string): SigningKeyRow | undefined {
  return db.prepare('SELECT * FROM signing_keys WHERE name = ?').get(name) as
    SigningKeyRow | undefined
}

export function setSigningKey(db: DB, row: SigningKeyRow): void {
  db.prepare(
    `INSERT INTO signing_keys (name, public_key, salt, iv, tag, sealed, updated_at)
     VALUES (@name, @public_key, @salt, @iv, @tag, @sealed, @updated_at)
     ON CONFLICT(name) DO UPDATE SET public_key = excluded.public_key, salt = excluded.salt,
       iv = excluded.iv, tag = excluded.tag, sealed = excluded.sealed, updated_at = excluded.updated_at`
  ).run(row)
}

export type PinAttempts = { failures: number; blocked_until: string }

export function getPinAttempts(db: DB, name: string): PinAttempts | undefined {
  return db.prepare('SELECT failures, blocked_until FROM pin_attempts WHERE name = ?').get(name) as
    PinAttempts | undefined
}

export function setPinAttempts(db: DB, name: string, attempts: PinAttempts | null): void {
  if (!attempts) db.prepare('DELETE FROM pin_attempts WHERE name = ?').run(name)
  else
    db.prepare(
      `INSERT INTO pin_attempts (name, failures, blocked_until) VALUES (?, ?, ?)
       ON CONFLICT(name) DO UPDATE SET failures = excluded.failures, blocked_until = excluded.blocked_until`
    ).run(name, attempts.failures, attempts.blocked_until)
}

export function getSyncBase(db: DB, replyId: string): string | undefined {
  const row = db.prepare('SELECT base_hash FROM review_sync WHERE reply_id = ?').get(replyId) as
    { base_hash: string } | undefined
  return row?.base_hash
}

export function setSyncBase(db: DB, replyId: string, hash: string, at: string): void {
  db.prepare(
    `INSERT INTO review_sync (reply_id, base_hash, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(reply_id) DO UPDATE SET base_hash = excluded.base_hash, updated_at = excluded.updated_at`
  ).run(replyId, hash, at)
}
