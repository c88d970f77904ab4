import { bodyOf, sectionHeadings } from './body-blocks'
import { cleanLines } from './clean-text'
import { leaderInSentence, readContact } from './contact'
import { findDocNumber, readHeader } from './header'
import { isOrganName } from './labels'
import { locate } from './layout'
import { readWebPage, type PageMeta } from './meta-table'
import { restoreOriginal, shadowOf } from './original-text'
import { findSubject, type Salutation } from './opening'
import { readTail } from './tail'
import { stripBold } from './text'
import { hasItemReference, readItem, readTitle, sessionInText, type TitleFields } from './title'
import { emptyParsedFields, type ParsedFields, type ParsedKind, type ParsedReply } from './types'

export type { ParsedFields, ParsedKind, ParsedReply } from './types'
export { cleanLines, cleanText } from './clean-text'
export { textWithBoldMarks } from './body-blocks'

const REPLY_OPENING = /收悉|(?:答复|回复|函复|意见|报告)如下|现答复|现将.{0,20}答复/

type Found<K extends keyof ParsedFields> = { value: ParsedFields[K]; sure: boolean }

/** Reads the fields of a past reply from its (extracted) text; never throws. */
export function parseReply(text: string): ParsedReply {
  const shadow = shadowOf(text)
  return shadow ? restoreOriginal(parseText(shadow), text, shadow) : parseText(text)
}

function parseText(text: string): ParsedReply {
  const all = cleanLines(text)
  const cleaned = all.map(stripBold).join('\n')
  const { meta, rest: lines, furniture } = readWebPage(all)
  const layout = locate(lines)
  const titleLines = layout.title
    ? lines.slice(layout.title[0], layout.title[1] + 1).join('')
    : null
  const title =
    (titleLines && readTitle(titleLines)) ||
    (meta.title && hasItemReference(meta.title) ? readTitle(meta.title) : null)
  const bodyLines = [
    ...(layout.salutation?.rest ? [layout.salutation.rest] : []),
    ...lines.slice(layout.body[0], layout.body[1])
  ]
  const opening = bodyLines.slice(0, 3).map(stripBold)
  const isReply = !!title || (!!layout.salutation && opening.some((p) => REPLY_OPENING.test(p)))
  if (!isReply) {
    return {
      is_reply: false,
      fields: emptyParsedFields(),
      uncertain: [],
      body: bodyOf(lines),
      parts: { furniture, header: [], title: [], marks: [], salutation: null, tail: [] },
      text: cleaned
    }
  }

  const header = readHeader([
    ...lines.slice(layout.header[0], layout.header[1]),
    ...lines.slice(layout.marks[0], layout.marks[1])
  ])
  const tail = readTail(lines, layout.body[1])
  const contact = readContact(tail.contactText)
  const fields = emptyParsedFields()
  const uncertain: (keyof ParsedFields)[] = []
  const set = <K extends keyof ParsedFields>(key: K, found: Found<K> | null) => {
    if (!found || found.value === null) return
    fields[key] = found.value
    if (!found.sure) uncertain.push(key)
  }
  const sure = <T>(value: T | null | undefined) => (value == null ? null : { value, sure: true })
  const weak = <T>(value: T | null | undefined) => (value == null ? null : { value, sure: false })

  set('organ', sure(header.organ ?? tail.organ ?? meta.organ) ?? weak(organFromTitle(title)))
  set('doc_number', sure(header.doc_number ?? docNumberFrom(meta)))
  set('classification', sure(header.classification))
  set('disclosure', sure(header.disclosure ?? tail.disclosure))
  const item = title ?? itemFromOpening(opening)
  set(
    'kind',
    item
      ? { value: item.kind, sure: !!title }
      : weak(kindFromWords(layout.salutation?.proposer, opening))
  )
  set('session', title ? sure(title.session) : weak(sessionInText(opening.join('。'))))
  set('item_number', item ? { value: item.item_number, sure: !!title } : null)
  if (item?.item_number_raw) fields.item_number_raw = item.item_number_raw
  set('proposer', sure(proposerOf(layout.salutation?.proposer, title, opening)))
  const subject = findSubject(bodyLines)
  set(
    'subject',
    subject && (subject.sure || !title?.subject)
      ? { value: subject.subject, sure: subject.sure }
      : sure(title?.subject)
  )
  set('title', sure(title?.title))
  set('date', sure(tail.date ?? meta.date))
  set(
    'leader',
    sure(contact.leader ?? header.leader) ??
      weak(leaderInSentence([...bodyLines.slice(-2), tail.contactText].join('\n')))
  )
  set('leader_phone', sure(contact.leader_phone))
  set('handler', sure(contact.handler))
  set('handler_phone', sure(contact.handler_phone))
  set('postcode', sure(contact.postcode))
  fields.cc = tail.cc
  fields.section_headings = sectionHeadings(bodyLines)
  const parts = {
    furniture,
    header: lines.slice(layout.header[0], layout.header[1]),
    title: layout.title ? lines.slice(layout.title[0], layout.title[1] + 1) : [],
    marks: lines.slice(layout.marks[0], layout.marks[1]),
    salutation: salutationAsWritten(lines, layout.salutation),
    tail: tail.lines
  }
  return { is_reply: true, fields, uncertain, body: bodyOf(bodyLines), parts, text: cleaned }
}

const PROPOSER_IN_TEXT =
  /(?<=^|关于|[，。；：、])([\p{Script=Han}·]{2,4}?(?:等[0-9一二三四五六七八九十]+[位名])?(?:代表|委员))(?:提出|所提)/u

/**
 * The salutation names the proposer, except in a 协办意见 or a 办理情况报告 addressed to the lead
 * unit or the congress office: there the proposer is the deputy or member the first sentence names.
 */
function proposerOf(
  salutation: string | undefined,
  title: TitleFields | null,
  opening: string[]
): string | null {
  if (title && /(?:意见|报告)$/.test(title.title) && !/(?:代表|委员)$/.test(salutation ?? '')) {
    for (const paragraph of opening) {
      const m = PROPOSER_IN_TEXT.exec(paragraph)
      if (m) return m[1]!
    }
  }
  return salutation ?? null
}

function salutationAsWritten(lines: string[], salutation: Salutation | null): string | null {
  if (!salutation) return null
  const line = stripBold(lines[salutation.index]!).trim()
  return salutation.rest ? line.slice(0, line.lastIndexOf(salutation.rest)).trim() : line
}

function organFromTitle(title: TitleFields | null): string | null {
  const at = title?.title.search(/关于|对/) ?? -1
  const prefix = at > 0 ? title!.title.slice(0, at) : ''
  return isOrganName(prefix) ? prefix : null
}

function docNumberFrom(meta: PageMeta): string | null {
  return meta.doc_number ? (findDocNumber(meta.doc_number) ?? meta.doc_number) : null
}

function itemFromOpening(opening: string[]) {
  for (const paragraph of opening) {
    const item = readItem(paragraph)
    if (item) return item
  }
  return null
}

function kindFromWords(proposer: string | undefined, opening: string[]): ParsedKind | null {
  const text = opening.join('')
  if (/提案/.test(text) || /委员$/.test(proposer ?? '')) return '提案'
  if (/建议/.test(text) || /代表$/.test(proposer ?? '')) return '建议'
  return null
}
