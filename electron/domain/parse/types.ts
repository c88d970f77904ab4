import type { BodyDoc } from '../body'

// Field names and meanings are those of the seed fixtures' expected.json: null means the text does
// not say, item_number is a number and item_number_raw keeps a zero-padded form ("068") or a
// letter reference ("B047", with item_number null).

export type ParsedKind = '建议' | '提案'

export type ParsedFields = {
  organ: string | null
  doc_number: string | null
  classification: string | null
  disclosure: string | null
  kind: ParsedKind | null
  session: string | null
  item_number: number | null
  /** Only when the number is written with leading zeros ("068") or is no number ("B047"). */
  item_number_raw?: string
  proposer: string | null
  subject: string | null
  title: string | null
  /** yyyy-mm-dd */
  date: string | null
  leader: string | null
  leader_phone: string | null
  handler: string | null
  handler_phone: string | null
  postcode: string | null
  cc: string[]
  section_headings: string[]
}

export type TailRole = 'organ' | 'date' | 'signature' | 'note' | 'cc' | 'other'

/** The cleaned lines of a reply by the part they belong to, each verbatim. */
export type ReplyParts = {
  /** web-page metadata, breadcrumbs and links around the letter */
  furniture: string[]
  /** lines above the title */
  header: string[]
  title: string[]
  /** lines between the title and the salutation (文号, class, 签发人 …) */
  marks: string[]
  /** the salutation as written (尊敬的…代表：), without a first sentence on the same line */
  salutation: string | null
  tail: { text: string; role: TailRole }[]
}

export type ParsedReply = {
  is_reply: boolean
  fields: ParsedFields
  /** Fields found by a weaker heuristic, for the import review screen to confirm. */
  uncertain: (keyof ParsedFields)[]
  body: BodyDoc
  parts: ReplyParts
  /** The cleaned text. */
  text: string
}

export function emptyParsedFields(): ParsedFields {
  return {
    organ: null,
    doc_number: null,
    classification: null,
    disclosure: null,
    kind: null,
    session: null,
    item_number: null,
    proposer: null,
    subject: null,
    title: null,
    date: null,
    leader: null,
    leader_phone: null,
    handler: null,
    handler_phone: null,
    postcode: null,
    cc: [],
    section_headings: []
  }
}
