import type { DiffSegment } from './diff'

// Turns a minimal edit script into one a reader takes in at a glance, after diff-match-patch's
// semantic cleanup: a character that two rewrites happen to share (的, 和, 。) is folded into the
// rewrite instead of splitting it, and an edit that could sit in several places is slid to where it
// starts and ends at Chinese punctuation or a paragraph break.

const length = (s: string) => Array.from(s).length

const MAX_OVERLAP = 500

export function cleanupDiff(segments: readonly DiffSegment[]): DiffSegment[] {
  let diffs = merge(segments)
  if (eliminateShortEqualities(diffs)) diffs = merge(diffs)
  diffs = merge(alignToPunctuation(diffs))
  return merge(eliminateOverlaps(diffs))
}

/** Joins neighbours of one kind, puts each deletion before its insertion, drops empty segments. */
function merge(segments: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = []
  const pushEqual = (text: string) => {
    if (!text) return
    const last = out[out.length - 1]
    if (last?.op === 'equal') last.text += text
    else out.push({ op: 'equal', text })
  }
  let deleted = ''
  let inserted = ''
  const flush = () => {
    let tail = ''
    if (deleted && inserted) {
      const [del, ins] = [Array.from(deleted), Array.from(inserted)]
      let p = 0
      while (p < del.length && p < ins.length && del[p] === ins[p]) p++
      let s = 0
      while (
        s < del.length - p &&
        s < ins.length - p &&
        del[del.length - 1 - s] === ins[ins.length - 1 - s]
      )
        s++
      pushEqual(del.slice(0, p).join(''))
      tail = del.slice(del.length - s).join('')
      deleted = del.slice(p, del.length - s).join('')
      inserted = ins.slice(p, ins.length - s).join('')
    }
    if (deleted) out.push({ op: 'delete', text: deleted })
    if (inserted) out.push({ op: 'insert', text: inserted })
    pushEqual(tail)
    deleted = ''
    inserted = ''
  }
  for (const s of segments) {
    if (s.op === 'delete') deleted += s.text
    else if (s.op === 'insert') inserted += s.text
    else {
      flush()
      pushEqual(s.text)
    }
  }
  flush()
  return out
}

/** An equality no longer than the edits on both sides of it becomes part of those edits. */
function eliminateShortEqualities(diffs: DiffSegment[]): boolean {
  let changed = false
  const equalities: number[] = []
  let lastEquality: string | null = null
  let [insBefore, delBefore, insAfter, delAfter] = [0, 0, 0, 0]
  for (let i = 0; i < diffs.length; i++) {
    const d = diffs[i]!
    if (d.op === 'equal') {
      equalities.push(i)
      ;[insBefore, delBefore, insAfter, delAfter] = [insAfter, delAfter, 0, 0]
      lastEquality = d.text
      continue
    }
    if (d.op === 'insert') insAfter += length(d.text)
    else delAfter += length(d.text)
    if (
      lastEquality !== null &&
      length(lastEquality) <= Math.max(insBefore, delBefore) &&
      length(lastEquality) <= Math.max(insAfter, delAfter)
    ) {
      const at = equalities.pop()!
      diffs.splice(
        at,
        1,
        { op: 'delete', text: lastEquality },
        { op: 'insert', text: lastEquality }
      )
      // The equality before this one may now be short enough too: rescan from it.
      equalities.pop()
      i = equalities.length > 0 ? equalities[equalities.length - 1]! : -1
      ;[insBefore, delBefore, insAfter, delAfter] = [0, 0, 0, 0]
      lastEquality = null
      changed = true
    }
  }
  return changed
}

const SENTENCE_END = /[。！？；!?;]/u
const CLAUSE_END = /[，、：,:]/u
const OPENING = /[（“‘《【〔(]/u
const CLOSING = /[）”’》】〕)]/u
const HAN = /\p{Script=Han}/u

/** How natural a cut between two characters is; undefined is the edge of the text. */
function boundaryScore(before: string | undefined, after: string | undefined): number {
  if (before === undefined || after === undefined) return 6
  if (before === '\n' || after === '\n') return 5
  if (SENTENCE_END.test(before)) return 4
  if (CLAUSE_END.test(before) || OPENING.test(after) || CLOSING.test(before)) return 3
  if (HAN.test(before) !== HAN.test(after)) return 1
  return 0
}

/** Slides each lone insertion or deletion along its surroundings to the most natural cut. */
function alignToPunctuation(input: readonly DiffSegment[]): DiffSegment[] {
  const diffs = input.map((d) => ({ ...d }))
  for (let i = 1; i < diffs.length - 1; i++) {
    const [prev, edit, next] = [diffs[i - 1]!, diffs[i]!, diffs[i + 1]!]
    if (prev.op !== 'equal' || next.op !== 'equal' || edit.op === 'equal') continue
    // The edit is a window over its side's text; moving it one character keeps that text intact
    // when the character leaving the window equals the one entering it.
    const all = [...Array.from(prev.text), ...Array.from(edit.text), ...Array.from(next.text)]
    const size = Array.from(edit.text).length
    let start = all.length - size - Array.from(next.text).length
    while (start > 0 && all[start - 1] === all[start + size - 1]) start--
    const score = (at: number) =>
      boundaryScore(all[at - 1], all[at]) + boundaryScore(all[at + size - 1], all[at + size])
    let best = start
    let bestScore = score(start)
    while (start + size < all.length && all[start] === all[start + size]) {
      start++
      const s = score(start)
      if (s >= bestScore) [best, bestScore] = [start, s]
    }
    prev.text = all.slice(0, best).join('')
    edit.text = all.slice(best, best + size).join('')
    next.text = all.slice(best + size).join('')
  }
  return diffs.filter((d) => d.text !== '')
}

/** A deletion whose end is the start of the following insertion keeps the shared part as equal. */
function eliminateOverlaps(input: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = []
  for (let i = 0; i < input.length; i++) {
    const d = input[i]!
    const next = input[i + 1]
    if (d.op !== 'delete' || next?.op !== 'insert') {
      out.push(d)
      continue
    }
    const del = Array.from(d.text)
    const ins = Array.from(next.text)
    const forward = overlap(del, ins)
    const backward = overlap(ins, del)
    const half = (n: number) => n >= del.length / 2 || n >= ins.length / 2
    if (forward >= backward && forward > 0 && half(forward)) {
      out.push(
        { op: 'delete', text: del.slice(0, del.length - forward).join('') },
        { op: 'equal', text: ins.slice(0, forward).join('') },
        { op: 'insert', text: ins.slice(forward).join('') }
      )
    } else if (backward > forward && half(backward)) {
      out.push(
        { op: 'insert', text: ins.slice(0, ins.length - backward).join('') },
        { op: 'equal', text: del.slice(0, backward).join('') },
        { op: 'delete', text: del.slice(backward).join('') }
      )
    } else out.push(d, next)
    i++
  }
  return out.filter((d) => d.text !== '')
}

/** Length of the longest suffix of a that is a prefix of b, looked for up to MAX_OVERLAP. */
function overlap(a: readonly string[], b: readonly string[]): number {
  for (let n = Math.min(a.length, b.length, MAX_OVERLAP); n > 0; n--) {
    if (a[a.length - n] !== b[0]) continue
    let same = true
    for (let j = 0; j < n && same; j++) same = a[a.length - n + j] === b[j]
    if (same) return n
  }
  return 0
}
