import type { ProofDoc } from '../document'
import { at, type Rule } from '../rule'
import type { Finding } from '../types'

// Matched over the whole text, not per line: extracted text breaks paragraphs at page ends, so a
// quotation may open on one line and close on the next. Half-width brackets close full-width ones
// here; the half-width rule reports them separately.

type Pair = { open: string; close: string; name: string }

const PAIRS: Pair[] = [
  { open: '“', close: '”', name: '引号' },
  { open: '《', close: '》', name: '书名号' },
  { open: '（', close: '）', name: '括号' }
]
const OPENERS: Record<string, number> = { '“': 0, '《': 1, '（': 2, '(': 2 }
const CLOSERS: Record<string, number> = { '”': 0, '》': 1, '）': 2, ')': 2 }
const MARKS = /[“”《》（）()]/g
const LIST_MARKER = /^[0-9a-zA-Z一二三四五六七八九十]{1,3}$/

/** 1） a） at the start of a line are list markers, not stray closing brackets. */
function isListMarker(doc: ProofDoc, i: number): boolean {
  let s = i
  while (s > 0 && i - s < 4 && doc.text[s - 1] !== '\n' && doc.text[s - 1] !== '\r') s--
  return (
    (s === 0 || doc.text[s - 1] === '\n' || doc.text[s - 1] === '\r') &&
    LIST_MARKER.test(doc.text.slice(s, i).trim())
  )
}

export const unmatchedPairs: Rule = {
  id: 'unmatched-pairs',
  title: '引号、书名号、括号不成对',
  severity: 'error',
  check(doc) {
    const stacks: number[][] = [[], [], []]
    const out: Finding[] = []
    const text = doc.text
    for (const m of text.matchAll(MARKS)) {
      const i = m.index
      const c = m[0]
      const opened = OPENERS[c]
      if (opened !== undefined) {
        stacks[opened]!.push(i)
        continue
      }
      const closed = CLOSERS[c]!
      if (stacks[closed]!.pop() !== undefined || isListMarker(doc, i)) continue
      const pair = PAIRS[closed]!
      out.push(
        at(
          unmatchedPairs,
          doc,
          i,
          i + 1,
          `“${c}”前面没有对应的“${pair.open}”，${pair.name}不成对，请补上或删去。`
        )
      )
    }
    stacks.forEach((stack, k) => {
      const pair = PAIRS[k]!
      for (const i of stack) {
        const c = text[i]!
        out.push(
          at(
            unmatchedPairs,
            doc,
            i,
            i + 1,
            `“${c}”后面没有对应的“${pair.close}”，${pair.name}不成对，请补上或删去。`
          )
        )
      }
    })
    return out
  }
}
