import type { QueryTerm } from './search-text'

// BM25F over two fields: the short fields (title, subject, people, session…) weigh more than the
// body, because a reply whose title names the term is about it. Parameters are the usual ones.
const K1 = 1.2
const B = 0.75
const HEAD_WEIGHT = 5

export type Candidate = { doc_id: number; head: string; body: Buffer | null }

export type DocumentFrequencies = { documents: number; frequencies: number[] }

function countIn(haystack: string, needle: string): number {
  let n = 0
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length))
    n++
  return n
}

function countBytes(haystack: Buffer, needle: Buffer): number {
  let n = 0
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length))
    n++
  return n
}

function idf(documents: number, frequency: number): number {
  return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5))
}

/**
 * Scores candidates that are already known to match. A term found in neither field was matched
 * across a line break or a width variant (医共\n体, Ａ类) that plain counting misses: it counts once.
 */
export function rankCandidates(
  candidates: readonly Candidate[],
  terms: readonly QueryTerm[],
  df: DocumentFrequencies | null,
  bodyMatched: boolean
): { docId: number; score: number }[] {
  const n = Math.max(1, candidates.length)
  const avgHead = candidates.reduce((s, c) => s + c.head.length, 0) / n || 1
  const avgBody = candidates.reduce((s, c) => s + (c.body?.length ?? 0), 0) / n || 1
  const needles = terms.map((t) => ({ text: t.text, bytes: Buffer.from(t.text, 'utf8') }))
  const weights = terms.map((_, i) => (df ? idf(df.documents, df.frequencies[i] ?? 0) : 1))
  const scored = candidates.map((c) => {
    const headNorm = 1 - B + (B * c.head.length) / avgHead
    const bodyNorm = 1 - B + (B * (c.body?.length ?? 0)) / avgBody
    let score = 0
    needles.forEach((needle, i) => {
      const inHead = countIn(c.head, needle.text)
      let inBody = c.body && bodyMatched ? countBytes(c.body, needle.bytes) : 0
      if (inHead === 0 && inBody === 0 && bodyMatched) inBody = 1
      const tf = (HEAD_WEIGHT * inHead) / headNorm + inBody / bodyNorm
      score += (weights[i] ?? 1) * ((tf * (K1 + 1)) / (tf + K1))
    })
    return { docId: c.doc_id, score }
  })
  // Equal scores (a filter-only search scores nothing) list the most recently added first.
  return scored.sort((a, b) => b.score - a.score || b.docId - a.docId)
}
