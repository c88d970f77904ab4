import { MARK_END, MARK_START } from '../domain/search-marks'
import { isHan, normalize } from './search-text'

// Snippets are cut from the stored text rather than by FTS5's snippet(): the index holds bigrams,
// whose snippet would read 医保 保障 障体, and it is contentless anyway.

type Folded = { text: string; at: number[] }

/** Letters and digits as the index sees them (Ａ → a, ２ → 2); other characters as they are. */
function foldChar(cp: number, ch: string): string {
  if (cp <= 0x20) return ''
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? ch.toLowerCase() : ch
  if (isHan(cp)) return ch
  if (/\s/u.test(ch)) return ''
  return /[\p{L}\p{N}]/u.test(ch) ? normalize(ch) : ch
}

/**
 * `text` folded the way the index reads it, without whitespace, and for each folded character
 * where it starts in `text`, so a term split by a line break (医共\n体) is still found.
 */
function fold(text: string): Folded {
  let folded = ''
  const at: number[] = []
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!
    const ch = String.fromCodePoint(cp)
    for (const c of foldChar(cp, ch)) {
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

const SENTENCE_ENDS = ['。', '；', '！', '？', '\n']

/** Where the first term appears verbatim, to fold only the text around it; -1 if none does. */
function firstVerbatim(text: string, terms: readonly string[]): number {
  let first = -1
  for (const term of terms) {
    const at = term ? text.indexOf(term) : -1
    if (at !== -1 && (first === -1 || at < first)) first = at
  }
  return first
}

/**
 * About `width` characters around the first hit, every hit inside marked MARK_START…MARK_END, with
 * an ellipsis where text was cut. Without a hit (the match was in the title) the text's opening.
 */
export function buildSnippet(text: string, terms: readonly string[], width = 90): string {
  const anchor = firstVerbatim(text, terms)
  const from = anchor === -1 ? 0 : Math.max(0, anchor - width)
  const region = anchor === -1 ? text : text.slice(from, anchor + 2 * width)
  const ranges = occurrences(fold(region), terms, region).map(([a, b]): Range => [
    a + from,
    b + from
  ])
  const first = ranges[0]
  let start = 0
  if (first) {
    start = Math.max(0, first[0] - Math.floor(width / 4))
    const lead = text.slice(start, first[0])
    const boundary = Math.max(...Array.from(SENTENCE_ENDS, (c) => lead.lastIndexOf(c)))
    if (boundary >= 0) start += boundary + 1
  }
  const end = Math.min(text.length, start + width)
  let out = ''
  let pos = start
  for (const [a, b] of ranges) {
    if (a >= end) break
    if (b <= start) continue
    const markFrom = Math.max(a, start)
    const markTo = Math.min(b, end)
    out += text.slice(pos, markFrom) + MARK_START + text.slice(markFrom, markTo) + MARK_END
    pos = markTo
  }
  out += text.slice(pos, end)
  const flat = out.replace(/\s*\n\s*/g, ' ').trim()
  return (start > 0 ? '…' : '') + flat + (end < text.length ? '…' : '')
}
