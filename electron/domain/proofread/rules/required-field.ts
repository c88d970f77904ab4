import type { ReplyFields } from '../../reply'
import { FIELD_LABELS } from '../../reply'
import { isDateLine, type ProofDoc } from '../document'
import type { Rule } from '../rule'
import type { Finding } from '../types'
import { hasDocNumber } from './doc-number-format'

// Fields the bureau's template requires. A draft keeps them as fields; a file being linted has
// them only in its text, so for the parts a reader can find there the text counts as well.

type Key = keyof ReplyFields

const TEXT_PATTERNS: Partial<Record<Key, RegExp>> = {
  leader: /(?:主管领导|分管领导|承办负责人)\s*[：:]?\s*\S/,
  handler: /(?:经\s*办\s*人|承办人|联\s*系\s*人)(?:姓名)?\s*[：:]?\s*\S/,
  leader_phone: /(?:电话|手机)\s*[：:]?\s*[0-9]/,
  handler_phone: /(?:电话|手机)\s*[：:]?\s*[0-9]/,
  postcode: /(?:邮政编码|邮编)\s*[：:]?\s*[0-9]{6}/,
  disclosure: /同意公开|予以公开|主动公开|依申请公开|不予公开/
}
const EXAMPLES: Partial<Record<Key, string>> = {
  doc_number: '，如“渌卫复〔2025〕1号”',
  date: '，如“2025年7月16日”',
  classification: '，如“A”'
}

function filled(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0
  return typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null
}

function inText(doc: ProofDoc, key: Key): boolean {
  const around = [...doc.header, ...doc.tail]
  switch (key) {
    case 'doc_number':
      return (doc.title.length > 0 ? doc.header : doc.paragraphs.slice(0, 3)).some((p) =>
        hasDocNumber(p.text)
      )
    case 'date':
      return doc.tail.some(isDateLine)
    case 'cc':
      return doc.cc.length > 0
    case 'title':
      return doc.title.length > 0
    case 'proposer':
      return doc.salutation !== null
    case 'kind':
      return doc.kind !== null
    default: {
      const re = TEXT_PATTERNS[key]
      return !!re && around.some((p) => re.test(p.text))
    }
  }
}

export const requiredField: Rule = {
  id: 'required-field',
  title: '模板要求的内容缺失',
  severity: 'error',
  check(doc) {
    return doc.requiredFields
      .filter((key) => !filled(doc.fields[key]) && !inText(doc, key))
      .map((key): Finding => ({
        rule: requiredField.id,
        severity: requiredField.severity,
        start: 0,
        end: 0,
        excerpt: '',
        message: `缺少${FIELD_LABELS[key]}：模板要求填写${FIELD_LABELS[key]}${EXAMPLES[key] ?? ''}，请补上。`,
        field: key
      }))
  }
}
