import { at, type Rule } from '../rule'
import type { Finding } from '../types'
import { hits } from './scan'

// 文号 and item references with a piece missing: a 〔 never closed (岳卫函〔2024 12号) or a 〕
// never opened, and an ordinal whose numeral was dropped (第次会议, 第号建议, 十六届次会议).

const UNCLOSED = /[\p{Script=Han}]{1,8}[〔［]\s*\d{4}(?!\s*[〕］\]])/gu
const UNOPENED = /(?<![〔［[\d])[\p{Script=Han}]{1,8}\d{4}[〕］]\s*\d+\s*号/gu
const NO_NUMERAL = /第\s*(?=[次届号批])|届次(?=会议)/g

export const referenceNumber: Rule = {
  id: 'reference-number',
  title: '文号、届次和编号残缺',
  severity: 'error',
  check(doc) {
    const out: Finding[] = []
    for (const { start, end } of hits(doc, UNCLOSED)) {
      out.push(
        at(
          referenceNumber,
          doc,
          start,
          end,
          '文号中的六角括号“〔”没有配对的“〕”，请补全年份后的“〕”。'
        )
      )
    }
    for (const { start, end } of hits(doc, UNOPENED)) {
      out.push(
        at(referenceNumber, doc, start, end, '文号中的“〕”前缺少“〔”，应写作“代字〔年份〕序号号”。')
      )
    }
    for (const { start, m } of hits(doc, NO_NUMERAL)) {
      const what = m[0].startsWith('届') ? '届次之间' : '“第”之后'
      out.push(
        at(referenceNumber, doc, start, start + m[0].length + 1, `${what}缺少数字，请补上序数。`)
      )
    }
    return out
  }
}
