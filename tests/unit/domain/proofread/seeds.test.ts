import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { proofread } from '../../../../electron/domain/proofread'
import { expectFinding, fixture } from './helpers'
import { SEEDS, seedText } from '../../../fixtures/seeds'

// Each known_defects entry of expected.json, as the rule and excerpt that must report it.
type Defect = { rule: string; excerpts: string[]; field?: string }

const KNOWN: Record<string, Defect[]> = {
  'reply-lukou-2025-renda-17.txt': [
    {
      rule: 'repeated-text',
      excerpts: [
        '紧密型医共体运行 1 年半时间以来，探索出“淦口路径”，基层医疗卫生机构服务能力和水平有效提升，工作成绩得到省市行业部门高度肯定。'
      ]
    },
    { rule: 'heading-sequence', excerpts: ['(二)', '(一)'] },
    { rule: 'stray-space', excerpts: ['取 200 万元', '2025 年 7 月 16 日'] },
    { rule: 'doc-number-format', excerpts: ['(A)类'] }
  ],
  'reply-yueyang-2024-zhengxie-167.txt': [
    { rule: 'markdown-marker', excerpts: ['**一是建机制。**'] },
    { rule: 'broken-paragraph', excerpts: ['和服务体系整体效能'] }
  ],
  'reply-xianning-2024-renda-068.txt': [
    { rule: 'required-field', excerpts: [''], field: 'doc_number' },
    { rule: 'term-consistency', excerpts: ['医共同体'] },
    { rule: 'stray-space', excerpts: ['第 068 号'] }
  ]
}

const expected = JSON.parse(readFileSync(join(SEEDS, 'expected.json'), 'utf8')) as {
  file: string
  known_defects: string[]
}[]

const options = { requiredFields: ['doc_number' as const], today: '2025-11-01' }

describe('known defects of the sample replies', () => {
  it('covers every file and every defect listed in expected.json', () => {
    expect(Object.keys(KNOWN).sort()).toEqual(expected.map((e) => e.file).sort())
    for (const e of expected) expect(KNOWN[e.file], e.file).toHaveLength(e.known_defects.length)
  })

  it.each(Object.entries(KNOWN))('%s', (file, defects) => {
    const findings = proofread({ text: seedText(`${file}`), options })
    for (const defect of defects) {
      for (const excerpt of defect.excerpts) {
        const found = expectFinding(findings, defect.rule, excerpt)
        expect(found.field).toBe(defect.field)
      }
    }
  })

  it('reports the 200 万元 and the spaced date with fixes that close the gaps', () => {
    const text = seedText('reply-lukou-2025-renda-17.txt')
    const findings = proofread({ text })
    expect(expectFinding(findings, 'stray-space', '取 200 万元').message).toContain('取200万元')
    expect(expectFinding(findings, 'stray-space', '2025 年 7 月 16 日').message).toContain(
      '2025年7月16日'
    )
  })

  it('reports every ** pair and accepts a party addressed by its name', () => {
    const yueyang = proofread({ text: seedText('reply-yueyang-2024-zhengxie-167.txt') })
    expect(yueyang.filter((f) => f.rule === 'markdown-marker')).toHaveLength(9)
    expect(yueyang.filter((f) => f.rule === 'salutation')).toEqual([])
  })
})

describe('precision', () => {
  it('finds nothing at all in a correct reply', () => {
    const findings = proofread({
      text: fixture('clean-reply.txt'),
      options: {
        today: '2025-11-01',
        requiredFields: ['doc_number', 'date', 'cc', 'leader', 'handler', 'handler_phone']
      }
    })
    expect(findings).toEqual([])
  })

  it.each(['policy-zhuzhou-primary-care.txt', 'news-zhuzhou-health-2024.txt'])(
    'reports only residue of extraction in a document that is not a reply: %s',
    (file) => {
      const findings = proofread({
        text: seedText(`${file}`),
        options: { today: '2025-11-01' }
      })
      // residue of extraction (spaces, half-width marks, glyphs PDF swapped for punctuation) and
      // rules of written Chinese that hold in any document (a range with a hyphen); none of the
      // reply rules (salutation, 文号, contact block …) may fire
      const allowed = ['stray-space', 'half-width-punctuation', 'pdf-glyph', 'range-hyphen']
      const rules = new Set(findings.map((f) => f.rule))
      expect([...rules].filter((r) => !allowed.includes(r))).toEqual([])
    }
  )

  it('reads the policy’s spaced numbers as residue and its line breaks as nothing', () => {
    const findings = proofread({ text: seedText('policy-zhuzhou-primary-care.txt') })
    expectFinding(findings, 'stray-space', '到 2025')
    expect(findings.filter((f) => f.rule === 'repeated-text')).toEqual([])
  })
})
