import { parseReply } from '../../electron/domain/parse'
import { diffText } from '../../electron/domain/review/diff'
import { hugeParseInputs, scatteredEdits, unrelatedTexts } from '../fixtures/large-inputs'

function timed(run: () => unknown): number {
  const t0 = performance.now()
  run()
  return Math.round(performance.now() - t0)
}

/** The parser on pathological inputs (slowest case) and the review diff on long replies. */
export function benchLargeInputs(): Record<string, number> {
  const { before, after } = scatteredEdits()
  const { a, b } = unrelatedTexts()
  return {
    parse_huge_input_max_ms: Math.max(
      ...hugeParseInputs().map((input) => timed(() => parseReply(input)))
    ),
    diff_30k_scattered_ms: timed(() => diffText(before, after)),
    diff_unrelated_8k_ms: timed(() => diffText(a, b))
  }
}
