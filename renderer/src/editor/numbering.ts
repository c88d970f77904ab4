import type { HeadingLevel } from '../../../electron/domain/body'
import { headingMarker, markerFor } from '../../../electron/domain/heading-markers'

// 一、 （一） 1. （1）: the four heading levels of a Chinese official document. Numbers restart
// under each higher-level heading. Markers are read as the parser and the proofreader read them.

export function prefixFor(level: number, n: number): string {
  return markerFor(Math.min(4, Math.max(1, level)) as HeadingLevel, n)
}

/** The prefix currently at the start of a heading's text (of any level), or ''. */
export function currentPrefix(text: string): string {
  return headingMarker(text)?.written ?? ''
}

/** A level-1 marker the clerk typed or pasted at the start of a 正文 line: 「三、…」. */
export function typedHeadingLevel(text: string): number | null {
  return headingMarker(text)?.level === 1 && !/[。；;]/.test(text) ? 1 : null
}

/** The second of two markers in a row (「一、一、基本情况」), which the clerk typed after the one
 * the toolbar put there; '' when there is none. */
export function doubledPrefix(text: string): string {
  const first = currentPrefix(text)
  return first ? currentPrefix(text.slice(first.length)) : ''
}

/** Expected prefixes for headings in document order, given their levels. */
export function expectedPrefixes(levels: number[]): string[] {
  const counters = [0, 0, 0, 0, 0]
  return levels.map((level) => {
    const l = Math.min(4, Math.max(1, level))
    counters[l] = (counters[l] ?? 0) + 1
    for (let deeper = l + 1; deeper <= 4; deeper++) counters[deeper] = 0
    return prefixFor(l, counters[l] as number)
  })
}
