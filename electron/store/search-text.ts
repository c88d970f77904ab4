import { QUERY_SEPARATORS } from '../domain/search-marks'

// Text → index tokens for Chinese full-text search.
//
// Why bigrams: FTS5's unicode61 tokenizer keeps a run of Chinese as one token and trigram cannot
// match 2-character words (医保, 村医); one token per character finds everything but turns every
// query into a long phrase over huge doclists (55–96 ms at 20,000 replies, STACK.md). Overlapping
// bigrams make a 2-character word a single token and a longer term a short phrase, while Latin
// words and numbers stay whole tokens. We compute the tokens here and store them space-separated
// in a contentless FTS5 table, so unicode61 only splits on our spaces.

const enum Kind {
  Han,
  Word,
  Space,
  Other
}

const WORD = /[\p{L}\p{N}]/u
const SPACE = /\s/u

function kindOf(cp: number, ch: string): Kind {
  if (cp < 0x80) {
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a)) {
      return Kind.Word
    }
    return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) ? Kind.Space : Kind.Other
  }
  if (isHan(cp)) return Kind.Han
  if (cp >= 0x3000 && cp <= 0x303f) return cp === 0x3000 ? Kind.Space : Kind.Other
  if (WORD.test(ch)) return Kind.Word
  return SPACE.test(ch) ? Kind.Space : Kind.Other
}

export function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f) ||
    cp === 0x3007
  )
}

/** What the index and the snippet both compare: NFKC (full-width → ASCII) and lower case. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

/**
 * Tokens of a text. Whitespace between two Chinese characters does not end a run, because PDF
 * extraction scatters spaces and line breaks through words (回 复, 经 办 人); punctuation does.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = []
  let prevHan = ''
  let runLength = 0
  let word = ''
  const endRun = () => {
    if (runLength === 1) tokens.push(prevHan)
    runLength = 0
  }
  const endWord = () => {
    if (word) tokens.push(word)
    word = ''
  }
  for (const ch of normalize(text)) {
    const cp = ch.codePointAt(0)!
    switch (kindOf(cp, ch)) {
      case Kind.Han:
        endWord()
        if (runLength > 0) tokens.push(prevHan + ch)
        prevHan = ch
        runLength++
        break
      case Kind.Word:
        endRun()
        word += ch
        break
      case Kind.Space:
        endWord()
        break
      case Kind.Other:
        endRun()
        endWord()
    }
  }
  endRun()
  endWord()
  return tokens
}

export function indexText(text: string): string {
  return tokenize(text).join(' ')
}

export type QueryTerm = {
  /** The term normalised, without punctuation: what the snippet and the ranking look for. */
  text: string
  tokens: string[]
}

/** Whitespace separates terms (all must match); quotes are dropped because every term is a phrase. */
export function queryTerms(query: string): QueryTerm[] {
  return normalize(query)
    .split(QUERY_SEPARATORS)
    .map((part) => {
      const text = Array.from(part)
        .filter((ch) => kindOf(ch.codePointAt(0)!, ch) !== Kind.Other)
        .join('')
      return { text, tokens: tokenize(text) }
    })
    .filter((t) => t.tokens.length > 0)
}

function isSingleHan(token: string): boolean {
  const cp = token.codePointAt(0)!
  return isHan(cp) && token.length === (cp > 0xffff ? 2 : 1)
}

/**
 * The FTS5 phrase for a term, or null when the bigram index cannot answer it: a lone Chinese
 * character (it may end a run, where no bigram starts with it) goes to the LIKE path instead.
 * A lone character at the end of a longer term (A类) becomes a prefix, which bigrams do answer.
 */
export function termPhrase(term: QueryTerm): string | null {
  const { tokens } = term
  const inner = tokens.slice(0, -1)
  if (inner.some(isSingleHan)) return null
  const last = tokens[tokens.length - 1]!
  if (isSingleHan(last)) return tokens.length === 1 ? null : `"${tokens.join(' ')}"*`
  return `"${tokens.join(' ')}"`
}
