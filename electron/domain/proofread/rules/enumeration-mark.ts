import { at, type Rule } from '../rule'
import type { Finding } from '../types'
import { hits } from './scan'

// 公文 numbers its third level 1. 2. 3. (GB/T 9704-2012 §7.3.3); 1、 is common in typed text.

const NUMBER_COMMA = /(?<=^|[。；：！？])\s*(\d{1,2})、(?=\s*[\p{Script=Han}（(“])/gu

export const enumerationMark: Rule = {
  id: 'enumeration-mark',
  title: '阿拉伯数字序号后用“.”',
  severity: 'warning',
  check(doc) {
    const out: Finding[] = []
    for (const { m, end } of hits(doc, NUMBER_COMMA)) {
      const start = end - m[1]!.length - 1
      out.push(
        at(
          enumerationMark,
          doc,
          start,
          end,
          `阿拉伯数字序号后应用“.”，写作“${m[1]}.”。`,
          `${m[1]}.`
        )
      )
    }
    return out
  }
}
