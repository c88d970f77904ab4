import type { HeadingLevel } from './body'
import { chineseNumeral } from './numerals'

// 层次序数 一、 （一） 1. （1） (GB/T 9704-2012 §7.3.3), read as clerks type and paste them: spaces
// inside, half-width brackets, 一. or 一． for 一、. A digit right after the stop (一.5, 1.5亿元) is a
// number, not a heading. The parser, the proofreader, plain-text bodies and the editor all read
// headings with these patterns.

const CN = '[一二三四五六七八九十]{1,3}'

const PATTERNS: readonly [HeadingLevel, RegExp][] = [
  [1, new RegExp(`^(?<n>${CN})\\s*[、．.](?![0-9])`)],
  [2, new RegExp(`^[（(]\\s*(?<n>${CN})\\s*[）)]`)],
  [3, /^(?<n>[0-9]{1,2})\s*[.．、](?![0-9])/],
  [4, /^[（(]\s*(?<n>[0-9]{1,2})\s*[）)]/]
]

export type HeadingMarker = {
  level: HeadingLevel
  /** the ordinal as written: 十二, 3 */
  numeral: string
  /** the marker exactly as it stands at the start of the text */
  written: string
}

/** The heading marker at the very start of `text`, or null. */
export function headingMarker(text: string): HeadingMarker | null {
  for (const [level, re] of PATTERNS) {
    const m = re.exec(text)
    if (m) return { level, numeral: m.groups!.n!, written: m[0] }
  }
  return null
}

/** The marker written the standard way for an ordinal given as written (十二 → 十二、, (3) → （3）). */
export function standardMarker(level: HeadingLevel, numeral: string): string {
  return level === 1 ? `${numeral}、` : level === 3 ? `${numeral}.` : `（${numeral}）`
}

/** The standard marker of the n-th heading of a level: 一、 （二） 3. （4）. */
export function markerFor(level: HeadingLevel, n: number): string {
  return standardMarker(level, level <= 2 ? chineseNumeral(n) : String(n))
}
