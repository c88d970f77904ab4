import type { ComposedReply, ContactPlacement } from './composed-reply'
import type { ParsedReply } from './parse'
import { findDocNumber } from './parse/header'
import { isOrganName } from './parse/labels'
import { compact, stripBold } from './parse/text'
import type { ReplyParts } from './parse/types'

// Re-typesetting an old reply keeps its words: every line of the letter goes into the new
// document as written, labels and all. The parser only decides where a line goes (letterhead, 文号
// line, marks, title, salutation, body, 署名, contact block, 附注, 抄送); a line it cannot place
// stays where it was. Only the web page's furniture is left out, and only spaces inside the date
// and a closing 。 after 抄送 change. Nothing comes from templates.

type Head = { letterhead: string; docNumberLine: string; marks: string[] }

function head(parts: ReplyParts): Head {
  const out: Head = { letterhead: '', docNumberLine: '', marks: [] }
  for (const line of [...parts.header, ...parts.marks]) {
    const c = compact(stripBold(line))
    if (!out.letterhead && isOrganName(c.replace(/(?:文件|公函|函)$/, ''))) out.letterhead = line
    else if (!out.docNumberLine && findDocNumber(c)) out.docNumberLine = line
    else out.marks.push(line)
  }
  return out
}

/** The document title: the title lines, else the item the parser read, else the kind of letter. */
function titleOf(parsed: ParsedReply): string {
  const written = parsed.parts.title.map((l) => compact(stripBold(l))).join('')
  if (written) return written
  const p = parsed.fields
  if (p.session && p.item_number !== null && p.kind) {
    return `对${p.session}第${p.item_number_raw ?? p.item_number}号${p.kind}的答复`
  }
  return '答复'
}

type Tail = {
  signature: { organ: string; date: string } | null
  contact: string[]
  placement: ContactPlacement
  note: string
  cc: string[]
}

/**
 * The tail in its own order: lines before the 署名 form a contact block above it, lines after it one
 * below; the 抄送 lines go to the 版记 whatever follows them.
 */
function tail(parts: ReplyParts): Tail {
  let organ = ''
  let date = ''
  let note = ''
  const cc: string[] = []
  const before: string[] = []
  const after: string[] = []
  for (const { text, role } of parts.tail) {
    if (role === 'cc') cc.push(text)
    else if ((role === 'signature' || role === 'organ') && !organ && !date) organ = text
    else if (role === 'date' && !date) date = text.replace(/\s+/g, '')
    else if (role === 'note' && !note) note = text
    else (organ || date ? after : before).push(text)
  }
  return {
    signature: organ || date ? { organ, date } : null,
    contact: [...before, ...after],
    placement: before.length && !after.length ? 'before-signature' : 'after-signature',
    note,
    cc
  }
}

/** The 抄送 lines as written; the 版记 wants a closing 。, which adds a mark and drops nothing. */
function closedCc(lines: string[]): string {
  const cc = lines.join('\n').trim()
  return cc && !/[。.]$/.test(cc) ? `${cc}。` : cc
}

export function composeFromParsed(parsed: ParsedReply): ComposedReply {
  const { letterhead, docNumberLine, marks } = head(parsed.parts)
  const end = tail(parsed.parts)
  return {
    format: 'letter',
    letterhead,
    docNumberLine,
    marks: { placement: 'lines-left', lines: marks },
    title: titleOf(parsed),
    salutation: parsed.parts.salutation ?? '',
    opening: [],
    body: parsed.body,
    closing: [],
    attachments: [],
    signature: end.signature && { ...end.signature, sealed: true },
    contact: { placement: end.placement, lines: end.contact },
    note: end.note,
    cc: closedCc(end.cc)
  }
}
