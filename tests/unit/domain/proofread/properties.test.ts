import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyFixes, proofread, RULES, type Finding } from '../../../../electron/domain/proofread'
import { seedText } from '../../../fixtures/seeds'

// Text made of the characters the rules react to, so that arbitrary strings exercise them.
const PIECES = [
  ...'一二三四五十年月日号第代表委员建议提案抄送电话和并及医共体同，。、；：？！“”《》（）()[]〔〕,.;:?!*#0123456789０１２ \t\u3000\n\r\f'
]
const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }).map((cs) => cs.join('')),
  fc
    .array(fc.constantFrom(...seedText('reply-lukou-2025-renda-17.txt').split(/(?<=[。\n])/)), {
      maxLength: 12
    })
    .map((parts) => parts.join(''))
)
const fields = fc.record(
  {
    kind: fc.constantFrom('建议' as const, '提案' as const),
    proposer_type: fc.constantFrom('代表' as const, '委员' as const, '党派' as const),
    doc_number: fc.string({ maxLength: 20 }),
    date: fc.string({ maxLength: 12 }),
    assigned_date: fc.constantFrom('', '2025-03-01'),
    classification: fc.constantFrom('A', 'B', 'C', ''),
    leader_phone: fc.string({ maxLength: 15 }),
    proposer: fc.string({ maxLength: 10 })
  },
  { requiredKeys: [] }
)

function withinBounds(findings: Finding[], body: string, values: Record<string, unknown>) {
  for (const f of findings) {
    const target = f.field === undefined ? body : String(values[f.field] ?? '')
    expect(0 <= f.start && f.start <= f.end && f.end <= target.length).toBe(true)
    expect(f.excerpt).toBe(target.slice(f.start, f.end))
    for (const edit of f.fix ?? []) {
      expect(0 <= edit.start && edit.start <= edit.end && edit.end <= target.length).toBe(true)
    }
  }
}

describe('proofread on arbitrary input', () => {
  it('never throws, keeps offsets within bounds and excerpts equal to the text they cover', () => {
    fc.assert(
      fc.property(text, fields, (body, values) => {
        const options = {
          today: '2025-07-20',
          requiredFields: ['doc_number' as const, 'cc' as const]
        }
        const findings = proofread({ text: body, fields: values, options })
        withinBounds(findings, body, values)
        const ids = new Set(RULES.map((r) => r.id))
        expect(findings.every((f) => ids.has(f.rule))).toBe(true)
        for (let i = 1; i < findings.length; i++) {
          expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.start)
        }
        const fixed = applyFixes(body, findings)
        withinBounds(proofread({ text: fixed }), fixed, {})
      }),
      { numRuns: 400 }
    )
  })

  it('applyFixes never throws on arbitrary findings', () => {
    const edit = fc.record({
      start: fc.integer({ min: -5, max: 60 }),
      end: fc.integer({ min: -5, max: 60 }),
      replacement: fc.string({ maxLength: 4 })
    })
    const finding = fc.record({
      rule: fc.constant('r'),
      severity: fc.constant('info' as const),
      start: fc.nat(50),
      end: fc.nat(50),
      excerpt: fc.constant(''),
      message: fc.constant('测试'),
      fix: fc.array(edit, { maxLength: 3 })
    })
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.array(finding, { maxLength: 6 }), (s, fs) => {
        expect(typeof applyFixes(s, fs)).toBe('string')
      })
    )
  })
})
