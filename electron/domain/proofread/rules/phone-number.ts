import { isPhoneNumber, phoneProblem } from '../../phone'
import { toHalfWidthDigits } from '../chars'
import type { Paragraph, ProofDoc } from '../document'
import { at, fieldText, onField, type Rule } from '../rule'
import type { Finding } from '../types'

// Numbers after 电话/手机/传真 in the contact block: an 11-digit mobile starting with 1, or a
// landline with its area code and a hyphen (0730-8206079). Only the stretch up to the next label
// is read, so a 邮政编码 on the same line is not taken for a phone number.

const LABEL =
  /电话|手机|座机|传真|邮编|邮政编码|地址|邮箱|主管领导|分管领导|承办负责人|承办人|经\s*办\s*人|联系人/g
const PHONE_LABEL = /电话|手机|座机|传真/
const NUMBER =
  /[（(]?[0-9０-９](?:[0-9０-９]|[-－—–](?=[0-9０-９])|[)）](?=\s*[0-9０-９])|\s(?=[0-9０-９]))*/g
const CONTACT_LINE =
  /^[（(]?(?:联系)?(?:电话|手机|座机|传真)|^[（(]?(?:主管领导|分管领导|承办负责人|承办人|经\s*办\s*人|联系人)/
const MIN_DIGITS = 5

/** The standard spelling when the number is a phone number written loosely; null otherwise. */
function normalizePhone(written: string): string | null {
  const s = toHalfWidthDigits(written.trim()).replace(/[－—–]/g, '-')
  if (isPhoneNumber(s)) return s
  const digits = s.replace(/[\s()（）-]/g, '')
  if (/^1[3-9]\d{9}$/.test(digits)) return digits
  const area = /^0[12]/.test(digits) ? 3 : 4
  if (/^0\d{9,11}$/.test(digits) && /^\d{7,8}$/.test(digits.slice(area))) {
    return `${digits.slice(0, area)}-${digits.slice(area)}`
  }
  return null
}

function describe(written: string): string {
  const problem = phoneProblem(toHalfWidthDigits(written).replace(/[^0-9-]/g, ''))
  return `${problem ?? '电话号码应为 11 位手机号码，或带区号的固定电话，如 0730-8206079'}。`
}

function isContactLine(doc: ProofDoc, p: Paragraph, tail: Set<Paragraph>): boolean {
  return (doc.reply && tail.has(p)) || (CONTACT_LINE.test(p.text) && p.text.length <= 80)
}

function inParagraph(doc: ProofDoc, p: Paragraph, out: Finding[]) {
  const labels = [...p.text.matchAll(LABEL)]
  labels.forEach((label, k) => {
    if (!PHONE_LABEL.test(label[0])) return
    const from = label.index + label[0].length
    const to = labels[k + 1]?.index ?? p.text.length
    for (const m of p.text.slice(from, to).matchAll(NUMBER)) {
      const written = m[0].trimEnd()
      if (written.replace(/[^0-9０-９]/g, '').length < MIN_DIGITS) continue
      // a local number without its area code (7652318, 82123456) is how county bureaus print it
      if (/^[2-9]\d{6,7}$/.test(toHalfWidthDigits(written.trim()))) continue
      const start = p.start + from + m.index
      const end = start + written.length
      const fixed = normalizePhone(written)
      if (fixed === written) continue
      out.push(
        fixed
          ? at(phoneNumber, doc, start, end, `电话号码写法不规范，应写作“${fixed}”。`, fixed)
          : at(phoneNumber, doc, start, end, describe(written))
      )
    }
  })
}

function inFields(doc: ProofDoc, out: Finding[]) {
  for (const key of ['leader_phone', 'handler_phone'] as const) {
    const value = fieldText(doc, key)
    if (!value || isPhoneNumber(value)) continue
    const fixed = normalizePhone(value)
    out.push(
      fixed
        ? onField(phoneNumber, doc, key, `电话号码写法不规范，应写作“${fixed}”。`, fixed)
        : onField(phoneNumber, doc, key, describe(value))
    )
  }
}

export const phoneNumber: Rule = {
  id: 'phone-number',
  title: '电话号码格式',
  severity: 'error',
  check(doc) {
    const out: Finding[] = []
    inFields(doc, out)
    const tail = new Set(doc.tail)
    for (const p of doc.paragraphs) {
      if (isContactLine(doc, p, tail) && PHONE_LABEL.test(p.text)) inParagraph(doc, p, out)
    }
    return out
  }
}
