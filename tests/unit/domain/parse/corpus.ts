import { parseReply, type ParsedFields } from '../../../../electron/domain/parse'
import { fixtureJson, fixtureText, omit } from './fixtures'

// Replies made for the tests, one or more per variant that published replies show (each entry's
// `shows` says which). `furniture` lists the web-page text around the letter that is not part of it.

export type CorpusEntry = Record<string, unknown> & {
  file: string
  shows: string
  furniture?: string[]
}

export const CORPUS = fixtureJson<CorpusEntry[]>('corpus', 'expected.json')

export function corpusText(file: string): string {
  return fixtureText('corpus', file)
}

export function expectedFields(entry: CorpusEntry): Record<string, unknown> {
  return omit(entry, 'file', 'shows', 'furniture')
}

const isEmpty = (v: unknown) => v === null || v === undefined || (Array.isArray(v) && !v.length)

export type FieldMiss = { file: string; field: string; expected: unknown; parsed: unknown }

export type Score = {
  /** fields with a value in expected.json */
  expected: number
  /** of those, read exactly */
  found: number
  /** values the parser gave */
  given: number
  /** given values that are not the expected one (a wrong value, or one where the text says nothing) */
  invented: number
  misses: FieldMiss[]
}

/** Scores parseReply on the corpus field by field. */
export function scoreCorpus(entries: CorpusEntry[] = CORPUS): Score {
  const score: Score = { expected: 0, found: 0, given: 0, invented: 0, misses: [] }
  for (const entry of entries) {
    const want = expectedFields(entry)
    const parsed = parseReply(corpusText(entry.file))
    const got: Partial<Record<keyof ParsedFields, unknown>> = parsed.is_reply ? parsed.fields : {}
    const keys = new Set([...Object.keys(want), ...Object.keys(got)])
    for (const field of keys) {
      const expected = want[field]
      const value = got[field as keyof ParsedFields]
      const same = JSON.stringify(expected ?? null) === JSON.stringify(value ?? null)
      if (!isEmpty(expected)) score.expected++
      if (!isEmpty(expected) && same) score.found++
      if (!isEmpty(value)) score.given++
      if (!isEmpty(value) && !same) score.invented++
      if (!same) score.misses.push({ file: entry.file, field, expected, parsed: value })
    }
  }
  return score
}
