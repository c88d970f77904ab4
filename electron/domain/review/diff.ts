import { cleanupDiff } from './diff-cleanup'
import { myers } from './myers'

// Character-level diff for Chinese text: there are no spaces to diff words by, so the unit is the
// character (code point), and a cleanup pass turns the raw edit script into edits a reader takes
// in at a glance (see diff-cleanup.ts).

export type DiffOp = 'equal' | 'insert' | 'delete'
export type DiffSegment = { op: DiffOp; text: string }

/** Beyond this many edits in one block the two sides are shown as one replacement. */
const MAX_CHAR_EDITS = 1200
const MAX_LINE_EDITS = 2000
/** Longer texts are first compared paragraph by paragraph, then character by character inside. */
const LINE_MODE_CHARS = 2000

export function diffText(before: string, after: string): DiffSegment[] {
  if (before === after) return before ? [{ op: 'equal', text: before }] : []
  const a = Array.from(before)
  const b = Array.from(after)
  let prefix = 0
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++
  let suffix = 0
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++
  }
  const midA = a.slice(prefix, a.length - suffix)
  const midB = b.slice(prefix, b.length - suffix)
  const long = midA.length + midB.length > LINE_MODE_CHARS
  const middle = long ? diffLines(midA.join(''), midB.join('')) : diffChars(midA, midB)
  const segments: DiffSegment[] = [
    { op: 'equal', text: a.slice(0, prefix).join('') },
    ...middle,
    { op: 'equal', text: a.slice(a.length - suffix).join('') }
  ]
  return cleanupDiff(segments)
}

function diffChars(a: readonly string[], b: readonly string[]): DiffSegment[] {
  return diffTokens(a, b, MAX_CHAR_EDITS)
}

function diffTokens(a: readonly string[], b: readonly string[], maxEdits: number): DiffSegment[] {
  if (a.length === 0 || b.length === 0) return replacement(a.join(''), b.join(''))
  const ids = new Map<string, number>()
  const idOf = (token: string) => {
    let id = ids.get(token)
    if (id === undefined) ids.set(token, (id = ids.size))
    return id
  }
  const edits = myers(a.map(idOf), b.map(idOf), maxEdits)
  if (!edits) return replacement(a.join(''), b.join(''))
  return edits.map((e) => ({ op: e.op, text: (e.op === 'insert' ? b : a)[e.index]! }))
}

/** Paragraphs first, so long documents stay fast; each changed stretch is then diffed by character. */
function diffLines(before: string, after: string): DiffSegment[] {
  const lines = diffTokens(splitLines(before), splitLines(after), MAX_LINE_EDITS)
  const out: DiffSegment[] = []
  let deleted = ''
  let inserted = ''
  const flush = () => {
    if (deleted && inserted) {
      const chars = [Array.from(deleted), Array.from(inserted)] as const
      out.push(...diffChars(chars[0], chars[1]))
    } else out.push(...replacement(deleted, inserted))
    deleted = ''
    inserted = ''
  }
  for (const segment of lines) {
    if (segment.op === 'delete') deleted += segment.text
    else if (segment.op === 'insert') inserted += segment.text
    else {
      flush()
      out.push(segment)
    }
  }
  flush()
  return out
}

function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

function replacement(deleted: string, inserted: string): DiffSegment[] {
  const out: DiffSegment[] = []
  if (deleted) out.push({ op: 'delete', text: deleted })
  if (inserted) out.push({ op: 'insert', text: inserted })
  return out
}

export type DiffStats = { inserted: number; deleted: number }

export function diffStats(segments: readonly DiffSegment[]): DiffStats {
  const count = (op: DiffOp) =>
    segments.filter((s) => s.op === op).reduce((n, s) => n + Array.from(s.text).length, 0)
  return { inserted: count('insert'), deleted: count('delete') }
}

/** The text on one side of a diff: 'before' drops insertions, 'after' drops deletions. */
export function sideText(segments: readonly DiffSegment[], side: 'before' | 'after'): string {
  const skip: DiffOp = side === 'before' ? 'insert' : 'delete'
  return segments
    .filter((s) => s.op !== skip)
    .map((s) => s.text)
    .join('')
}
