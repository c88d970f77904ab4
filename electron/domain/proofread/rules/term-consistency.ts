import type { ProofDoc } from '../document'
import { at, type Rule } from '../rule'
import type { Finding } from '../types'

// One term written two ways in one document (医共体 / 医共同体). Titles quoted in 《》 are cited
// as published and are left alone.

type Range = { start: number; end: number }

function quotedTitles(text: string): Range[] {
  const out: Range[] = []
  let open = -1
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '《') open = i
    else if (text[i] === '》' && open !== -1) {
      out.push({ start: open, end: i + 1 })
      open = -1
    }
  }
  return out
}

function occurrences(text: string, term: string, skip: Range[]): number[] {
  const out: number[] = []
  if (!term) return out
  for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + term.length)) {
    const end = i + term.length
    if (!skip.some((r) => i < r.end && r.start < end)) out.push(i)
  }
  return out
}

function pairFindings(doc: ProofDoc, [preferred, variant]: [string, string], titles: Range[]) {
  const longer = preferred.length >= variant.length ? preferred : variant
  const shorter = longer === preferred ? variant : preferred
  const longerAt = occurrences(doc.text, longer, titles)
  const masked = [...titles, ...longerAt.map((i) => ({ start: i, end: i + longer.length }))]
  const shorterAt = occurrences(doc.text, shorter, masked)
  const [keep, change] = longer === preferred ? [longerAt, shorterAt] : [shorterAt, longerAt]
  if (keep.length === 0) return []
  return change.map((i): Finding =>
    at(
      termConsistency,
      doc,
      i,
      i + variant.length,
      `同一文件中“${preferred}”与“${variant}”混用，请统一写作“${preferred}”。`,
      preferred
    )
  )
}

export const termConsistency: Rule = {
  id: 'term-consistency',
  title: '同一术语写法不统一',
  severity: 'warning',
  check(doc) {
    const titles = quotedTitles(doc.text)
    return doc.termPairs.flatMap((pair) =>
      pair[0] && pair[1] && pair[0] !== pair[1] ? pairFindings(doc, pair, titles) : []
    )
  }
}
