import { dateOnly } from './dates'
import { headingLevel, isHeadingLine } from './headings'
import { isOrganName, normaliseSpacedLabels, startsWithLabel } from './labels'
import { compact, stripBold, visualWidth } from './text'
import { endsTitle, hasItemReference } from './title'

// Text extracted from PDFs and web pages carries the page layout: every printed line is a line,
// page numbers and running headers sit between the words, and spaces creep in. This rebuilds the
// paragraphs and drops the page furniture, but never changes what the text says: a duplicated
// sentence or a missing word stays for the proofreader to report. ** bold markers survive here for
// the body builder; cleanText removes them.

type Line = { text: string; indented: boolean; pageStart: boolean }

const INVISIBLE = /[\ufeff\u200b-\u200d\u2060\u00ad]/g
const DECORATED_PAGE =
  /^[-—–－―_·•~\s]*(?:第\s*)?[0-9０-９]{1,3}\s*页?(?:\s*[/／]\s*[0-9０-９]{1,3}|\s*共\s*[0-9０-９]{1,3}\s*页)?[-—–－―_·•~\s]*$/
const BARE_NUMBER = /^[0-9０-９]{1,3}$/
const NUMBER_GOES_ON = /^[号年月日份个人家万亿元次项名台张例期条款所座%％]/
const NUMBER_CONTINUES = /[第约共为达至和及、（(]$/
const TERMINAL = /[。！？!?：:；;…]$/
const ADDRESSEE =
  /^(?:尊敬的)?[\p{Script=Han}、·0-9]{2,30}(?:代表|委员|委|会|党|盟|组|同志|先生|女士|部|局|办|室)[：:]/u

function leadingWidth(s: string): number {
  const lead = /^[ \t\u3000]*/.exec(s)?.[0] ?? ''
  return [...lead].reduce((w, c) => w + (c === '\u3000' ? 2 : c === '\t' ? 4 : 1), 0)
}

function splitLines(raw: string): Line[] {
  const text = raw.replace(INVISIBLE, '').replace(/\r\n?|[\u2028\u2029\u0085\v]/g, '\n')
  const pieces: { text: string; pageStart: boolean }[] = []
  for (const [i, page] of text.split('\f').entries()) {
    for (const [j, line] of page.split('\n').entries())
      pieces.push({ text: line, pageStart: i > 0 && j === 0 })
  }
  const margin = pieces.reduce(
    (min, p) => (p.text.trim() ? Math.min(min, leadingWidth(p.text)) : min),
    Number.POSITIVE_INFINITY
  )
  return pieces.map((p) => ({
    text: p.text.replace(/\u00a0/g, ' ').trim(),
    indented: p.text.trim() !== '' && leadingWidth(p.text) >= margin + 2,
    pageStart: p.pageStart
  }))
}

/** A page number; a bare number counts only when the words around it do not run into it. */
function isPageNumber(text: string, prev: string, next: string): boolean {
  if (!DECORATED_PAGE.test(text)) return false
  if (!BARE_NUMBER.test(text)) return true
  return !NUMBER_GOES_ON.test(next) && !NUMBER_CONTINUES.test(prev)
}

/** Drops page numbers and blank lines; a page boundary is remembered on the line after it. */
function dropPageNumbers(lines: Line[]): Line[] {
  const nextText: string[] = []
  let following = ''
  for (let i = lines.length - 1; i >= 0; i--) {
    nextText[i] = following
    if (lines[i]!.text) following = lines[i]!.text
  }
  const out: Line[] = []
  let boundary = false
  let prev = ''
  for (const [i, line] of lines.entries()) {
    if (line.pageStart) boundary = true
    if (!line.text) continue
    const isNumber = isPageNumber(line.text, prev, nextText[i]!)
    prev = line.text
    if (isNumber) {
      boundary = true
      continue
    }
    out.push({ ...line, pageStart: boundary })
    boundary = false
  }
  return out
}

function nearBoundary(lines: Line[], i: number): boolean {
  return !!(lines[i]?.pageStart || lines[i + 1]?.pageStart || lines[i - 1]?.pageStart)
}

/**
 * Running headers and footers: a short line repeated next to page boundaries, or repeated three
 * times or more. The letterhead (first occurrence away from a boundary) and the 署名 (followed by
 * the date) stay.
 */
function dropRepeatedHeaders(lines: Line[]): Line[] {
  const seen = new Map<string, number[]>()
  for (const [i, line] of lines.entries()) {
    const key = compact(line.text)
    if (visualWidth(key) > 30 || startsWithLabel(key)) continue
    const at = seen.get(key)
    if (at) at.push(i)
    else seen.set(key, [i])
  }
  const drop = new Set<number>()
  for (const [key, at] of seen) {
    if (at.length < 2) continue
    const often = at.length >= 3 && visualWidth(key) >= 4 && !/[：:]/.test(key)
    for (const [n, i] of at.entries()) {
      const signature = lines[i + 1] !== undefined && dateOnly(lines[i + 1]!.text) !== null
      if (!signature && (nearBoundary(lines, i) || (often && n > 0))) drop.add(i)
    }
  }
  return lines.filter((_, i) => !drop.has(i))
}

function isTitleLine(s: string): boolean {
  const c = compact(s)
  return hasItemReference(c) && endsTitle(c)
}

/** A table row, a 文号 line or a web label line: a line of its own, never part of a paragraph. */
function standsAlone(s: string): boolean {
  return /\t|^[|｜]|[|｜]$/.test(s) || DOC_NUMBER_FIRST.test(compact(s))
}

const DOC_NUMBER_FIRST = /^[\p{Script=Han}]{1,8}[〔［[【(（][0-9０-９]{4}[〕］\]】)）]/u

// Past this length a paragraph is body text: the label, heading, title and date tests are for short
// lines, and skipping them keeps joining linear on huge inputs.
const SHORT_LINE = 200

function canContinue(line: string): boolean {
  if (line.length > SHORT_LINE) return !TERMINAL.test(stripBold(line.slice(-8)).trimEnd())
  const s = stripBold(line).trimEnd()
  return (
    !TERMINAL.test(s) &&
    !standsAlone(s) &&
    visualWidth(s) >= 16 &&
    !isHeadingLine(s) &&
    !startsWithLabel(s) &&
    !isTitleLine(s) &&
    dateOnly(s) === null
  )
}

function startsBlock(line: Line, after: Line | undefined): boolean {
  const s = stripBold(line.text)
  const c = compact(s)
  return (
    line.indented ||
    standsAlone(line.text) ||
    headingLevel(s) !== null ||
    startsWithLabel(s) ||
    dateOnly(s) !== null ||
    ADDRESSEE.test(c) ||
    (isOrganName(c) && (!after || dateOnly(after.text) !== null || startsWithLabel(after.text)))
  )
}

function glue(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b
}

/** Paragraphs, one per line, with ** bold markers kept. */
export function cleanLines(raw: string): string[] {
  const lines = dropRepeatedHeaders(dropPageNumbers(splitLines(raw))).map((l) => ({
    ...l,
    text: normaliseSpacedLabels(l.text)
  }))
  const out: string[] = []
  for (const [i, line] of lines.entries()) {
    const last = out[out.length - 1]
    if (last !== undefined && canContinue(last) && !startsBlock(line, lines[i + 1])) {
      out[out.length - 1] = glue(last, line.text)
    } else {
      out.push(line.text)
    }
  }
  return out
}

/** The cleaned text: paragraphs separated by single line breaks, bold markers removed. */
export function cleanText(raw: string): string {
  return cleanLines(raw).map(stripBold).join('\n')
}
