import { toHalfWidthDigits } from '../chars'
import { at, type Rule } from '../rule'
import type { Finding } from '../types'

// Numbers are written with half-width digits (GB/T 15835). Full-width digits and a full-width
// point inside a number come from typing in full-width mode. A full-width comma between numbers is
// left alone: 120，150，180 is a list as often as a thousands separator.

const FULL_WIDTH_DIGITS = /[0-9０-９]*[０-９][0-9０-９]*(?:[．.][0-9０-９]+)?/g
const FULL_WIDTH_POINT = /(?<![0-9０-９．.])[0-9]+．[0-9]+/g

function halfWidth(s: string): string {
  return toHalfWidthDigits(s).replace(/．/g, '.')
}

export const fullWidthNumber: Rule = {
  id: 'full-width-number',
  title: '数字中的全角字符',
  severity: 'warning',
  yieldsTo: ['doc-number-format', 'date-format', 'phone-number'],
  check(doc) {
    const out: Finding[] = []
    for (const re of [FULL_WIDTH_DIGITS, FULL_WIDTH_POINT]) {
      for (const m of doc.text.matchAll(re)) {
        const fixed = halfWidth(m[0])
        const end = m.index + m[0].length
        out.push(
          at(fullWidthNumber, doc, m.index, end, `数字应使用半角字符，请写作“${fixed}”。`, fixed)
        )
      }
    }
    return out
  }
}
