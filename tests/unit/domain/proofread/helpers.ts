import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import type { Finding, ProofreadInput } from '../../../../electron/domain/proofread'
import { proofread } from '../../../../electron/domain/proofread'

export const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures', 'proofread')

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8')
}

export function findingsOf(rule: string, input: ProofreadInput | string): Finding[] {
  const all = proofread(typeof input === 'string' ? { text: input } : input)
  return all.filter((f) => f.rule === rule)
}

export function excerptsOf(rule: string, input: ProofreadInput | string): string[] {
  return findingsOf(rule, input).map((f) => f.excerpt)
}

/** Asserts the finding is there and returns it, so the caller can check its message and fix. */
export function expectFinding(findings: Finding[], rule: string, excerpt: string): Finding {
  const found = findings.find((f) => f.rule === rule && f.excerpt === excerpt)
  expect(
    found,
    `${rule} “${excerpt}” not among: ${findings.map((f) => `${f.rule} “${f.excerpt}”`).join('; ')}`
  ).toBeDefined()
  return found!
}
