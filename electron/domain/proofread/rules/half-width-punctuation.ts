import { isChinese, isDigit, isHan, isLatin, isSpace } from '../chars'
import type { Paragraph, ProofDoc } from '../document'
import { at, type Rule } from '../rule'
import type { Finding } from '../types'

// Half-width marks typed with the input method in English mode. A mark counts as misplaced when
// it follows Chinese text, or leads into Chinese text from nothing alphanumeric; 10:30, 1,000 and
// CT,DR stay as they are.

const FULL: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '.': '。',
  '(': '（',
  ')': '）'
}
const HALF_WIDTH = /[,;:?!.()]/
const HALF_WIDTH_ALL = /\.+|[,;:?!()]/g
const HAN = /\p{Script=Han}/u
const MAX_PAIR = 40

function before(text: string, p: Paragraph, i: number): string | undefined {
  let j = i - 1
  while (j >= p.start && isSpace(text[j])) j--
  return j >= p.start ? text[j] : undefined
}

function after(text: string, p: Paragraph, i: number): string | undefined {
  let j = i + 1
  while (j < p.end && isSpace(text[j])) j++
  return j < p.end ? text[j] : undefined
}

function isAlnum(c: string | undefined): boolean {
  return isDigit(c) || isLatin(c)
}

function inChinese(prev: string | undefined, next: string | undefined): boolean {
  if (isDigit(prev) && isDigit(next)) return false
  return isChinese(prev) || (isChinese(next) && !isAlnum(prev))
}

function message(written: string, fix: string): string {
  return `中文行文中应使用全角标点，请将“${written}”改为“${fix}”。`
}

function closingParen(text: string, p: Paragraph, open: number): number {
  for (let j = open + 1; j < p.end && j <= open + MAX_PAIR; j++) {
    const c = text[j]
    if (c === ')') return j
    if (c === '(' || c === '（' || c === '）') return -1
  }
  return -1
}

function scan(doc: ProofDoc, p: Paragraph, out: Finding[]) {
  const text = doc.text
  let skipTo = -1
  for (const m of p.text.matchAll(HALF_WIDTH_ALL)) {
    const i = p.start + m.index
    if (i < skipTo) continue
    const c = m[0][0]!
    const prev = before(text, p, i)
    const next = after(text, p, i + m[0].length - 1)
    if (c === '.') {
      const dots = m[0].length
      if (isHan(prev) && (dots >= 3 || next === undefined || isChinese(next))) {
        const fix = dots >= 3 ? '……' : '。'
        out.push(at(halfWidthPunctuation, doc, i, i + dots, message(m[0], fix), fix))
      }
      continue
    }
    const close = c === '(' ? closingParen(text, p, i) : -1
    if (close !== -1) {
      skipTo = close + 1
      const inner = text.slice(i + 1, close)
      if (inChinese(prev, next) || isChinese(after(text, p, close)) || HAN.test(inner)) {
        out.push(
          at(
            halfWidthPunctuation,
            doc,
            i,
            close + 1,
            `中文行文中应使用全角括号，请写作“（${inner}）”。`,
            [
              { start: i, end: i + 1, replacement: '（' },
              { start: close, end: close + 1, replacement: '）' }
            ]
          )
        )
      }
      continue
    }
    const chinese = c === ')' ? isChinese(prev) || isChinese(next) : inChinese(prev, next)
    if (chinese) {
      out.push(at(halfWidthPunctuation, doc, i, i + 1, message(c, FULL[c]!), FULL[c]))
    }
  }
}

export const halfWidthPunctuation: Rule = {
  id: 'half-width-punctuation',
  title: '中文中的半角标点',
  severity: 'warning',
  yieldsTo: ['heading-sequence', 'doc-number-format'],
  check(doc) {
    const out: Finding[] = []
    for (const p of doc.paragraphs) if (HALF_WIDTH.test(p.text)) scan(doc, p, out)
    return out
  }
}
