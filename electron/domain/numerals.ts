// Chinese numerals as replies write them; ○ and a Latin O stand for 〇 in typed and OCR'd years.

export const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  '○': 0,
  零: 0,
  O: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9
}

/** 一 … 九十九 as a number; null for anything else. */
export function chineseNumber(s: string): number | null {
  if (s.length === 0 || s.length > 3) return null
  const ten = s.indexOf('十')
  if (ten === -1) return s.length === 1 ? (DIGITS[s] ?? null) : null
  const tens = ten === 0 ? 1 : (DIGITS[s.slice(0, ten)] ?? null)
  const rest = s.slice(ten + 1)
  const ones = rest === '' ? 0 : (DIGITS[rest] ?? null)
  if (tens === null || ones === null || (ten > 0 && s.slice(0, ten).length !== 1)) return null
  return tens * 10 + ones
}

const NUMERALS = '〇一二三四五六七八九'

/** 1 … 99 as 一 … 九十九, as heading ordinals are written; any other number in Arabic digits. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 100) return String(n)
  if (n < 10) return NUMERALS[n]!
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : NUMERALS[tens]}十${ones === 0 ? '' : NUMERALS[ones]}`
}

/** 二〇二五 → 2025: digit by digit, as years are written. */
export function chineseDigits(s: string): string | null {
  let out = ''
  for (const c of s) {
    // a Cyrillic О, too, from some input methods
    const d = c === 'О' ? 0 : DIGITS[c]
    if (d === undefined) return null
    out += String(d)
  }
  return out
}
