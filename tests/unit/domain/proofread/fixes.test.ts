import { describe, expect, it } from 'vitest'
import { applyFixes, proofread, type Finding } from '../../../../electron/domain/proofread'
import { seedText } from '../../../fixtures/seeds'

const finding = (start: number, end: number, replacement: string, rule = 'r'): Finding => ({
  rule,
  severity: 'warning',
  start,
  end,
  excerpt: '',
  message: '测试',
  fix: [{ start, end, replacement }]
})

describe('applyFixes', () => {
  it('applies the safe fixes of a whole reply and leaves what needs a person', () => {
    const text = seedText('reply-lukou-2025-renda-17.txt')
    const out = applyFixes(text, proofread({ text }))
    expect(out).toContain('渌卫复〔2025〕1号（A）类')
    expect(out).toContain('（二）共享中心建设。')
    expect(out).toContain('向省级争取200万元能力提升项目')
    expect(out).toContain('\n2025年7月16日\n')
    expect(out).toContain('主管领导：曹虎，联系电话：13874100819；')
    const left = proofread({ text: out })
    expect([...new Set(left.map((f) => f.rule))].sort()).toEqual(['repeated-text'])
  })

  it('fixes all findings of one kind only', () => {
    const text = '(一) 争取 200 万元,用于设备更新。'
    const spaces = proofread({ text }).filter((f) => f.rule === 'stray-space')
    expect(applyFixes(text, spaces)).toBe('(一) 争取200万元,用于设备更新。')
  })

  it('applies a fix whole or not at all when fixes overlap, first by position winning', () => {
    const both = [finding(0, 3, 'X'), finding(2, 4, 'Y'), finding(5, 6, 'Z')]
    expect(applyFixes('abcdefg', both)).toBe('XdeZg')
    const pair: Finding = {
      ...finding(0, 1, '（'),
      fix: [
        { start: 0, end: 1, replacement: '（' },
        { start: 2, end: 3, replacement: '）' }
      ]
    }
    expect(applyFixes('(a)b', [finding(2, 4, ''), pair])).toBe('（a）b')
  })

  it('applies an identical edit once and keeps two insertions at one spot from stacking', () => {
    expect(applyFixes('ab', [finding(1, 1, '。'), finding(1, 1, '。', 'other')])).toBe('a。b')
    expect(applyFixes('ab', [finding(1, 1, '。'), finding(1, 1, '，')])).toBe('a。b')
  })

  it('skips edits outside the text and findings about fields unless that field is named', () => {
    expect(applyFixes('abc', [finding(2, 9, 'X')])).toBe('abc')
    const onField: Finding = { ...finding(0, 3, '渌卫复〔2025〕1号'), field: 'doc_number' }
    expect(applyFixes('abc', [onField])).toBe('abc')
    expect(applyFixes('abc', [onField], 'doc_number')).toBe('渌卫复〔2025〕1号')
  })
})
