// 一、 （一） 1. （1）: the four heading levels of a Chinese official document. Numbers restart
// under each higher-level heading.

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

export function chineseNumeral(n: number): string {
  if (n <= 0 || n >= 100) return String(n)
  if (n < 10) return DIGITS[n] as string
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`
}

const CN = '[一二三四五六七八九十]+'
const PREFIX: Record<number, RegExp> = {
  1: new RegExp(`^${CN}、`),
  2: new RegExp(`^[（(]${CN}[）)]`),
  3: /^\d+[.．、]/,
  4: /^[（(]\d+[）)]/
}
const ANY_PREFIX = new RegExp(
  Object.values(PREFIX)
    .map((r) => r.source)
    .join('|')
)

export function prefixFor(level: number, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`
    case 2:
      return `（${chineseNumeral(n)}）`
    case 3:
      return `${n}.`
    default:
      return `（${n}）`
  }
}

/** The prefix currently at the start of a heading's text (of any level), or ''. */
export function currentPrefix(text: string): string {
  return ANY_PREFIX.exec(text)?.[0] ?? ''
}

/** A level-1 marker the clerk typed or pasted at the start of a 正文 line: 「三、…」. */
export function typedHeadingLevel(text: string): number | null {
  return PREFIX[1]?.test(text) && !/[。；;]/.test(text) ? 1 : null
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
