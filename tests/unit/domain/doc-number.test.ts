import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  formatDocNumber,
  normalizeDocNumber,
  parseDocNumber
} from '../../../electron/domain/doc-number'

describe('文号', () => {
  it('formats with 六角括号, the full year, no 第 and no zero padding', () => {
    expect(formatDocNumber('渌卫复', 2025, 1)).toBe('渌卫复〔2025〕1号')
    expect(formatDocNumber('岳卫字', 2024, 12)).toBe('岳卫字〔2024〕12号')
    expect(() => formatDocNumber('渌卫复', 25, 1)).toThrow(RangeError)
    expect(() => formatDocNumber('渌卫复', 2025, 0)).toThrow(RangeError)
  })

  it('parses a standard number as standard', () => {
    expect(parseDocNumber('渌卫复〔2025〕1号')).toEqual({
      prefix: '渌卫复',
      year: 2025,
      n: 1,
      standard: true,
      problems: []
    })
  })

  it.each([
    ['渌卫复[2025]1号', '六角括号'],
    ['渌卫复(2025)1号', '六角括号'],
    ['渌卫复（2025）1号', '六角括号'],
    ['渌卫复【2025】1号', '六角括号'],
    ['渌卫复〔2025〕第1号', '第'],
    ['渌卫复〔2025〕001号', '补零'],
    ['鄂卫发〔2024〕21 号', '空格'],
    ['渌卫复〔２０２５〕１号', '半角']
  ])('reads %s and says it is not standard (%s)', (input, problem) => {
    const parsed = parseDocNumber(input)
    expect(parsed?.standard).toBe(false)
    expect(parsed?.problems.join('')).toContain(problem)
    expect(normalizeDocNumber(input)).toMatch(/〔20\d\d〕[1-9]\d*号$/)
  })

  it('keeps the number when it reads a variant', () => {
    expect(normalizeDocNumber('渌卫复〔2025〕第001号')).toBe('渌卫复〔2025〕1号')
    expect(parseDocNumber('岳卫字[2024]12号')).toMatchObject({
      prefix: '岳卫字',
      year: 2024,
      n: 12
    })
  })

  it('returns null for text that is not a 文号', () => {
    for (const s of [
      '',
      '渌卫复',
      '〔2025〕1号',
      '渌卫复〔25〕1号',
      '渌卫复〔2025〕0号',
      '渌卫复2025年1号'
    ]) {
      expect(parseDocNumber(s)).toBeNull()
    }
  })

  it('parses what it formats', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[\u4e00-\u9fa5]{1,6}$/),
        fc.integer({ min: 1949, max: 2200 }),
        fc.integer({ min: 1, max: 9999 }),
        (prefix, year, n) => {
          expect(parseDocNumber(formatDocNumber(prefix, year, n))).toEqual({
            prefix,
            year,
            n,
            standard: true,
            problems: []
          })
        }
      )
    )
  })
})
