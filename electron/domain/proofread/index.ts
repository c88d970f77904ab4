import { analyze } from './document'
import { ALL_RULES } from './rules'
import type { Finding, ProofreadInput, RuleInfo } from './types'

export type { Finding, Fix, ProofreadInput, ProofreadOptions, RuleInfo, Severity } from './types'
export { applyFixes } from './fixes'
import { fixUntilStable } from './fixes'
export { DEFAULT_TERM_PAIRS } from './terms'

export const RULES: readonly RuleInfo[] = ALL_RULES.map(({ id, title, severity }) => ({
  id,
  title,
  severity
}))

function covers(a: Finding, b: Finding): boolean {
  return a.field === b.field && a.start < b.end && b.start < a.end
}

/**
 * Runs every rule; findings come sorted by start (field findings, which span their whole value,
 * come first at 0). Where a more specific rule offers a fix for the same spot (a half-width
 * bracket in a heading marker), the general rule's finding is left out.
 */
export function proofread(input: ProofreadInput): Finding[] {
  const doc = analyze(input)
  const byRule = new Map(ALL_RULES.map((rule) => [rule.id, rule.check(doc)]))
  const out: Finding[] = []
  for (const rule of ALL_RULES) {
    const stronger = (rule.yieldsTo ?? [])
      .flatMap((id) => byRule.get(id) ?? [])
      .filter((f) => f.fix)
    for (const finding of byRule.get(rule.id) ?? []) {
      if (!stronger.some((s) => covers(s, finding))) out.push(finding)
    }
  }
  return out.sort(
    (a, b) =>
      a.start - b.start ||
      Number(b.field !== undefined) - Number(a.field !== undefined) ||
      a.end - b.end ||
      a.rule.localeCompare(b.rule)
  )
}

/** The text with every automatic fix applied, re-proofread after each pass until it is stable. */
export function fixAll(input: ProofreadInput): { text: string; passes: number } {
  return fixUntilStable(input.text, (text) => proofread({ ...input, text }))
}
