import type { SimilarReply } from '../contract/archive'
import { proposerOf } from '../domain/drafting/proposer'
import type { ReadDb } from './db'
import { facetKey } from './search-index'
import { normalize, tokenize } from './search-text'
import { statement } from './statements'
import { estimatedMatches, newestDocId, newestMatches } from './search-window'

// "Similar past replies" for a draft: the draft's subject and title bigrams plus the bigrams its
// body repeats most, each weighted by how rare it is in the archive (IDF); a past reply scores the
// weights of the bigrams it shares, and a reply to the same proposer gets a bonus. Each bigram is
// one FTS5 lookup of its newest PER_TERM replies, so the cost stays bounded however common it is;
// older replies sharing only common bigrams may be missed, which is the price of that bound.

const PER_TERM = 300
const BODY_TERMS = 16
const SUBJECT_WEIGHT = 2
const SAME_PROPOSER_BONUS = 3
// Words of the reply form itself, shared by every reply whatever it is about.
const FORM_WORDS =
  /关于|对|的?(?:建议|提案|意见|答复|回复)|(?:代表|委员)(?=[^会]|$)|第\s*\d+\s*号|会议/gu
const FORM_BIGRAMS = new Set(tokenize('您提出的收悉感谢对工作的关心和支持现答复如下'))

export type SimilarInput = {
  subject?: string
  title?: string
  proposer?: string
  bodyText?: string
  excludeId?: string
}

/** Subject and title with the form's words cut out: what the item is about. */
function headText(input: SimilarInput): string {
  return normalize(`${input.subject ?? ''}。${input.title ?? ''}`).replace(FORM_WORDS, '。')
}

function bodyTerms(text: string): string[] {
  const counts = new Map<string, number>()
  for (const t of tokenize(text)) {
    if (t.length > 1 && !FORM_BIGRAMS.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1)
  }
  return [...counts]
    .filter(([, n]) => n > 1)
    .sort((a, b) => b[1] - a[1])
    .slice(0, BODY_TERMS)
    .map(([t]) => t)
}

/**
 * What a past reply shares with the draft, as words: the stretches of the draft's subject and
 * title whose every bigram it also has (完善医联体体系, not 完善 · 善医 · 医联…), then the body
 * bigrams, overlapping ones joined.
 */
export function sharedWords(head: string, shared: ReadonlySet<string>): string[] {
  const headWords: string[] = []
  const chars = Array.from(head)
  let run = ''
  chars.forEach((ch, i) => {
    const next = chars[i + 1] ?? ''
    if (shared.has(ch + next)) run = run ? run + next : ch + next
    else if (run) {
      headWords.push(run)
      run = ''
    }
  })
  const bodyWords: string[] = []
  for (const token of shared) {
    if (headWords.some((w) => w.includes(token))) continue
    const last = bodyWords[bodyWords.length - 1]
    if (last?.endsWith(token[0]!)) bodyWords[bodyWords.length - 1] = last + token.slice(1)
    else bodyWords.push(token)
  }
  return [...new Set([...headWords, ...bodyWords])]
}

function quoted(token: string): string {
  return `"${token.replace(/"/g, '')}"`
}

type Row = Omit<SimilarReply, 'score' | 'shared'> & { doc_id: number }
type Score = { score: number; shared: Set<string> }

export function similarReplies(db: ReadDb, input: SimilarInput, limit = 10): SimilarReply[] {
  const documents = Math.max(1, newestDocId(db))
  const head = headText(input)
  const headTerms = new Set(tokenize(head).filter((t) => t.length > 1))
  const terms = [...new Set([...headTerms, ...bodyTerms(input.bodyText ?? '')])]
  const scores = new Map<number, Score>()
  const add = (docId: number, score: number, term?: string) => {
    const entry = scores.get(docId) ?? { score: 0, shared: new Set<string>() }
    entry.score += score
    if (term) entry.shared.add(term)
    scores.set(docId, entry)
  }
  for (const term of terms) {
    const window = newestMatches(db, quoted(term), PER_TERM)
    const frequency = estimatedMatches(db, window)
    // A bigram in most of the archive says nothing about what a reply is about.
    if (frequency === 0 || frequency * 2 > documents) continue
    const weight = Math.log(documents / frequency) * (headTerms.has(term) ? SUBJECT_WEIGHT : 1)
    for (const id of window.ids) add(id, weight, term)
  }
  const proposer = input.proposer
    ? facetKey(proposerOf({ proposer: input.proposer, proposer_type: '代表', co_signers: [] }).name)
    : ''
  if (proposer) {
    const window = newestMatches(db, `{facets} : "zzp${proposer}"*`, PER_TERM)
    for (const id of window.ids) add(id, SAME_PROPOSER_BONUS)
  }
  const top = [...scores].sort((a, b) => b[1].score - a[1].score || b[0] - a[0])
  const rows = statement(
    db,
    `SELECT doc_id, reply_id AS id, title, proposer, kind, year, status FROM reply_docs
     WHERE doc_id IN (SELECT value FROM json_each(?))`
  ).all(JSON.stringify(top.slice(0, limit + 1).map(([id]) => id))) as Row[]
  const byId = new Map(rows.map((r) => [r.doc_id, r]))
  const similar: SimilarReply[] = []
  for (const [docId, s] of top) {
    const row = byId.get(docId)
    if (!row || row.id === input.excludeId) continue
    if (similar.length === limit) break
    similar.push({
      id: row.id,
      title: row.title,
      proposer: row.proposer,
      kind: row.kind,
      year: row.year,
      status: row.status,
      score: Math.round(s.score * 1000) / 1000,
      shared: sharedWords(head, s.shared).slice(0, 6)
    })
  }
  return similar
}
