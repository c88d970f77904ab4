import { isHan, normalize } from './search-text'

// Snippets are cut from the stored text rather than by FTS5's snippet(): the index holds bigrams,
// whose snippet would read 医保 保障 障体, and it is contentless anyway.

export const MARK_START = '\u0002'
export const MARK_END = '\u0003'

type Folded = { text: string; at: number[] }

/**
 * The text as the index sees it (normalised, whitespace dropped) with, for each folded character,
 * where it starts in the original, so a term split by a line break (医共\n体) is still found.
 */
function fold(text: string): Folded {
  let folded = ''
  const at: number[] = []
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!
    const ch = String.fromCodePoint(cp)
    const plain = isHan(cp) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39)
    const n = plain ? ch : normalize(ch).replace(/\s+/gu, '')
    for (const c of n) {
      folded += c
      for (let k = 0; k < c.length; k++) at.push(i)
    }
    i += ch.length
  }
  return { text: folded, at }
}

type Range = [number, number]

function occurrences(folded: Folded, terms: readonly string[], original: string): Range[] {
  const ranges: Range[] = []
  for (const term of terms) {
    if (!term) continue
    for (
      let i = folded.text.indexOf(term);
      i !== -1;
      i = folded.text.indexOf(term, i + term.length)
    ) {
      const last = folded.at[i + term.length - 1]!
      const end = last + String.fromCodePoint(original.codePointAt(last)!).length
      ranges.push([folded.at[i]!, end])
    }
  }
  ranges.sort((a, b) => a[0] - b[0])
  const merged: Range[] = []
  for (const r of ranges) {
    const prev = merged[merged.length - 1]
    if (prev && r[0] <= prev[1]) prev[1] = Math.max(prev[1], r[1])
    else merged.push([r[0], r[1]])
  }
  return merged
}

const SENTENCE_END = /[。；！？\n]/u

/**
 * About `width` characters around the first hit, every hit inside marked MARK_START…MARK_END, with
 * an ellipsis where text was cut. Without a hit (the match was in the title) the text's opening.
 */
export function buildSnippet(text: string, terms: readonly string[], width = 90): string {
  const ranges = occurrences(fold(text), terms, text)
  const first = ranges[0]
  let start = 0
  if (first) {
    start = Math.max(0, first[0] - Math.floor(width / 4))
    const lead = text.slice(start, first[0])
    const boundary = Array.from(lead).findLastIndex((c) => SENTENCE_END.test(c))
    if (boundary >= 0)
      start += Array.from(lead)
        .slice(0, boundary + 1)
        .join('').length
  }
  const end = Math.min(text.length, start + width)
  let out = ''
  let pos = start
  for (const [from, to] of ranges) {
    if (from >= end) break
    if (to <= start) continue
    const a = Math.max(from, start)
    const b = Math.min(to, end)
    out += text.slice(pos, a) + MARK_START + text.slice(a, b) + MARK_END
    pos = b
  }
  out += text.slice(pos, end)
  const flat = out.replace(/\s*\n\s*/g, ' ').trim()
  return (start > 0 ? '…' : '') + flat + (end < text.length ? '…' : '')
}
