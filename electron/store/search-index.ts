import type Database from 'better-sqlite3'
import { parseDocNumber } from '../domain/doc-number'
import type { ReplyFields } from '../domain/reply'
import { normalize } from './search-text'

// What the search index holds for one reply. search-sync.ts writes it into reply_docs within every
// write transaction (migration 7); before that, migration 3's triggers called it as search_doc().

export type SearchDoc = {
  year: number | null
  /** yyyy-mm-dd or '' */
  date: string
  kind: string
  classification: string
  session: string
  proposer: string
  leader: string
  /** title, or the item's subject while a draft has no title yet */
  title: string
  /** normalised text of the short fields, searched by the single-character path and ranked */
  head: string
}

export type Facets = Pick<
  SearchDoc,
  'year' | 'kind' | 'classification' | 'session' | 'proposer' | 'leader'
> & { status: string }

function readFields(json: string): Partial<ReplyFields> {
  try {
    const value: unknown = JSON.parse(json)
    return value && typeof value === 'object' ? (value as Partial<ReplyFields>) : {}
  } catch {
    return {}
  }
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '')

/**
 * The year a reply belongs to: its date, else the year in its 文号, else the year the importer
 * read from the file's name, else (for drafts only) the year it was created.
 */
export function replyYear(
  fields: Partial<ReplyFields>,
  status: string,
  createdAt: string,
  yearHint: number | null
): number | null {
  const date = /^(\d{4})-\d{2}-\d{2}$/.exec(str(fields.date))
  if (date) return Number(date[1])
  const docNumber = parseDocNumber(str(fields.doc_number))
  if (docNumber) return docNumber.year
  if (yearHint) return yearHint
  const created = /^(\d{4})-/.exec(createdAt)
  return status !== 'archived' && created ? Number(created[1]) : null
}

export function searchDocOf(
  fieldsJson: string,
  status: string,
  createdAt: string,
  yearHint: number | null
): SearchDoc {
  const f = readFields(fieldsJson)
  const cc = Array.isArray(f.cc) ? f.cc.map(str) : []
  const headParts = [
    f.title,
    f.subject,
    f.proposer,
    f.session,
    f.doc_number,
    f.organ,
    f.leader,
    f.handler
  ]
  return {
    year: replyYear(f, status, createdAt, yearHint),
    date: /^\d{4}-\d{2}-\d{2}$/.test(str(f.date)) ? str(f.date) : '',
    kind: str(f.kind),
    classification: str(f.classification),
    session: str(f.session),
    proposer: str(f.proposer),
    leader: str(f.leader),
    title: str(f.title) || str(f.subject),
    // A full stop between fields keeps bigrams and phrases from running across two fields.
    head: normalize([...headParts.map(str), ...cc].filter(Boolean).join('。'))
  }
}

/** Filter values compare without spaces, punctuation, width or case: “A1” = “a1”, “龙 钺文” = “龙钺文”. */
export function facetKey(value: string): string {
  return normalize(value).replace(/[^\p{L}\p{N}]/gu, '')
}

// Synthetic tokens (zz + one letter + value) live in their own column; the user's words can never
// produce them because a bigram is two Chinese characters and a Latin word would need the prefix.
// Putting filters in the index lets FTS5 intersect them with the query instead of scanning every
// match and dropping the ones a filter excludes.
export const FACET_PREFIX = {
  status: 'zzs',
  year: 'zzy',
  kind: 'zzk',
  classification: 'zzc',
  session: 'zze',
  proposer: 'zzp',
  leader: 'zzl'
} as const satisfies Record<keyof Facets, string>

export function facetTokens(facets: Facets): string {
  return (Object.keys(FACET_PREFIX) as (keyof Facets)[])
    .map((key) => {
      const value = facets[key]
      const k = value === null ? '' : facetKey(String(value))
      return k ? FACET_PREFIX[key] + k : ''
    })
    .filter(Boolean)
    .join(' ')
}

/** Only for migration 3, whose triggers and backfill call search_doc() until migration 7 drops them. */
export function registerSearchFunctions(db: Database.Database): void {
  const options = { deterministic: true, varargs: false }
  db.function(
    'search_doc',
    options,
    (fieldsJson: unknown, status: unknown, createdAt: unknown, hint: unknown) =>
      JSON.stringify(
        searchDocOf(
          String(fieldsJson ?? ''),
          String(status ?? ''),
          String(createdAt ?? ''),
          hint == null ? null : Number(hint)
        )
      )
  )
}
