import { bodyText } from '../body'
import { bodyFromEditorState } from '../lexical-body'

// Comments are anchored by the ids stored in the serialized MarkNodes (`{type:'mark', ids}`), never
// by node keys, which Lexical regenerates on every load. To find where each mark sits in the body's
// plain text we tag the marked text nodes with private-use sentinels, run the same converter the
// export uses, and read the offsets back: the positions then agree with bodyText by construction.

export type CommentAnchor = {
  id: string
  /** UTF-16 offsets into bodyText of the body, as the export sees it. */
  start: number
  end: number
  quote: string
  /** How many times the quote occurs earlier in the body text: finds it again in the export. */
  occurrence: number
}

const OPEN = '\uE000'
const CLOSE = '\uE001'
const END = '\uE002'
const SENTINELS = /[\uE000-\uE002]/g

type JsonNode = { type?: unknown; text?: unknown; ids?: unknown; children?: unknown }

function tag(node: JsonNode, active: readonly string[], tags: string[][]): JsonNode {
  if (node.type === 'text' && typeof node.text === 'string') {
    const text = node.text.replace(SENTINELS, '')
    if (active.length === 0) return { ...node, text }
    tags.push([...active])
    return { ...node, text: `${OPEN}${tags.length - 1}${CLOSE}${text}${END}` }
  }
  const ids =
    node.type === 'mark' && Array.isArray(node.ids)
      ? node.ids.filter((id): id is string => typeof id === 'string')
      : []
  const children = Array.isArray(node.children) ? (node.children as JsonNode[]) : null
  if (!children) return node
  const inner = ids.length ? [...active, ...ids] : active
  return { ...node, children: children.map((c) => tag(c, inner, tags)) }
}

/** Every comment id marked in the body, with its range and quoted text, in document order. */
export function commentAnchors(state: unknown): CommentAnchor[] {
  const root = (state as { root?: JsonNode } | null)?.root
  if (!root) return []
  const tags: string[][] = []
  const tagged = { root: tag(root, [], tags) }
  const raw = bodyText(bodyFromEditorState(tagged))
  const ranges = new Map<string, { start: number; end: number }>()
  let clean = ''
  let i = 0
  while (i < raw.length) {
    if (raw[i] !== OPEN) {
      clean += raw[i]
      i++
      continue
    }
    const close = raw.indexOf(CLOSE, i)
    const end = raw.indexOf(END, close)
    const ids = tags[Number(raw.slice(i + 1, close))] ?? []
    const start = clean.length
    clean += raw.slice(close + 1, end)
    for (const id of ids) {
      const range = ranges.get(id)
      if (range) range.end = clean.length
      else ranges.set(id, { start, end: clean.length })
    }
    i = end + 1
  }
  return [...ranges].map(([id, { start, end }]) => {
    const quote = clean.slice(start, end)
    return { id, start, end, quote, occurrence: occurrencesBefore(clean, quote, start) }
  })
}

function occurrencesBefore(text: string, quote: string, before: number): number {
  if (!quote) return 0
  let count = 0
  for (let at = text.indexOf(quote); at !== -1 && at < before; at = text.indexOf(quote, at + 1))
    count++
  return count
}
