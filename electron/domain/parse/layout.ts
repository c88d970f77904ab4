import { isCcLine } from './cc'
import { dateOnly, findDate } from './dates'
import { noteDisclosure } from './header'
import { isOrganName, startsWithContactLabel } from './labels'
import { findSalutation, type Salutation } from './opening'
import { compact, stripBold, visualWidth } from './text'
import { hasItemReference, titleSpan } from './title'

// Where the parts of a reply sit: header, title, salutation, body, and the tail (署名, date,
// contact block, 抄送) in whatever order the bureau puts them.

export type Layout = {
  /** lines above the title (or above the salutation when there is no title) */
  header: [number, number]
  title: [number, number] | null
  /** lines between the title and the salutation (文号, class, 签发人 …) */
  marks: [number, number]
  salutation: Salutation | null
  /** the body's lines; the tail starts where the body ends */
  body: [number, number]
}

const TOP_LINES = 30
const SALUTATION_REACH = 4
const CONTACT_SENTENCE = /(?:经办人|联系人|承办人)[：:][^\n]{0,40}?\d{7}/

function isTitleCandidate(line: string): boolean {
  const s = stripBold(line)
  return hasItemReference(s) && !/[，。；]/.test(s) && visualWidth(s) <= 80
}

/** 署名 followed by the date, the contact block or nothing; or 署名 and date on one line. */
export function signatureOrgan(lines: string[], i: number): string | null {
  const c = compact(stripBold(lines[i]!))
  const date = findDate(c)
  if (date && date.index + date.length === c.length && isOrganName(c.slice(0, date.index).trim())) {
    return c.slice(0, date.index).trim()
  }
  if (!isOrganName(c)) return null
  const next = lines[i + 1]
  return next === undefined || dateOnly(next) !== null || startsWithContactLabel(next) ? c : null
}

function isTailStart(lines: string[], i: number): boolean {
  const line = stripBold(lines[i]!)
  const c = compact(line)
  return (
    startsWithContactLabel(line) ||
    CONTACT_SENTENCE.test(c) ||
    isCcLine(c) ||
    dateOnly(c) !== null ||
    noteDisclosure(c) !== null ||
    signatureOrgan(lines, i) !== null
  )
}

function findTitle(
  lines: string[]
): { span: [number, number]; salutation: Salutation | null } | null {
  const top = Math.min(lines.length, TOP_LINES)
  let fallback: [number, number] | null = null
  for (let i = 0; i < top; i++) {
    if (!isTitleCandidate(lines[i]!)) continue
    const span = titleSpan(lines, i)
    const salutation = findSalutation(lines, span[1] + 1, span[1] + 1 + SALUTATION_REACH)
    if (salutation) return { span, salutation }
    fallback ??= span
    i = span[1]
  }
  return fallback ? { span: fallback, salutation: null } : null
}

export function locate(lines: string[]): Layout {
  const title = findTitle(lines)
  const salutation = title
    ? title.salutation
    : findSalutation(lines, 0, Math.min(lines.length, TOP_LINES))
  const bodyStart = salutation ? salutation.index + 1 : title ? title.span[1] + 1 : 0
  let tail = bodyStart
  while (tail < lines.length && !isTailStart(lines, tail)) tail++
  return {
    header: [0, title ? title.span[0] : salutation ? salutation.index : 0],
    title: title?.span ?? null,
    marks: title && salutation ? [title.span[1] + 1, salutation.index] : [0, 0],
    salutation,
    body: [bodyStart, tail]
  }
}
