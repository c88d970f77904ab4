import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { proofread } from '../../../../electron/domain/proofread'

// Precision per rule on the parse corpus, the layout variants and the seed documents (replies and
// the two non-replies). judged-findings.json lists, per file, the findings a reader checked and
// found to be real defects; any other finding is a false alarm.

const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures')
type Judged = Record<string, { rule: string; excerpt: string }[]>
const judged = JSON.parse(
  readFileSync(join(FIXTURES, 'proofread', 'judged-findings.json'), 'utf8')
) as Judged

function findingsOf(file: string) {
  const text = readFileSync(join(FIXTURES, file), 'utf8')
  return proofread({ text, options: { today: '2026-12-04' } })
}

describe('proofreading precision on real-looking documents', () => {
  const perRule = new Map<string, { right: number; wrong: string[] }>()
  const missed: string[] = []
  for (const [file, expected] of Object.entries(judged)) {
    const left = [...expected]
    for (const f of findingsOf(file)) {
      const k = left.findIndex((e) => e.rule === f.rule && e.excerpt === f.excerpt)
      const score = perRule.get(f.rule) ?? { right: 0, wrong: [] }
      perRule.set(f.rule, score)
      if (k === -1) score.wrong.push(`${file}: ${f.excerpt}`)
      else {
        score.right++
        left.splice(k, 1)
      }
    }
    missed.push(...left.map((e) => `${file} ${e.rule}: ${e.excerpt}`))
  }

  it('covers the corpus, the variants and both non-reply seeds', () => {
    const files = Object.keys(judged)
    expect(files.filter((f) => f.startsWith('parse/corpus/')).length).toBeGreaterThanOrEqual(40)
    expect(files).toContain('seeds/policy-zhuzhou-primary-care.txt')
    expect(files).toContain('seeds/news-zhuzhou-health-2024.txt')
  })

  it('raises at most 5% false alarms in every rule', () => {
    const low = [...perRule]
      .filter(([, s]) => s.right / (s.right + s.wrong.length) < 0.95)
      .map(([rule, s]) => ({ rule, wrong: s.wrong }))
    expect(low).toEqual([])
  })

  it('still finds every defect a reader confirmed', () => {
    expect(missed).toEqual([])
  })
})
