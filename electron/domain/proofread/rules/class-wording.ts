import { toHalfWidthDigits } from '../chars'
import type { ProofDoc } from '../document'
import { at, fieldText, type Rule } from '../rule'
import type { Finding } from '../types'

// 办理结果 and wording must agree: an A reply says the matter is solved or adopted, a C reply
// explains why it cannot be for now. Supervisors send back replies whose class and body disagree.

const CLASS_IN_HEADER =
  /(?:^|[\s号（(])[（(]?\s*([A-DＡ-Ｄ][0-9０-９]?|[甲乙丙丁])\s*[）)]?\s*类|^([A-DＡ-Ｄ][0-9０-９]?)$/
const SOLVED = /已(?:全部|基本|彻底)?(?:解决|落实|完成|办结)/g
const UNSOLVABLE =
  /暂不具备(?:实施)?条件|不具备实施条件|(?:暂时)?无法解决|难以解决|暂无法|留作参考|作为参考/g

type Group = 'solved' | 'unsolvable'

function classCode(doc: ProofDoc): string | null {
  const field = fieldText(doc, 'classification')
  if (field) return field
  for (const p of doc.header) {
    const m = CLASS_IN_HEADER.exec(p.text)
    const code = m?.[1] ?? m?.[2]
    if (code) return code
  }
  return null
}

function group(code: string): Group | null {
  const c = toHalfWidthDigits(code).replace(/[Ａ-Ｄ]/, (x) =>
    String.fromCharCode(x.charCodeAt(0) - 0xfee0)
  )
  if (/^[A甲]/.test(c)) return 'solved'
  if (/^[CD丙丁]/.test(c)) return 'unsolvable'
  return null
}

export const classWording: Rule = {
  id: 'class-wording',
  title: '办理结果类别与正文表述',
  severity: 'warning',
  check(doc) {
    if (!doc.reply) return []
    const code = classCode(doc)
    const kind = code ? group(code) : null
    if (!code || !kind) return []
    const re = kind === 'solved' ? UNSOLVABLE : SOLVED
    const meaning = kind === 'solved' ? '已解决或采纳' : '暂不能解决或留作参考'
    const message = (phrase: string) =>
      `办理结果为${code}类（${meaning}），正文却写“${phrase}”，类别与表述不一致，请核对类别或修改表述。`
    const out: Finding[] = []
    for (const p of doc.body) {
      for (const m of p.text.matchAll(re)) {
        const start = p.start + m.index
        out.push(at(classWording, doc, start, start + m[0].length, message(m[0])))
      }
    }
    return out
  }
}
