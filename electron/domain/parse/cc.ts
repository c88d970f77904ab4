import { findDate } from './dates'
import { startsWithContactLabel } from './labels'
import { compact } from './text'

// 抄送 in the samples breaks strict 版记 syntax: copy counts (一式两份, （1份）) and a delivery
// note in parentheses follow the names. Only the names are kept.

const CC_START = /^抄\s*[送报]\s*[：:]\s*/
const COPIES = /[（(]?\s*(?:各|共)?\s*(?:一式)?\s*[0-9一二两三四五六七八九十]+\s*份\s*[）)]?/g
const SEPARATORS = /[，,、；;\n]+/

export function isCcLine(line: string): boolean {
  return CC_START.test(compact(line))
}

/** Parentheticals that are notes, not part of a name: copy counts, sentences, long remarks. */
function dropNotes(s: string): string {
  let out = s
  for (;;) {
    const next = out.replace(/[（(]([^（()）]*)[）)]/g, (whole, inner: string) =>
      /份|[，,。；;：:]|\d/.test(inner) || inner.length > 15 ? '' : whole
    )
    if (next === out) return out
    out = next
  }
}

const MAX_LINES = 20

function continues(previous: string, line: string): boolean {
  return !(
    /[。.]$/.test(previous) ||
    /印发/.test(line) ||
    isCcLine(line) ||
    startsWithContactLabel(line) ||
    findDate(line) ||
    line.length > 80
  )
}

/** The 抄送 names from the 抄送 line and the lines that continue it; `end` is the next line's index. */
export function readCc(lines: string[], at: number): { names: string[]; end: number } {
  const parts = [compact(lines[at]!).replace(CC_START, '')]
  let end = at + 1
  while (end < lines.length && parts.length < MAX_LINES) {
    const line = lines[end]!
    if (!continues(parts[parts.length - 1]!, line)) break
    parts.push(compact(line))
    end++
  }
  return { names: namesIn(parts.join('\n')), end }
}

function namesIn(text: string): string[] {
  return dropNotes(text)
    .replace(COPIES, '')
    .split(SEPARATORS)
    .map((name) => name.replace(/[。.\s]+$/g, '').trim())
    .filter((name) => name.length > 0)
}
