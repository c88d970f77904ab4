// The small pattern language of template and profile files:
//   {name}        a placeholder, filled from the reply's fields
//   [ … ]         an optional part, written only when every placeholder inside it has a value
// A placeholder outside any [ … ] is required: when it has no value the text keeps a visible mark
// and export is blocked.

type Part = { slot: string } | { text: string }
type Segment = { optional: boolean; parts: Part[] }

export type PatternError = { message: string }

function parseSegments(pattern: string): Segment[] | PatternError {
  const segments: Segment[] = []
  let current: Segment = { optional: false, parts: [] }
  let i = 0
  const flush = (optional: boolean) => {
    if (current.parts.length) segments.push(current)
    current = { optional, parts: [] }
  }
  while (i < pattern.length) {
    const ch = pattern[i]!
    if (ch === '[') {
      if (current.optional) return { message: '可选部分“[ ]”不能嵌套' }
      flush(true)
      i++
    } else if (ch === ']') {
      if (!current.optional) return { message: '多了一个“]”，没有与之配对的“[”' }
      if (!current.parts.some((p) => 'slot' in p)) {
        return { message: '可选部分“[ ]”里至少要有一个占位符，如“[，联系电话：{leader_phone}]”' }
      }
      flush(false)
      i++
    } else if (ch === '{') {
      const end = pattern.indexOf('}', i)
      if (end === -1) return { message: '占位符缺少“}”' }
      const name = pattern.slice(i + 1, end).trim()
      if (!/^[a-z_]+$/.test(name)) return { message: `占位符“{${name}}”的名称无效` }
      current.parts.push({ slot: name })
      i = end + 1
    } else if (ch === '}') {
      return { message: '多了一个“}”，没有与之配对的“{”' }
    } else {
      const next = pattern.slice(i).search(/[[\]{}]/)
      const text = next === -1 ? pattern.slice(i) : pattern.slice(i, i + next)
      current.parts.push({ text })
      i += text.length
    }
  }
  if (current.optional) return { message: '可选部分缺少“]”' }
  flush(false)
  return segments
}

/** A problem with the pattern (syntax or unknown placeholder), in Chinese; null when it is fine. */
export function patternProblem(pattern: string, known: ReadonlySet<string>): string | null {
  const segments = parseSegments(pattern)
  if (!Array.isArray(segments)) return segments.message
  for (const seg of segments) {
    for (const part of seg.parts) {
      if ('slot' in part && !known.has(part.slot)) {
        return `不认识的占位符“{${part.slot}}”，可用的有：${[...known].map((k) => `{${k}}`).join(' ')}`
      }
    }
  }
  return null
}

export type Rendered = { text: string; missing: string[] }

/**
 * Fills a pattern. `value` returns '' for an empty placeholder; `blank` gives the visible mark
 * left in place of a required one.
 */
export function renderPattern(
  pattern: string,
  value: (name: string) => string,
  blank: (name: string) => string
): Rendered {
  const segments = parseSegments(pattern)
  if (!Array.isArray(segments)) return { text: pattern, missing: [] }
  const missing: string[] = []
  let text = ''
  for (const seg of segments) {
    const slots = seg.parts.flatMap((p) => ('slot' in p ? [p.slot] : []))
    if (seg.optional && slots.some((s) => value(s) === '')) continue
    for (const part of seg.parts) {
      if ('text' in part) {
        text += part.text
        continue
      }
      const v = value(part.slot)
      if (v === '') {
        missing.push(part.slot)
        text += blank(part.slot)
      } else {
        text += v
      }
    }
  }
  return { text, missing }
}
