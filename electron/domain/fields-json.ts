import type { ReplyFields } from './reply'

// Field files use the names of expected.json, which is also what `cli parse` prints: numbers for
// item_number (with item_number_raw when zero-padded) and null for "not stated". Drafts keep the
// number as written, so "068" survives.

const IGNORED = new Set([
  'file',
  'known_defects',
  'section_headings',
  'item_number_raw',
  'is_reply'
])

export function fieldsFromJson(input: Record<string, unknown>): Partial<ReplyFields> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(input)) {
    if (IGNORED.has(key) || value === null || value === undefined) continue
    out[key] = value
  }
  const raw = input.item_number_raw
  if (typeof raw === 'string' && raw !== '') out.item_number = raw
  else if (typeof input.item_number === 'number') out.item_number = String(input.item_number)
  return out as Partial<ReplyFields>
}
