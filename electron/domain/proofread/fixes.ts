import type { Finding, Fix } from './types'

// Fixes of different findings may touch the same characters (a spaced date inside a 文号 that is
// also rewritten). A finding's fix is applied whole or not at all; the first one by position wins
// and the other waits for the next proofreading pass.

function overlaps(a: Fix[number], b: Fix[number]): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start
  return a.start < b.end && b.start < a.end
}

function sameEdit(a: Fix[number], b: Fix[number]): boolean {
  return a.start === b.start && a.end === b.end && a.replacement === b.replacement
}

/**
 * Applies the fixes of the given findings to `text`. Findings about a field (finding.field) apply
 * only when that field is named, so the body's findings and a field's findings never mix.
 */
export function applyFixes(
  text: string,
  findings: readonly Finding[],
  field?: Finding['field']
): string {
  const accepted: Fix[number][] = []
  const ordered = findings
    .filter((f) => f.fix && f.field === field)
    .sort((a, b) => a.start - b.start || a.end - b.end)
  for (const finding of ordered) {
    const edits = finding.fix!.filter((e) => !accepted.some((a) => sameEdit(a, e)))
    const inBounds = edits.every((e) => 0 <= e.start && e.start <= e.end && e.end <= text.length)
    const clash = edits.some((e, i) =>
      [...accepted, ...edits.slice(0, i)].some((other) => overlaps(other, e))
    )
    if (inBounds && !clash) accepted.push(...edits)
  }
  accepted.sort((a, b) => b.start - a.start || b.end - a.end)
  let out = text
  for (const e of accepted) out = out.slice(0, e.start) + e.replacement + out.slice(e.end)
  return out
}

const MAX_PASSES = 10

/**
 * Applies every fix, proofreads the result and applies again until nothing changes: a fix may
 * reveal another defect (a spaced date inside a 文号) or wait for a clashing one to go first.
 */
export function fixUntilStable(
  text: string,
  proofread: (text: string) => readonly Finding[]
): { text: string; passes: number } {
  let current = text
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const next = applyFixes(current, proofread(current))
    if (next === current) return { text: current, passes: pass }
    current = next
  }
  return { text: current, passes: MAX_PASSES }
}
