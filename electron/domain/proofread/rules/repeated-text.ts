import { isHan, isSpace } from '../chars'
import type { ProofDoc } from '../document'
import { at, type Rule } from '../rule'
import type { Finding } from '../types'

// A sentence printed twice is the commonest slip of copy and paste. Short formulas (一是建机制。)
// repeat on purpose, so only complete sentences with some substance count.

const MIN_HAN = 8
const SPACES = /[ \t\u00a0\u3000]/
const SPACES_ALL = /[ \t\u00a0\u3000]+/g
const SENTENCE_END = /[。！？!?][”’）)」』]*/g
/** Lines cut at a page end and names that recur (letterhead and signature) are not sentences. */
const COMPLETE = /[。！？!?][”’）)」』]*$/

type Span = { start: number; end: number; key: string }

function sentences(doc: ProofDoc): Span[] {
  const out: Span[] = []
  for (const p of doc.paragraphs) {
    let s = p.start
    for (const m of p.text.matchAll(SENTENCE_END)) {
      const e = p.start + m.index + m[0].length
      push(out, doc.text, s, e)
      s = e
    }
    push(out, doc.text, s, p.end)
  }
  return out
}

function push(out: Span[], text: string, start: number, end: number) {
  let s = start
  while (s < end && isSpace(text[s])) s++
  const raw = text.slice(s, end)
  const key = SPACES.test(raw) ? raw.replace(SPACES_ALL, '') : raw
  if (key.length >= MIN_HAN && COMPLETE.test(key) && hanCount(key) >= MIN_HAN) {
    out.push({ start: s, end, key })
  }
}

function hanCount(s: string): number {
  let n = 0
  for (let i = 0; i < s.length && n < MIN_HAN; i++) if (isHan(s[i])) n++
  return n
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (!isSpace(text[i]) && text[i] !== '\n' && text[i] !== '\r') return false
  return true
}

export const repeatedText: Rule = {
  id: 'repeated-text',
  title: '重复的句子或段落',
  severity: 'error',
  check(doc) {
    const seen = new Set<string>()
    const repeats: { start: number; end: number }[] = []
    for (const s of sentences(doc)) {
      if (!seen.has(s.key)) {
        seen.add(s.key)
        continue
      }
      const last = repeats[repeats.length - 1]
      if (last && onlySpaceBetween(doc.text, last.end, s.start)) last.end = s.end
      else repeats.push({ start: s.start, end: s.end })
    }
    return repeats.map((r): Finding =>
      at(repeatedText, doc, r.start, r.end, '这段文字与前文完全相同，属重复内容，请删去其中一处。')
    )
  }
}
