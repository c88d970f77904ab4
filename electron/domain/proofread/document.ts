import type { ReplyFields, ReplyKind } from '../reply'
import { isSpace } from './chars'
import { DEFAULT_TERM_PAIRS } from './terms'
import type { ProofreadInput } from './types'

// One pass over the text that every rule shares: the non-blank lines with their offsets, and
// where the parts of a reply are (title, salutation, body, signature and contact block, 抄送).
// A draft's text is only its body, so each part may be missing; fields fill in what is known.

export type Paragraph = {
  index: number
  /** offset of the first non-space character */
  start: number
  /** offset just after the last non-space character */
  end: number
  text: string
}

export type ProofDoc = {
  text: string
  paragraphs: Paragraph[]
  fields: Partial<ReplyFields>
  termPairs: [string, string][]
  today: string | null
  requiredFields: (keyof ReplyFields)[]
  /** a reply (or a draft with fields) rather than some other document */
  reply: boolean
  kind: ReplyKind | null
  /** paragraphs above the title: letterhead, 文号, class and 公开 marks */
  header: Paragraph[]
  /** the title's lines; a long title is broken over two or three */
  title: Paragraph[]
  salutation: Paragraph | null
  /** from the salutation to the signature, contact block or 抄送 */
  body: Paragraph[]
  tail: Paragraph[]
  /** the 抄送 block, continuation lines included */
  cc: Paragraph[]
}

const LINE_BREAK = /\r\n|[\n\r\f\v\u2028\u2029]/g
const TITLE = /(?:建议|提案|议案|意见)\s*的\s*[答回]\s*复\s*$|^(?:关于|对).{0,80}[答回]\s*复\s*$/
const SALUTATION = /^(?:尊敬的)?[^\s，。、；：:！？!?“”《》（）()]{2,40}[：:](?:您好[！!。]?)?$/
const NOT_SALUTATION =
  /^(?:抄\s*送|主\s*送|附\s*件|联系|经\s*办|主管|分管|承办|电话|邮政|地址|类别)/
const TITLE_WITHIN = 12
const TITLE_LINES = 3
const TITLE_MAX = 120
const OPENING = /收悉|答复如下|回复如下|现答复|现将.{0,20}答复/
const TAIL_MARK =
  /^[（(]?(?:抄\s*送|印\s*发|主管领导|分管领导|承办负责人|承办人|经\s*办\s*人|联\s*系\s*人|联系电话|邮政编码)/
const DATE_LINE =
  /^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$/
const CC_START = /^抄\s*送\s*[：:]/
const CC_END = /^(?:印\s*发|主\s*送|附\s*件|联系|经\s*办|主管|承办)|印发$/
// The kind comes from the item reference (第17号建议) and the word before 收悉; a cited title
// (《关于…的建议》) says nothing, since 政协 members often title their 提案 “…的建议”.
const KIND_REFERENCE =
  /第\s*\S{1,8}\s*号\s*(?:代表|委员)?\s*(建议|提案|议案)|(建议|提案|议案)\s*第\s*\S{1,8}\s*号/
const KIND_RECEIVED = /(建议|提案)\s*(?:已)?\s*(?:收悉|收到)/
const KIND_BODY = /(政协|委员)|(人大|代表)/

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = []
  let lineStart = 0
  const push = (lineEnd: number) => {
    let s = lineStart
    let e = lineEnd
    while (s < e && isSpace(text[s])) s++
    while (e > s && isSpace(text[e - 1])) e--
    if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) })
  }
  for (const m of text.matchAll(LINE_BREAK)) {
    push(m.index)
    lineStart = m.index + m[0].length
  }
  push(text.length)
  return out
}

export function isDateLine(p: Paragraph): boolean {
  return DATE_LINE.test(p.text)
}

function firstMatch(ps: Paragraph[], from: number, to: number, test: (p: Paragraph) => boolean) {
  for (let i = from; i < Math.min(to, ps.length); i++) if (test(ps[i]!)) return ps[i]!
  return null
}

function isSignatureLine(p: Paragraph | undefined): boolean {
  return !!p && p.text.length <= 30 && !/[，。；：、,.;:]/.test(p.text)
}

function tailStart(ps: Paragraph[], from: number): number {
  const mark = firstMatch(ps, from, ps.length, (p) => TAIL_MARK.test(p.text) || isDateLine(p))
  if (!mark) return ps.length
  const before = ps[mark.index - 1]
  return isDateLine(mark) && before && before.index >= from && isSignatureLine(before)
    ? before.index
    : mark.index
}

function ccBlock(ps: Paragraph[]): Paragraph[] {
  const first = ps.find((p) => CC_START.test(p.text))
  if (!first) return []
  const block = [first]
  for (let i = first.index + 1; i < ps.length && block.length < 5; i++) {
    const p = ps[i]!
    const last = block[block.length - 1]!
    if (last.text.endsWith('。') || CC_END.test(p.text) || isDateLine(p) || p.text.length > 80)
      break
    block.push(p)
  }
  return block
}

/** The first line that ends a title, with as few lines before it as make the title read whole. */
function findTitle(ps: Paragraph[]): Paragraph[] {
  for (let last = 0; last < Math.min(ps.length, TITLE_WITHIN); last++) {
    let text = ''
    for (let first = last; first >= 0 && first > last - TITLE_LINES; first--) {
      text = ps[first]!.text + text
      if (text.length > TITLE_MAX) break
      if (TITLE.test(text)) return ps.slice(first, last + 1)
    }
  }
  return []
}

function kindOf(
  fields: Partial<ReplyFields>,
  title: Paragraph[],
  opening: Paragraph[]
): ReplyKind | null {
  if (fields.kind) return fields.kind
  const kind = (word: string) => (word === '提案' ? '提案' : '建议')
  const head = [...title, ...opening].map((p) => p.text.replace(/《[^》]*》/g, '《》'))
  for (const re of [KIND_REFERENCE, KIND_RECEIVED]) {
    for (const text of head) {
      const m = re.exec(text)
      if (m) return kind(m[1] ?? m[2]!)
    }
  }
  const m = KIND_BODY.exec(head.join(''))
  return m ? (m[1] ? '提案' : '建议') : null
}

export function analyze(input: ProofreadInput): ProofDoc {
  const text = input.text
  const fields = input.fields ?? {}
  const hasFields = Object.keys(fields).length > 0
  const ps = splitParagraphs(text)
  const title = findTitle(ps)
  const from = title.length > 0 ? title[title.length - 1]!.index + 1 : 0
  const salutation = firstMatch(
    ps,
    from,
    from + 6,
    (p) => SALUTATION.test(p.text) && !NOT_SALUTATION.test(p.text)
  )
  const bodyStart = salutation ? salutation.index + 1 : from
  const opening = ps.slice(bodyStart, bodyStart + 3)
  const reply =
    hasFields || title.length > 0 || (!!salutation && opening.some((p) => OPENING.test(p.text)))
  const bodyEnd = reply ? tailStart(ps, bodyStart) : ps.length
  const top = title[0] ?? salutation
  return {
    text,
    paragraphs: ps,
    fields,
    termPairs: input.options?.termPairs ?? DEFAULT_TERM_PAIRS,
    today: input.options?.today ?? null,
    requiredFields: input.options?.requiredFields ?? [],
    reply,
    kind: reply ? kindOf(fields, title, opening) : null,
    header: reply && top ? ps.slice(0, top.index) : [],
    title,
    salutation: reply ? salutation : null,
    body: ps.slice(reply ? bodyStart : 0, bodyEnd),
    tail: ps.slice(bodyEnd),
    cc: ccBlock(ps)
  }
}
