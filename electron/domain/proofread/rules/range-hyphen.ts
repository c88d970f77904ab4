import { at, type Rule } from '../rule'
import type { Finding } from '../types'
import { hits } from './scan'

// A range of numbers takes 一字线 or 浪纹线 (2023—2025年, 3～5个; GB/T 15834-2011), not a
// hyphen. Phone numbers (0730-8206079), ISO dates and codes (431000-2024-00123) are left alone.

const UNIT =
  '年|个|月|日|天|周|人|名|万|亿|元|岁|%|％|次|家|所|项|张|台|辆|小时|分钟|公里|平方米|倍'
const RANGE = new RegExp(
  `(?<![0-9０-９\\-－./:])(\\d{1,4}(?:\\.\\d+)?)\\s*([-－])\\s*(\\d{1,4}(?:\\.\\d+)?)(?![0-9\\-－])(?=\\s*(?:${UNIT}))`,
  'g'
)

export const rangeHyphen: Rule = {
  id: 'range-hyphen',
  title: '数值范围用连接号',
  severity: 'warning',
  check(doc) {
    const out: Finding[] = []
    for (const { m, start } of hits(doc, RANGE)) {
      const [from, to] = [m[1]!, m[3]!]
      if (/^0\d/.test(from) || Number(from) >= Number(to)) continue
      const mark = from.length === 4 && to.length === 4 ? '—' : '～'
      const dash = start + m[0].indexOf(m[2]!)
      out.push(
        at(
          rangeHyphen,
          doc,
          dash,
          dash + 1,
          `表示数值范围应使用“${mark}”，写作“${from}${mark}${to}”。`,
          mark
        )
      )
    }
    return out
  }
}
