import { chineseNumeral } from '../numerals'

// Numbers and dates as official documents print them.

/** 2025-07-16 → 2025年7月16日 (GB/T 9704-2012: Arabic numerals, no padding); '' when not a date. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso.trim())
  if (!m) return ''
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`
}

/** 1 → 一, 2 → 两 (一式两份), 12 → 十二, 20 → 二十; for counts below 100. */
export function countInChinese(n: number): string {
  if (n === 2) return '两'
  return n === 0 ? '〇' : chineseNumeral(n)
}
