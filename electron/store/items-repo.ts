import type { DB } from './db'
import { inTransaction } from './db'

// Rows as stored (snake_case, JSON strings); services/items-* turn them into the contract's types.

export type ItemRow = {
  id: string
  item_key: string
  year: number
  session: string
  kind: string
  number: string
  title: string
  proposer: string
  co_signers_json: string
  assigned_date: string
  role: string
  lead_unit: string
  co_units_json: string
  leader: string
  department: string
  handler: string
  due_override: string
  result_class: string
  status: string
  reply_doc_number: string
  reply_date: string
  satisfaction: string
  feedback_note: string
  round: number
  created_at: string
  updated_at: string
}

const COLUMNS = `id, item_key, year, session, kind, number, title, proposer, co_signers_json, assigned_date,
  role, lead_unit, co_units_json, leader, department, handler, due_override, result_class, status,
  reply_doc_number, reply_date, satisfaction, feedback_note, round, created_at, updated_at`

const PARAMS = COLUMNS.split(',')
  .map((c) => `@${c.trim()}`)
  .join(', ')

export function insertItems(db: DB, rows: readonly ItemRow[]): void {
  const insert = db.prepare(`INSERT INTO items (${COLUMNS}) VALUES (${PARAMS})`)
  inTransaction(db, () => {
    for (const row of rows) insert.run(row)
  })
}

export function getItem(db: DB, id: string): ItemRow | undefined {
  return db.prepare('SELECT * FROM items WHERE id = ?').get(id) as ItemRow | undefined
}

export function updateItem(db: DB, row: ItemRow): void {
  const sets = PARAMS.split(', ')
    .slice(1)
    .map((p) => `${p.slice(1)} = ${p}`)
    .join(', ')
  db.prepare(`UPDATE items SET ${sets} WHERE id = @id`).run(row)
}

export type ItemFilter = {
  year?: number | undefined
  session?: string | undefined
  status?: string | undefined
  department?: string | undefined
  handler?: string | undefined
  query?: string | undefined
}

export function listItems(db: DB, filter: ItemFilter = {}): ItemRow[] {
  const where: string[] = []
  const args: Record<string, string | number> = {}
  for (const key of ['year', 'session', 'status', 'department', 'handler'] as const) {
    const value = filter[key]
    if (value === undefined || value === '') continue
    where.push(`${key} = @${key}`)
    args[key] = value
  }
  if (filter.query?.trim()) {
    where.push(
      `(title LIKE @q ESCAPE '\\' OR proposer LIKE @q ESCAPE '\\' OR number LIKE @q ESCAPE '\\')`
    )
    args.q = `%${filter.query.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  }
  const sql = `SELECT * FROM items ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY year DESC, session, length(number), number`
  return db.prepare(sql).all(args) as ItemRow[]
}

export type StatRow = Pick<
  ItemRow,
  | 'year'
  | 'session'
  | 'kind'
  | 'role'
  | 'result_class'
  | 'status'
  | 'department'
  | 'leader'
  | 'assigned_date'
  | 'due_override'
  | 'reply_date'
  | 'satisfaction'
>

/** Only what the statistics read: years of items are counted on every visit to the screen. */
export function statRows(db: DB, scope: Pick<ItemFilter, 'year' | 'session'>): StatRow[] {
  const where = [scope.year ? 'year = @year' : '', scope.session ? 'session = @session' : '']
    .filter(Boolean)
    .join(' AND ')
  return db
    .prepare(
      `SELECT year, session, kind, role, result_class, status, department, leader, assigned_date,
              due_override, reply_date, satisfaction
         FROM items ${where ? `WHERE ${where}` : ''}`
    )
    .all({
      ...(scope.year ? { year: scope.year } : {}),
      ...(scope.session ? { session: scope.session } : {})
    }) as StatRow[]
}

/** The item with its contacts and log; its replies stay, unlinked. */
export function deleteItem(db: DB, id: string): boolean {
  return db.prepare('DELETE FROM items WHERE id = ?').run(id).changes > 0
}

export function itemKeys(db: DB): Set<string> {
  const rows = db.prepare('SELECT item_key FROM items').pluck().all() as string[]
  return new Set(rows)
}

export function itemYears(db: DB): { year: number; session: string; count: number }[] {
  return db
    .prepare(
      'SELECT year, session, count(*) AS count FROM items GROUP BY year, session ORDER BY year DESC, session'
    )
    .all() as { year: number; session: string; count: number }[]
}

export function linkReply(db: DB, itemId: string, replyId: string, at: string): void {
  db.prepare(
    'INSERT OR IGNORE INTO item_replies (item_id, reply_id, created_at) VALUES (?, ?, ?)'
  ).run(itemId, replyId, at)
}

export type LinkedReplyRow = {
  id: string
  status: string
  fields_json: string
  updated_at: string
  linked: 0 | 1
}

/**
 * The item's replies: those made from it, and past ones in the archive whose 届次 + 编号 match
 * (imported before the item existed), so last year's answer shows up beside this year's item.
 */
export function itemReplies(
  db: DB,
  item: Pick<ItemRow, 'id' | 'session' | 'number'>
): LinkedReplyRow[] {
  return db
    .prepare(
      `SELECT r.id, r.status, r.fields_json, r.updated_at, 1 AS linked
         FROM item_replies ir JOIN replies r ON r.id = ir.reply_id
        WHERE ir.item_id = @id
       UNION
       SELECT r.id, r.status, r.fields_json, r.updated_at, 0 AS linked
         FROM replies r
        WHERE r.status = 'archived'
          AND json_extract(r.fields_json, '$.item_number') = @number
          AND replace(json_extract(r.fields_json, '$.session'), ' ', '') = replace(@session, ' ', '')
          AND r.id NOT IN (SELECT reply_id FROM item_replies WHERE item_id = @id)
       ORDER BY 5 DESC, 4 DESC`
    )
    .all({ id: item.id, number: item.number, session: item.session }) as LinkedReplyRow[]
}

/** Items in hand with a linked reply: the newest reply's status, which the item follows. */
export function replyStatusOfOpenItems(db: DB): { item_id: string; reply_status: string }[] {
  // Newest by updated_at: the reply being worked on now decides, not the first draft.
  return db
    .prepare(
      `SELECT item_id, reply_status FROM (
         SELECT ir.item_id, r.status AS reply_status,
                row_number() OVER (PARTITION BY ir.item_id ORDER BY r.updated_at DESC) AS n
           FROM items i
           JOIN item_replies ir ON ir.item_id = i.id
           JOIN replies r ON r.id = ir.reply_id
          WHERE i.status IN ('handling', 'review')
       ) WHERE n = 1`
    )
    .all() as { item_id: string; reply_status: string }[]
}

export type ContactRow = {
  id: string
  item_id: string
  stage: string
  date: string
  way: string
  person: string
  summary: string
  created_at: string
}

export function insertContact(db: DB, row: ContactRow): void {
  db.prepare(
    `INSERT INTO item_contacts (id, item_id, stage, date, way, person, summary, created_at)
     VALUES (@id, @item_id, @stage, @date, @way, @person, @summary, @created_at)`
  ).run(row)
}

/** Corrects a contact of the item; false when it is no longer there. */
export function updateContact(db: DB, row: Omit<ContactRow, 'created_at'>): boolean {
  return (
    db
      .prepare(
        `UPDATE item_contacts SET stage = @stage, date = @date, way = @way, person = @person,
           summary = @summary WHERE id = @id AND item_id = @item_id`
      )
      .run(row).changes > 0
  )
}

export function deleteContact(db: DB, itemId: string, contactId: string): boolean {
  return (
    db.prepare('DELETE FROM item_contacts WHERE id = ? AND item_id = ?').run(contactId, itemId)
      .changes > 0
  )
}

export function listContacts(db: DB, itemId: string): ContactRow[] {
  return db
    .prepare('SELECT * FROM item_contacts WHERE item_id = ? ORDER BY date, created_at')
    .all(itemId) as ContactRow[]
}

/** Every item's contact ways in date order, for the 汇总表's 沟通方式 column. */
export function contactWays(db: DB): Map<string, string[]> {
  const rows = db
    .prepare('SELECT item_id, way FROM item_contacts ORDER BY date, created_at')
    .all() as { item_id: string; way: string }[]
  const out = new Map<string, string[]>()
  for (const r of rows) out.set(r.item_id, [...(out.get(r.item_id) ?? []), r.way])
  return out
}

export type EventRow = {
  id: string
  item_id: string
  action: string
  from_status: string
  to_status: string
  note: string
  created_at: string
}

export function insertEvent(db: DB, row: EventRow): void {
  db.prepare(
    `INSERT INTO item_events (id, item_id, action, from_status, to_status, note, created_at)
     VALUES (@id, @item_id, @action, @from_status, @to_status, @note, @created_at)`
  ).run(row)
}

export function listEvents(db: DB, itemId: string): EventRow[] {
  return db
    .prepare('SELECT * FROM item_events WHERE item_id = ? ORDER BY created_at, rowid')
    .all(itemId) as EventRow[]
}

export function getColumnMap(db: DB, bureau: string): Record<string, string> {
  const json = db
    .prepare('SELECT mapping_json FROM item_column_maps WHERE bureau = ?')
    .pluck()
    .get(bureau) as string | undefined
  return json ? (JSON.parse(json) as Record<string, string>) : {}
}

export function saveColumnMap(
  db: DB,
  bureau: string,
  mapping: Record<string, string>,
  at: string
): void {
  db.prepare(
    `INSERT INTO item_column_maps (bureau, mapping_json, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(bureau) DO UPDATE SET mapping_json = excluded.mapping_json, updated_at = excluded.updated_at`
  ).run(bureau, JSON.stringify(mapping), at)
}

export type OpinionRow = {
  id: string
  item_id: string
  direction: string
  unit: string
  date: string
  doc_number: string
  summary: string
  file_name: string
  file_text: string
  created_at: string
}

export function insertOpinion(db: DB, row: OpinionRow): void {
  db.prepare(
    `INSERT INTO item_opinions
       (id, item_id, direction, unit, date, doc_number, summary, file_name, file_text, created_at)
     VALUES (@id, @item_id, @direction, @unit, @date, @doc_number, @summary, @file_name, @file_text,
       @created_at)`
  ).run(row)
}

export function listOpinions(db: DB, itemId: string): OpinionRow[] {
  return db
    .prepare('SELECT * FROM item_opinions WHERE item_id = ? ORDER BY date, created_at')
    .all(itemId) as OpinionRow[]
}

export function getOpinion(db: DB, itemId: string, opinionId: string): OpinionRow | undefined {
  return db
    .prepare('SELECT * FROM item_opinions WHERE id = ? AND item_id = ?')
    .get(opinionId, itemId) as OpinionRow | undefined
}

/** Corrects what was typed for an opinion; its direction and letter stay as registered. */
export function updateOpinion(
  db: DB,
  row: Pick<OpinionRow, 'id' | 'item_id' | 'unit' | 'date' | 'doc_number' | 'summary'>
): boolean {
  return (
    db
      .prepare(
        `UPDATE item_opinions SET unit = @unit, date = @date, doc_number = @doc_number,
           summary = @summary WHERE id = @id AND item_id = @item_id`
      )
      .run(row).changes > 0
  )
}

export function deleteOpinion(db: DB, itemId: string, opinionId: string): boolean {
  return (
    db.prepare('DELETE FROM item_opinions WHERE id = ? AND item_id = ?').run(opinionId, itemId)
      .changes > 0
  )
}
