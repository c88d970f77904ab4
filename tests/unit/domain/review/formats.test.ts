import { describe, expect, it } from 'vitest'
import { toCsv } from '../../../../electron/domain/review/csv'
import { changedFields } from '../../../../electron/domain/review/field-changes'
import { canonicalJson, planMerge } from '../../../../electron/domain/review/package'

describe('audit CSV', () => {
  it('starts with a BOM, quotes what needs quoting and defuses formulas', () => {
    const csv = toCsv(
      ['时间', '意见'],
      [
        ['2025-07-16 09:30', '请补充"资金"数据，\n再送审'],
        ['x', '=SUM(A1)']
      ]
    )
    expect(csv.startsWith('\uFEFF时间,意见\r\n')).toBe(true)
    expect(csv).toContain('"请补充""资金""数据，\n再送审"')
    expect(csv).toContain("x,'=SUM(A1)\r\n")
  })
})

describe('field changes', () => {
  it('lists changed fields with their Chinese labels, lists and formats in words', () => {
    expect(
      changedFields(
        { doc_number: '渌卫复〔2025〕1号', cc: ['区人大'], format: 'letter', proposer: '许国欣' },
        {
          doc_number: '渌卫复〔2025〕2号',
          cc: ['区人大', '区政府督查室'],
          format: 'standard',
          proposer: '许国欣'
        }
      )
    ).toEqual([
      {
        field: 'doc_number',
        label: '文号',
        before: '渌卫复〔2025〕1号',
        after: '渌卫复〔2025〕2号'
      },
      { field: 'cc', label: '抄送', before: '区人大', after: '区人大、区政府督查室' },
      { field: 'format', label: '版式', before: '信函格式', after: '文件格式' }
    ])
  })
})

describe('package merge plan', () => {
  it('hashes equal content equally whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { e: 3, f: 2 }] }, b: 1 })
    )
  })

  it('takes theirs when only they changed, keeps ours when only we did, and stops when both did', () => {
    expect(planMerge(null, 'i', 'b')).toBe('create')
    expect(planMerge('x', 'x', 'b')).toBe('same')
    expect(planMerge('b', 'i', 'b')).toBe('fast-forward')
    expect(planMerge('l', 'b', 'b')).toBe('keep-local')
    expect(planMerge('l', 'i', 'b')).toBe('conflict')
  })
})
