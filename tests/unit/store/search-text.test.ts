import { describe, expect, it } from 'vitest'
import { facetTokens, replyYear } from '../../../electron/store/search-index'
import { queryTerms, termPhrase, tokenize } from '../../../electron/store/search-text'
import { buildSnippet } from '../../../electron/store/snippet'
import { MARK_END, MARK_START } from '../../../electron/domain/search-marks'

const mark = (s: string) => `${MARK_START}${s}${MARK_END}`

describe('tokenize', () => {
  it('splits Chinese into overlapping bigrams and keeps Latin words and numbers whole', () => {
    expect(tokenize('医共体建设')).toEqual(['医共', '共体', '体建', '建设'])
    expect(tokenize('A1类 2025年')).toEqual(['a1', '类', '2025', '年'])
    expect(tokenize('ＡＢ１２')).toEqual(['ab12'])
  })

  it('joins Chinese across spaces and line breaks but not across punctuation', () => {
    expect(tokenize('回 复')).toEqual(['回复'])
    expect(tokenize('医共\n体')).toEqual(['医共', '共体'])
    expect(tokenize('医保，村医')).toEqual(['医保', '村医'])
  })

  it('keeps a lone character between punctuation as a token', () => {
    expect(tokenize('（一）')).toEqual(['一'])
  })
})

describe('query terms', () => {
  it('makes each space-separated term a phrase of its bigrams', () => {
    const terms = queryTerms('“医共体”  村医')
    expect(terms.map((t) => t.text)).toEqual(['医共体', '村医'])
    expect(terms.map(termPhrase)).toEqual(['"医共 共体"', '"村医"'])
  })

  it('turns a trailing lone character into a prefix and leaves a lone character to LIKE', () => {
    expect(termPhrase(queryTerms('A类')[0]!)).toBe('"a 类"*')
    expect(termPhrase(queryTerms('医')[0]!)).toBeNull()
    expect(termPhrase(queryTerms('类A')[0]!)).toBeNull()
    expect(queryTerms('，。')).toEqual([])
  })
})

describe('facets and year', () => {
  it('writes filter tokens without spaces, punctuation or case', () => {
    expect(
      facetTokens({
        status: 'archived',
        year: 2024,
        kind: '提案',
        classification: 'A1',
        session: '岳阳市政协九届三次会议',
        proposer: '致公党 岳阳市委',
        leader: ''
      })
    ).toBe('zzsarchived zzy2024 zzk提案 zzca1 zze岳阳市政协九届三次会议 zzp致公党岳阳市委')
  })

  it('takes the year from the date, the 文号, the file name, then (drafts only) creation', () => {
    expect(
      replyYear({ date: '2025-07-16', doc_number: '渌卫复〔2024〕1号' }, 'archived', '2026', 2023)
    ).toBe(2025)
    expect(replyYear({ doc_number: '岳卫字〔2024〕12号' }, 'archived', '2026-01-01', 2023)).toBe(
      2024
    )
    expect(replyYear({}, 'archived', '2026-01-01', 2023)).toBe(2023)
    expect(replyYear({}, 'archived', '2026-01-01', null)).toBeNull()
    expect(replyYear({}, 'draft', '2026-01-01T00:00:00Z', null)).toBe(2026)
  })
})

describe('buildSnippet', () => {
  const text = `${'前文。'.repeat(40)}近年来，我市推进县域医共体建设。医共体覆盖全部乡镇。${'后文。'.repeat(40)}`

  it('starts at the sentence before the first hit and marks every hit in the window', () => {
    const snippet = buildSnippet(text, ['医共体'], 40)
    expect(snippet.startsWith('…近年来')).toBe(true)
    expect(snippet.endsWith('…')).toBe(true)
    expect(snippet.split(MARK_START)).toHaveLength(3)
    expect(snippet).toContain(`县域${mark('医共体')}建设。${mark('医共体')}覆盖`)
  })

  it('returns the opening without marks when the body does not contain the term', () => {
    expect(buildSnippet('第一段。第二段。', ['标题词'], 5)).toBe('第一段。第…')
  })

  it('marks a term that full-width letters or a line break split', () => {
    expect(buildSnippet('落实Ａ类事项', ['a类'])).toBe(`落实${mark('Ａ类')}事项`)
    expect(buildSnippet('县域医\n共体', ['医共体'])).toBe(`县域${mark('医 共体')}`)
  })
})
