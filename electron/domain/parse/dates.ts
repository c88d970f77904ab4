import { compact, readNumber } from './text'

const NUM = '[0-9０-９〇○零O一二三四五六七八九十两]{1,4}'
// 日 may be missing at the end of a line (2024年9月3), where only one reading is possible
const DATE = new RegExp(`(${NUM})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*(?:日|号|$)`)
const DATE_NUMERIC = /(\d{4})\s*[-./／]\s*(\d{1,2})\s*[-./／]\s*(\d{1,2})/

function iso(y: number | null, m: number | null, d: number | null): string | null {
  if (y === null || m === null || d === null || y < 1949 || y > 2200) return null
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** The first date in a string (2025 年 7 月 16 日, 二〇二五年七月十六日, 2025-07-16) as yyyy-mm-dd. */
export function findDate(s: string): { iso: string; index: number; length: number } | null {
  const m = DATE.exec(s) ?? DATE_NUMERIC.exec(s)
  if (!m) return null
  const value = iso(readNumber(m[1]!), readNumber(m[2]!), readNumber(m[3]!))
  return value ? { iso: value, index: m.index, length: m[0].length } : null
}

/** A line that is nothing but a date (a signature date), as yyyy-mm-dd. */
export function dateOnly(line: string): string | null {
  const s = compact(line)
    .replace(/[\s|｜]+$/, '')
    .replace(/^[（(]|[)）]$/g, '')
  const found = findDate(s)
  return found && found.index === 0 && found.length === s.length ? found.iso : null
}
