import { DIGITS } from '../numerals'

// Small string helpers shared by the cleaner and the field readers.

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d\\u2014\\u2026'
const SPACE_NEAR_CJK = new RegExp(`(?<=[${CJK}])[^\\S\\n]+|[^\\S\\n]+(?=[${CJK}])`, 'gu')

/** Removes the spaces PDF extraction puts next to Chinese text (第 068 号, 答 复); Latin keeps its spaces. */
export function compact(s: string): string {
  return s
    .replace(SPACE_NEAR_CJK, '')
    .replace(/[^\S\n]{2,}/g, ' ')
    .trim()
}

export function stripBold(s: string): string {
  return s.replaceAll('**', '')
}

/** Full-width digits and letters to ASCII, for numbers, phones and codes. */
export function toAscii(s: string): string {
  return s.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0)
  )
}

const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2014\u2026]/u

/** Width in Chinese characters: a Latin letter or digit counts half. */
export function visualWidth(s: string): number {
  let width = 0
  for (const ch of s) {
    if (/\s/.test(ch)) continue
    width += WIDE.test(ch) ? 1 : 0.5
  }
  return width
}

/** Arabic or Chinese numerals below 1000 (十七, 二十, 一百零五); digit strings like 二〇二五 read digit by digit. */
export function readNumber(raw: string): number | null {
  const s = toAscii(raw.trim())
  if (/^\d+$/.test(s)) return Number(s)
  const digit = (c: string) => (/\d/.test(c) ? Number(c) : DIGITS[c])
  if (!s || ![...s].every((c) => digit(c) !== undefined || c === '十' || c === '百')) return null
  if (!/[十百]/.test(s)) return Number([...s].map(digit).join(''))
  let total = 0
  let pending = 0
  for (const c of s) {
    if (c === '百') {
      total += (pending || 1) * 100
      pending = 0
    } else if (c === '十') {
      total += (pending || 1) * 10
      pending = 0
    } else {
      pending = digit(c) ?? 0
    }
  }
  return total + pending
}
