import { createHash } from 'node:crypto'
import type { ParsedFields } from '../domain/parse'
import { fieldLabel, type ProposerType, type ReplyFields } from '../domain/reply'
import { emptyFields } from '../domain/reply-schema'
import { parseSession } from '../domain/session'

// From what the parser read (null = the text does not say) to the reply fields a draft uses
// (empty string = not filled in).

const PARTIES = /^(民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|中国国民党革命委员会|中国民主)/
const GROUPS = /(工商联|妇联|总工会|共青团|团委|科协|侨联|台联|青联|文联)/

function proposerType(proposer: string, kind: ReplyFields['kind']): ProposerType {
  if (/委员$/.test(proposer)) return '委员'
  if (/代表$/.test(proposer)) return '代表'
  if (PARTIES.test(proposer)) return '党派'
  if (GROUPS.test(proposer)) return '团体'
  return kind === '提案' ? '委员' : '代表'
}

// Taken as they are, null becoming ''.
const TEXT_FIELDS = [
  'subject',
  'title',
  'classification',
  'disclosure',
  'organ',
  'doc_number',
  'date',
  'leader',
  'leader_phone',
  'handler',
  'handler_phone',
  'postcode'
] as const satisfies readonly (keyof ParsedFields & keyof ReplyFields)[]

export function replyFieldsFrom(parsed: ParsedFields): ReplyFields {
  const fields = emptyFields()
  for (const key of TEXT_FIELDS) fields[key] = parsed[key] ?? ''
  const kind = parsed.kind ?? fields.kind
  const proposer = parsed.proposer ?? ''
  const session = parsed.session ?? ''
  return {
    ...fields,
    kind,
    session,
    session_info: session ? (parseSession(session)?.info ?? null) : null,
    item_number:
      parsed.item_number_raw ?? (parsed.item_number === null ? '' : String(parsed.item_number)),
    proposer,
    proposer_type: proposerType(proposer, kind),
    cc: [...parsed.cc]
  }
}

/** A kind the parser could not read falls back to 建议 and is therefore doubtful too. */
export function uncertainFields(parsed: ParsedFields, uncertain: readonly string[]): string[] {
  const out = new Set(uncertain)
  if (parsed.kind === null) out.add('kind')
  return [...out]
}

export function fieldLabels(keys: readonly string[]): string {
  return keys.map(fieldLabel).join('、')
}

/**
 * Duplicate detection compares the words, not the file: the same reply saved again, converted to
 * PDF or re-typed with other line breaks and full-width digits hashes the same.
 */
export function contentHash(text: string): string {
  const words = text.normalize('NFKC').replace(/[\s\u200b\ufeff]+/gu, '')
  return createHash('sha256').update(words, 'utf8').digest('hex')
}

/** A year in the file or folder name (2024年答复/第17号.docx) when the text gives none. */
export function yearFromPath(path: string): number | null {
  const years = [...path.matchAll(/(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1]))
  return years.length ? years[years.length - 1]! : null
}
