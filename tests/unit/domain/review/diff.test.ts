import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  diffStats,
  diffText,
  sideText,
  type DiffSegment
} from '../../../../electron/domain/review/diff'
import { scatteredEdits, unrelatedTexts } from '../../../fixtures/large-inputs'

/** [+inserted] and [-deleted] inline: reads like a marked-up proof. */
function marked(segments: readonly DiffSegment[]): string {
  return segments
    .map((s) => (s.op === 'equal' ? s.text : s.op === 'insert' ? `[+${s.text}]` : `[-${s.text}]`))
    .join('')
}

const show = (a: string, b: string) => marked(diffText(a, b))

describe('character diff on Chinese text', () => {
  it('marks an insertion inside a sentence', () => {
    expect(show('我局高度重视您提出的建议。', '我局高度重视您提出的宝贵建议。')).toBe(
      '我局高度重视您提出的[+宝贵]建议。'
    )
  })

  it('marks a deletion', () => {
    expect(show('我局将进一步加大投入力度。', '我局将加大投入力度。')).toBe(
      '我局将[-进一步]加大投入力度。'
    )
  })

  it('shows a replacement as one deletion followed by one insertion', () => {
    const segments = diffText('今年全区共投入资金500万元。', '今年全区共投入资金800万元。')
    expect(marked(segments)).toBe('今年全区共投入资金[-5][+8]00万元。')
    expect(segments.map((s) => s.op)).toEqual(['equal', 'delete', 'insert', 'equal'])
  })

  it('does not split a rewrite on characters the two versions share by chance', () => {
    // A raw character diff keeps 的 and 建 as common and scatters the rest into fragments.
    expect(show('加强基层医疗队伍建设。', '加快推进基层卫生人才队伍建设。')).toBe(
      '加[-强基层医疗][+快推进基层卫生人才]队伍建设。'
    )
    expect(
      show(
        '我们将进一步加大投入力度，完善基层医疗卫生服务体系。',
        '下一步，我区将统筹资金，健全县乡村三级医疗服务网络。'
      )
    ).toBe(
      '[-我们将进一步加大投入力度，完善基层医疗卫生服务体系][+下一步，我区将统筹资金，健全县乡村三级医疗服务网络]。'
    )
  })

  it('places an inserted sentence between full stops, not across them', () => {
    expect(show('一、基本情况。二、下一步工作', '一、基本情况。新增内容。二、下一步工作')).toBe(
      '一、基本情况。[+新增内容。]二、下一步工作'
    )
    expect(show('感谢关心。感谢支持。', '感谢关心。感谢理解。感谢支持。')).toBe(
      '感谢关心。[+感谢理解。]感谢支持。'
    )
  })

  it('diffs punctuation like any other character', () => {
    expect(show('感谢您的关心和支持！', '感谢您的关心和支持。')).toBe(
      '感谢您的关心和支持[-！][+。]'
    )
    expect(show('（此件主动公开)', '（此件主动公开）')).toBe('（此件主动公开[-)][+）]')
  })

  it('keeps several separate edits separate', () => {
    expect(
      show(
        '今年全区共投入资金500万元，用于村卫生室建设。',
        '今年全区共投入资金800万元，主要用于村卫生室标准化建设。'
      )
    ).toBe('今年全区共投入资金[-5][+8]00万元，[+主要]用于村卫生室[+标准化]建设。')
  })

  it('handles identical and empty texts', () => {
    expect(diffText('相同的文字', '相同的文字')).toEqual([{ op: 'equal', text: '相同的文字' }])
    expect(diffText('', '')).toEqual([])
    expect(diffText('', '新写的正文')).toEqual([{ op: 'insert', text: '新写的正文' }])
    expect(diffText('删去的正文', '')).toEqual([{ op: 'delete', text: '删去的正文' }])
  })

  it('never splits a character outside the Basic Multilingual Plane', () => {
    const segments = diffText('𠮷野家', '𠮷田家')
    expect(marked(segments)).toBe('𠮷[-野][+田]家')
  })

  it('counts inserted and deleted characters', () => {
    expect(diffStats(diffText('我局将进一步加大投入。', '我局将加大资金投入。'))).toEqual({
      inserted: 2,
      deleted: 3
    })
  })

  it('always rebuilds both texts exactly', () => {
    const han = fc.constantFrom(
      ...Array.from('的一是在了和我局医疗卫生建设基层服务体系加强推进代表建议')
    )
    const text = fc
      .array(fc.oneof(han, fc.constantFrom('，', '。', '、', '\n', '5', 'A')), { maxLength: 60 })
      .map((a) => a.join(''))
    fc.assert(
      fc.property(text, text, (a, b) => {
        const segments = diffText(a, b)
        expect(sideText(segments, 'before')).toBe(a)
        expect(sideText(segments, 'after')).toBe(b)
        expect(segments.every((s) => s.text !== '')).toBe(true)
      }),
      { numRuns: 400 }
    )
  })

  // Their speed is a bench figure (diff_30k_scattered_ms, diff_unrelated_8k_ms), not asserted here.
  it('compares a 30,000-character reply with scattered edits and keeps the edits small', () => {
    const { before, after } = scatteredEdits()
    expect(before.length).toBeGreaterThan(30_000)
    const segments = diffText(before, after)
    expect(marked(segments.filter((s) => s.op !== 'equal'))).toBe(
      '[-我][+全][+始终][-（550）我局高度重视基层医疗卫生服务体系建设，持续加大投入力度，推进分级诊疗。\n]'
    )
    expect(sideText(segments, 'after')).toBe(after)
  })

  it('gives up on a character-level diff of two unrelated long texts and shows a replacement', () => {
    const { a, b } = unrelatedTexts()
    const segments = diffText(a, b)
    expect(segments).toEqual([
      { op: 'delete', text: a },
      { op: 'insert', text: b }
    ])
  })
})
