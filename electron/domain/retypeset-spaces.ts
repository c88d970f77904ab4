import { analyze } from './proofread/document'
import { fixUntilStable } from './proofread/fixes'
import { straySpace } from './proofread/rules/stray-space'

// PDF extraction puts spaces where the letter had none (2024 年 1 月 1 日, 200 万元). They are not
// part of the letter's words, so re-typesetting drops them; every other character stays. Only the
// proofreader's stray-space rule decides, run on its own: the date and 文号 rules would rewrite
// more than spaces.

/** The text without the spaces extraction added, and how many runs of them went. */
export function withoutExtractionSpaces(text: string): { text: string; removed: number } {
  let removed = 0
  const fixed = fixUntilStable(text, (current) => {
    const found = straySpace.check(analyze({ text: current }))
    removed += found.length
    return found
  })
  return { text: fixed.text, removed }
}
