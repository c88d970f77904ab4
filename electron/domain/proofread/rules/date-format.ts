import { toHalfWidthDigits } from '../chars'
import { isDateLine, type Paragraph, type ProofDoc } from '../document'
import { chineseDigits, chineseNumber } from '../../numerals'
import { at, fieldText, onField, type Rule } from '../rule'
import type { Finding } from '../types'

// Dates as GB/T 9704-2012 writes them: 2025年7月16日, Arabic numerals, no zero padding. The
// signature date (成文日期) may not lie in the future nor before the item was assigned; dates in
// the body may, since replies state plans.

const ARABIC =
  /(?<![0-9０-９])([0-9０-９]{4})\s*年\s*([0-9０-９]{1,2})\s*月(?:\s*([0-9０-９]{1,2})\s*日)?/g
const CHINESE =
  /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月(?:\s*([一二三四五六七八九十]{1,3})\s*日)?/g
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/

type DateParts = { y: number; m: number; d: number | null }

function valid({ y, m, d }: DateParts): boolean {
  if (m < 1 || m > 12) return false
  if (d === null) return true
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

function iso({ y, m, d }: DateParts): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d ?? 1).padStart(2, '0')}`
}

function written({ y, m, d }: DateParts): string {
  return `${y}年${m}月${d === null ? '' : `${d}日`}`
}

function readArabic(m: RegExpMatchArray): DateParts {
  const n = (s: string | undefined) => (s === undefined ? null : Number(toHalfWidthDigits(s)))
  return { y: n(m[1])!, m: n(m[2])!, d: n(m[3]) }
}

function readChinese(m: RegExpMatchArray): DateParts | null {
  const y = chineseDigits(m[1]!)
  const month = chineseNumber(m[2]!)
  const d = m[3] === undefined ? null : chineseNumber(m[3])
  if (y === null || month === null || (m[3] !== undefined && d === null)) return null
  return { y: Number(y), m: month, d }
}

function check(
  doc: ProofDoc,
  start: number,
  end: number,
  parts: DateParts,
  problem: string | null
) {
  if (!valid(parts)) {
    return at(dateFormat, doc, start, end, '日期不存在，请核对年、月、日。')
  }
  if (!problem) return null
  const fixed = written(parts)
  return at(dateFormat, doc, start, end, `${problem}，应写作“${fixed}”。`, fixed)
}

function inParagraph(doc: ProofDoc, p: Paragraph, out: Finding[]) {
  for (const m of p.text.matchAll(ARABIC)) {
    const padded = [m[2], m[3]].some((s) => s !== undefined && s.length === 2 && /^[0０]/.test(s))
    const start = p.start + m.index
    const found = check(
      doc,
      start,
      start + m[0].length,
      readArabic(m),
      padded ? '月、日不编虚位，不补“0”' : null
    )
    if (found) out.push(found)
  }
  for (const m of p.text.matchAll(CHINESE)) {
    const parts = readChinese(m)
    const start = p.start + m.index
    if (!parts) continue
    const found = check(doc, start, start + m[0].length, parts, '日期应使用阿拉伯数字')
    if (found) out.push(found)
  }
}

function lineDate(p: Paragraph): DateParts | null {
  const a = [...p.text.matchAll(ARABIC)][0]
  if (a) return readArabic(a)
  const c = [...p.text.matchAll(CHINESE)][0]
  return c ? readChinese(c) : null
}

function timing(doc: ProofDoc, date: string): string | null {
  if (doc.today && date > doc.today) return '成文日期晚于今天，请核对'
  const assigned = fieldText(doc, 'assigned_date')
  if (assigned && date < assigned) return `成文日期早于交办日期（${assigned}），请核对`
  return null
}

function signatureDates(doc: ProofDoc, out: Finding[]) {
  if (!doc.reply) return
  for (const p of doc.tail) {
    if (!isDateLine(p)) continue
    const parts = lineDate(p)
    if (!parts || !valid(parts)) continue
    const problem = timing(doc, iso(parts))
    if (problem) out.push(at(dateFormat, doc, p.start, p.end, `${problem}。`))
  }
}

function dateField(doc: ProofDoc, out: Finding[]) {
  const value = fieldText(doc, 'date')
  if (!value) return
  const m = ISO.exec(value)
  const parts = m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null
  if (!parts || !valid(parts)) {
    out.push(onField(dateFormat, doc, 'date', '成文日期无法识别，请按“2025-07-16”的形式填写。'))
    return
  }
  const problem = timing(doc, value)
  if (problem) out.push(onField(dateFormat, doc, 'date', `${problem}。`))
}

export const dateFormat: Rule = {
  id: 'date-format',
  title: '日期格式',
  severity: 'error',
  check(doc) {
    const out: Finding[] = []
    dateField(doc, out)
    for (const p of doc.paragraphs) inParagraph(doc, p, out)
    signatureDates(doc, out)
    return out
  }
}
