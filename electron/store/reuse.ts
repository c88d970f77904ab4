import type { LatestContact, ProposerItem, ReplyPiece } from '../contract/archive'
import { blockText, type Block } from '../domain/body'
import { proposerOf } from '../domain/drafting/proposer'
import { bodyFromEditorState } from '../domain/lexical-body'
import type { ReplyFields } from '../domain/reply'
import type { ReadDb } from './db'
import { facetKey } from './search-index'
import { statement } from './statements'

// What a new draft can take from earlier replies: the proposer's history, the latest contact
// block of the same kind, and paragraphs or whole sections to insert.

const FINISHED = "('archived', 'approved', 'closed')"
const CONTACT_FIELDS = [
  'organ',
  'leader',
  'leader_phone',
  'handler',
  'handler_phone',
  'postcode'
] as const satisfies readonly (keyof ReplyFields)[]

/** Everything raised by this proposer (龙钺文, 龙钺文等代表 and 龙钺文委员 are one person). */
export function proposerHistory(db: ReadDb, proposer: string): ProposerItem[] {
  const name = proposerOf({ proposer, proposer_type: '代表', co_signers: [] }).name || proposer
  const key = facetKey(name)
  if (!key) return []
  const rows = statement(
    db,
    `SELECT d.reply_id AS id, d.status, d.kind, d.session, d.title, d.year, d.date, d.proposer,
       json_extract(r.fields_json, '$.item_number') AS item_number,
       json_extract(r.fields_json, '$.subject') AS subject
     FROM reply_fts f JOIN reply_docs d ON d.doc_id = f.rowid JOIN replies r ON r.id = d.reply_id
     WHERE reply_fts MATCH ? ORDER BY f.rowid DESC LIMIT 500`
  ).all(`{facets} : "zzp${key}"*`) as (ProposerItem & { proposer: string })[]
  return rows
    .filter(
      (r) =>
        proposerOf({ proposer: r.proposer, proposer_type: '代表', co_signers: [] }).name === name
    )
    .map(({ proposer: _proposer, ...item }) => ({
      ...item,
      item_number: item.item_number ?? '',
      subject: item.subject ?? ''
    }))
    .sort((a, b) => (b.date || String(b.year ?? '')).localeCompare(a.date || String(a.year ?? '')))
}

/** Contact fields and 抄送 of the most recent finished reply of this kind. */
export function latestContactFor(db: ReadDb, kind: string): LatestContact | null {
  const row = statement(
    db,
    `SELECT d.reply_id, d.title, d.date, r.fields_json FROM reply_docs d
     JOIN replies r ON r.id = d.reply_id
     WHERE d.kind = ? AND d.status IN ${FINISHED} AND d.leader != ''
     ORDER BY d.date DESC, d.year DESC, d.doc_id DESC LIMIT 1`
  ).get(kind) as { reply_id: string; title: string; date: string; fields_json: string } | undefined
  if (!row) return null
  const f = JSON.parse(row.fields_json) as Partial<ReplyFields>
  const text = (key: (typeof CONTACT_FIELDS)[number]) => (typeof f[key] === 'string' ? f[key] : '')
  return {
    from_id: row.reply_id,
    from_title: row.title,
    date: row.date,
    ...(Object.fromEntries(CONTACT_FIELDS.map((k) => [k, text(k)])) as Record<
      (typeof CONTACT_FIELDS)[number],
      string
    >),
    cc: Array.isArray(f.cc) ? f.cc : []
  }
}

function piece(kind: ReplyPiece['kind'], heading: string, blocks: Block[]): ReplyPiece {
  return { kind, heading, text: blocks.map(blockText).join('\n'), blocks }
}

/**
 * The body as insertable pieces in reading order: each heading as a section holding everything
 * up to the next heading of the same or a higher level, then each paragraph, list and table.
 */
export function paragraphsOf(db: ReadDb, id: string): ReplyPiece[] | null {
  const json = statement(db, 'SELECT body_json FROM replies WHERE id = ?').pluck().get(id) as
    string | undefined
  if (json === undefined) return null
  const blocks = bodyFromEditorState(JSON.parse(json)).blocks
  const pieces: ReplyPiece[] = []
  let heading = ''
  blocks.forEach((block, i) => {
    if (block.type === 'heading') {
      heading = blockText(block)
      const end = blocks.findIndex(
        (b, j) => j > i && b.type === 'heading' && b.level <= block.level
      )
      pieces.push(piece('section', heading, blocks.slice(i, end === -1 ? undefined : end)))
    } else if (blockText(block).trim()) {
      pieces.push(piece('paragraph', heading, [block]))
    }
  })
  return pieces
}
