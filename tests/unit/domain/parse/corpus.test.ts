import { describe, expect, it } from 'vitest'
import { parseReply } from '../../../../electron/domain/parse'
import { CORPUS, corpusText, scoreCorpus } from './corpus'

describe('parseReply on the corpus of made-up replies', () => {
  it('has at least 40 replies, each with its own text', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40)
    expect(new Set(CORPUS.map((e) => corpusText(e.file))).size).toBe(CORPUS.length)
  })

  it.each(CORPUS.map((e) => [e.file] as const))('%s is read as a reply', (file) => {
    expect(parseReply(corpusText(file)).is_reply).toBe(true)
  })

  it('fills at least 95% of the fields and invents fewer than 2% of its values', () => {
    const score = scoreCorpus()
    const found = score.found / score.expected
    const invented = score.invented / Math.max(1, score.given)
    const report = score.misses.map(
      (m) => `${m.file} ${m.field}: ${JSON.stringify(m.parsed)} ≠ ${JSON.stringify(m.expected)}`
    )
    expect({ found: found >= 0.95, invented: invented < 0.02, report }).toEqual({
      found: true,
      invented: true,
      report: expect.any(Array) as unknown
    })
  })
})
