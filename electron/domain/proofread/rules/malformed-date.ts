import { chineseNumber, DIGITS } from '../../numerals'
import { at, type Rule } from '../rule'
import type { Finding } from '../types'
import { hits } from './scan'

// Dates that extraction or typing broke: digits run together (2023619), a Chinese-numeral year
// written with an Arabic zero or a letter O (二00七年, 二0二三年十一月六日), and a date that
// lost its 日 at the end of a line (2024年9月3). Each is reported only when it reads as one date.

const RUN_TOGETHER = /(?<![0-9０-９第\-/.:：A-Za-z])((?:19|20)\d{2})(\d{3,4})(?![0-9号\-/.])/g
const MIXED_YEAR =
  /([〇○零一二三四五六七八九0OＯ０]{4})年(?:([一二三四五六七八九十0-9]{1,3})月(?:([一二三四五六七八九十0-9]{1,3})日)?)?/g
const NO_DAY = /(\d{4})年(\d{1,2})月(\d{1,2})(?=\s*$|\s*[|｜，。；])/g
const PHONE_NEAR = /电话|手机|号码|传真|邮编|邮政编码|索引号|编号/

function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d))
  return y >= 1949 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** The one month/day split of the digits after the year that gives a real date, if only one does. */
function onlyReading(y: number, rest: string): [number, number] | null {
  const readings: [number, number][] = []
  for (let cut = 1; cut < rest.length; cut++) {
    const mm = rest.slice(0, cut)
    const dd = rest.slice(cut)
    if (mm.length > 2 || dd.length > 2) continue
    if (validDate(y, Number(mm), Number(dd))) readings.push([Number(mm), Number(dd)])
  }
  return readings.length === 1 ? readings[0]! : null
}

function digitOf(c: string): number | undefined {
  return /[0０OＯ]/.test(c) ? 0 : DIGITS[c]
}

function numeral(s: string | undefined): number | null {
  if (s === undefined) return null
  return /^\d+$/.test(s) ? Number(s) : chineseNumber(s.replace(/0/g, '〇'))
}

export const malformedDate: Rule = {
  id: 'malformed-date',
  title: '残缺或粘连的日期',
  severity: 'error',
  check(doc) {
    const out: Finding[] = []
    for (const { p, m, start, end } of hits(doc, RUN_TOGETHER)) {
      // an item number (第 20240118 号) or a phone, code or index number is no date
      const before = doc.text.slice(Math.max(p.start, start - 3), start)
      if (PHONE_NEAR.test(p.text) || /第\s*$/.test(before) || /^\s*号/.test(doc.text.slice(end)))
        continue
      const y = Number(m[1])
      const md = onlyReading(y, m[2]!)
      if (!md) continue
      const fixed = `${y}年${md[0]}月${md[1]}日`
      out.push(at(malformedDate, doc, start, end, `日期的数字连在一起，应写作“${fixed}”。`, fixed))
    }
    for (const { m, start, end } of hits(doc, MIXED_YEAR)) {
      const year = m[1]!
      if (!/[0OＯ０]/.test(year) || /^[0-9０-９]+$/.test(year)) continue
      const digits = [...year].map(digitOf)
      if (digits.some((d) => d === undefined)) continue
      const y = Number(digits.join(''))
      const month = numeral(m[2])
      const day = numeral(m[3])
      const fixed = `${y}年${month !== null ? `${month}月` : ''}${day !== null ? `${day}日` : ''}`
      out.push(
        at(
          malformedDate,
          doc,
          start,
          end,
          `年份中汉字数字与阿拉伯数字“0”或字母“O”混用，应写作“${fixed}”。`,
          fixed
        )
      )
    }
    for (const { m, start, end } of hits(doc, NO_DAY)) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
      if (!validDate(y, mo, d)) continue
      out.push(
        at(malformedDate, doc, start, end, `日期缺少“日”字，应写作“${m[0]}日”。`, `${m[0]}日`)
      )
    }
    return out
  }
}
