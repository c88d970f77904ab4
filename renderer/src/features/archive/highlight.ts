import {
  MARK_END as CLOSE,
  MARK_START as OPEN,
  QUERY_SEPARATORS
} from '../../../../electron/domain/search-marks'

export type TextPart = { text: string; hit: boolean }

/** Splits a search snippet whose hits are wrapped in MARK_START … MARK_END. */
export function snippetParts(snippet: string): TextPart[] {
  const parts: TextPart[] = []
  const push = (text: string, hit: boolean) => {
    if (text) parts.push({ text, hit })
  }
  snippet.split(OPEN).forEach((chunk, i) => {
    if (i === 0) return push(chunk.replaceAll(CLOSE, ''), false)
    const end = chunk.indexOf(CLOSE)
    if (end < 0) return push(chunk, false)
    push(chunk.slice(0, end), true)
    push(chunk.slice(end + 1).replaceAll(CLOSE, ''), false)
  })
  return parts
}

/** The words of a query, as the archive's search splits them: on spaces and quotes. */
export function queryWords(query: string): string[] {
  return query
    .split(QUERY_SEPARATORS)
    .map((w) => w.trim())
    .filter((w) => w.length > 0)
}

/** Marks every occurrence of the given words in a text, longest word first where they overlap. */
export function termParts(text: string, words: readonly string[]): TextPart[] {
  const sorted = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length)
  if (sorted.length === 0) return text ? [{ text, hit: false }] : []
  const parts: TextPart[] = []
  let plain = ''
  for (let i = 0; i < text.length;) {
    const word = sorted.find((w) => text.startsWith(w, i))
    if (!word) {
      plain += text[i]
      i += 1
      continue
    }
    if (plain) parts.push({ text: plain, hit: false })
    plain = ''
    parts.push({ text: word, hit: true })
    i += word.length
  }
  if (plain) parts.push({ text: plain, hit: false })
  return parts
}
