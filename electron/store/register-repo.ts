import type { DB } from './db'
import { inTransaction } from './db'
import {
  formatDocNumber,
  parseDocNumber,
  type DocNumberAllocation as Allocation
} from '../domain/doc-number'

// The 文号 register: one row per number per 代字 and year. A reply holds at most one allocated
// number; void numbers are kept so they are never given out again; a number a reply gave up is
// kept as released (for the list) and may be given out again.

export type DocNumberStatus = 'allocated' | 'reserved' | 'void' | 'released'

export type RegisterEntry = Allocation & {
  status: DocNumberStatus
  reply_id: string | null
  note: string
  created_at: string
  updated_at: string
}

type Row = Omit<RegisterEntry, 'doc_number' | 'n'> & { number: number }

export type DocNumberProblem = 'taken' | 'reserved' | 'void' | 'invalid'

export class DocNumberError extends Error {
  constructor(
    readonly problem: DocNumberProblem,
    message: string
  ) {
    super(message)
  }
}

const allocation = (prefix: string, year: number, n: number): Allocation => ({
  doc_number: formatDocNumber(prefix, year, n),
  prefix,
  year,
  n
})

const entryOf = (row: Row): RegisterEntry => ({
  ...allocation(row.prefix, row.year, row.number),
  status: row.status,
  reply_id: row.reply_id,
  note: row.note,
  created_at: row.created_at,
  updated_at: row.updated_at
})

/** The row holding a number; a released number is free, so it has none. */
function findRow(db: DB, prefix: string, year: number, n: number): Row | undefined {
  return db
    .prepare(
      "SELECT * FROM doc_numbers WHERE prefix = ? AND year = ? AND number = ? AND status != 'released'"
    )
    .get(prefix, year, n) as Row | undefined
}

/** Records a number, taking over its released row if there is one. */
function insertRow(
  db: DB,
  a: Allocation,
  status: DocNumberStatus,
  replyId: string | null,
  note: string,
  now: Date
): void {
  const written = db
    .prepare(
      `INSERT INTO doc_numbers (prefix, year, number, status, reply_id, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (prefix, year, number) DO UPDATE SET status = excluded.status,
         reply_id = excluded.reply_id, note = excluded.note, created_at = excluded.created_at,
         updated_at = excluded.updated_at
       WHERE doc_numbers.status = 'released'`
    )
    .run(a.prefix, a.year, a.n, status, replyId, note, now.toISOString(), now.toISOString())
  if (written.changes === 0) throw new Error(`文号 ${a.doc_number} 已登记。`)
}

/** A reply gets a new number: the one it held before is released, as it was never issued under it. */
function releaseOthers(db: DB, replyId: string, keep: Allocation, now: Date): void {
  db.prepare(
    `UPDATE doc_numbers SET status = 'released', updated_at = ?
     WHERE reply_id = ? AND status = 'allocated' AND NOT (prefix = ? AND year = ? AND number = ?)`
  ).run(now.toISOString(), replyId, keep.prefix, keep.year, keep.n)
}

/** How the register names a reply: its title, else 届次 + 编号, else its subject; '' when none. */
function titleOf(fieldsJson: string | null): string {
  if (!fieldsJson) return ''
  const f = JSON.parse(fieldsJson) as Record<string, unknown>
  const text = (key: string) => (typeof f[key] === 'string' ? (f[key] as string).trim() : '')
  return (
    text('title') ||
    (text('session') && text('item_number')
      ? `${text('session')}第${text('item_number')}号${text('kind') || '建议'}的答复`
      : '') ||
    text('subject')
  )
}

function replyTitle(db: DB, replyId: string | null): string {
  const row = replyId
    ? (db.prepare('SELECT fields_json FROM replies WHERE id = ?').get(replyId) as
        { fields_json: string } | undefined)
    : undefined
  const title = titleOf(row?.fields_json ?? null)
  return title ? `《${title}》` : '另一份答复'
}

function refuse(db: DB, row: Row): never {
  const dn = formatDocNumber(row.prefix, row.year, row.number)
  if (row.status === 'void')
    throw new DocNumberError('void', `文号 ${dn} 已作废，不能再使用，请换一个文号。`)
  if (row.status === 'reserved')
    throw new DocNumberError('reserved', `文号 ${dn} 已预留，请换一个文号。`)
  throw new DocNumberError(
    'taken',
    `文号 ${dn} 已被${replyTitle(db, row.reply_id)}使用，请换一个文号。`
  )
}

/** The number the next allocation would get: one after the highest recorded, void ones included. */
export function nextDocNumber(db: DB, prefix: string, year: number): Allocation {
  const row = db
    .prepare(
      "SELECT MAX(number) AS max FROM doc_numbers WHERE prefix = ? AND year = ? AND status != 'released'"
    )
    .get(prefix, year) as { max: number | null }
  return allocation(prefix, year, (row.max ?? 0) + 1)
}

export function docNumberOf(db: DB, replyId: string): RegisterEntry | undefined {
  const row = db
    .prepare(
      "SELECT * FROM doc_numbers WHERE reply_id = ? AND status = 'allocated' ORDER BY updated_at DESC LIMIT 1"
    )
    .get(replyId) as Row | undefined
  return row ? entryOf(row) : undefined
}

/** Gives the reply the next number for prefix and year; a reply that already has one keeps it. */
export function allocateDocNumber(
  db: DB,
  prefix: string,
  year: number,
  replyId: string,
  now = new Date()
): Allocation {
  // IMMEDIATE takes the write lock before reading MAX, so two windows or PCs cannot both read the
  // same maximum; the primary key would refuse the second insert anyway.
  return inTransaction(db, () => {
    const held = docNumberOf(db, replyId)
    if (held && held.prefix === prefix && held.year === year)
      return allocation(prefix, year, held.n)
    const next = nextDocNumber(db, prefix, year)
    insertRow(db, next, 'allocated', replyId, '', now)
    releaseOthers(db, replyId, next, now)
    return next
  })
}

/** Keeps a number aside (given number, or the next one) until a reply claims it. */
export function reserveDocNumber(
  db: DB,
  prefix: string,
  year: number,
  n?: number,
  note = '',
  now = new Date()
): Allocation {
  return inTransaction(db, () => {
    const wanted = n === undefined ? nextDocNumber(db, prefix, year) : allocation(prefix, year, n)
    const row = findRow(db, prefix, year, wanted.n)
    if (row) refuse(db, row)
    insertRow(db, wanted, 'reserved', null, note, now)
    return wanted
  })
}

/** Marks a number void for good; a number never recorded (used outside the app) is recorded as void. */
export function voidDocNumber(
  db: DB,
  prefix: string,
  year: number,
  n: number,
  note = '',
  now = new Date()
): RegisterEntry {
  return inTransaction(db, () => {
    const row = findRow(db, prefix, year, n)
    if (row) {
      db.prepare(
        `UPDATE doc_numbers SET status = 'void', note = ?, updated_at = ?
         WHERE prefix = ? AND year = ? AND number = ?`
      ).run(note || row.note, now.toISOString(), prefix, year, n)
    } else {
      insertRow(db, allocation(prefix, year, n), 'void', null, note, now)
    }
    return entryOf(findRow(db, prefix, year, n) as Row)
  })
}

/** Gives the reply a 文号 typed by the clerk (or a reserved one), refusing one already in use. */
export function claimDocNumber(
  db: DB,
  docNumber: string,
  replyId: string,
  now = new Date()
): Allocation {
  const parsed = parseDocNumber(docNumber)
  if (!parsed) {
    throw new DocNumberError(
      'invalid',
      `文号“${docNumber.trim()}”无法识别，应写成“渌卫复〔2025〕1号”的形式。`
    )
  }
  const wanted = allocation(parsed.prefix, parsed.year, parsed.n)
  return inTransaction(db, () => {
    const row = findRow(db, wanted.prefix, wanted.year, wanted.n)
    if (row?.status === 'reserved') {
      db.prepare(
        `UPDATE doc_numbers SET status = 'allocated', reply_id = ?, updated_at = ?
         WHERE prefix = ? AND year = ? AND number = ?`
      ).run(replyId, now.toISOString(), wanted.prefix, wanted.year, wanted.n)
    } else if (row && !(row.status === 'allocated' && row.reply_id === replyId)) {
      refuse(db, row)
    } else if (!row) {
      insertRow(db, wanted, 'allocated', replyId, '', now)
    }
    releaseOthers(db, replyId, wanted, now)
    return wanted
  })
}

export function listDocNumbers(
  db: DB,
  filter: { prefix?: string; year?: number } = {}
): RegisterEntry[] {
  const rows = db
    .prepare(
      `SELECT * FROM doc_numbers
       WHERE status != 'released'
         AND (@prefix IS NULL OR prefix = @prefix) AND (@year IS NULL OR year = @year)
       ORDER BY prefix, year DESC, number DESC`
    )
    .all({ prefix: filter.prefix ?? null, year: filter.year ?? null }) as Row[]
  return rows.map(entryOf)
}

/** A register line with the reply that holds the number, as the 文号 list shows it. */
export type RegisterLine = RegisterEntry & { reply_title: string; handler: string }

/**
 * Every number of a year (all years when none) ever given out, released ones included, newest
 * first, with the title and 经办人 of the reply that holds or held it.
 */
export function registerLines(db: DB, year?: number): RegisterLine[] {
  const rows = db
    .prepare(
      `SELECT d.*, r.fields_json FROM doc_numbers d LEFT JOIN replies r ON r.id = d.reply_id
       WHERE @year IS NULL OR d.year = @year
       ORDER BY d.year DESC, d.prefix, d.number DESC`
    )
    .all({ year: year ?? null }) as (Row & { fields_json: string | null })[]
  return rows.map((row) => {
    const fields = row.fields_json ? (JSON.parse(row.fields_json) as { handler?: unknown }) : {}
    return {
      ...entryOf(row),
      reply_title: titleOf(row.fields_json),
      handler: typeof fields.handler === 'string' ? fields.handler : ''
    }
  })
}
