import type { ReplyFields } from '../reply'
import type { ProofDoc } from './document'
import type { Finding, Fix, RuleInfo } from './types'

export type Rule = RuleInfo & {
  /** Drop this rule's findings where a fixing finding of one of these rules covers the spot. */
  yieldsTo?: readonly string[]
  check(doc: ProofDoc): Finding[]
}

export function at(
  rule: RuleInfo,
  doc: ProofDoc,
  start: number,
  end: number,
  message: string,
  fix?: Fix
): Finding {
  const finding: Finding = {
    rule: rule.id,
    severity: rule.severity,
    start,
    end,
    excerpt: doc.text.slice(start, end),
    message
  }
  if (fix && fix.length > 0) finding.fix = fix
  return finding
}

/** A finding about a whole field value; `replacement` becomes the fix when it differs. */
export function onField(
  rule: RuleInfo,
  field: keyof ReplyFields,
  value: string,
  message: string,
  replacement?: string
): Finding {
  const finding: Finding = {
    rule: rule.id,
    severity: rule.severity,
    start: 0,
    end: value.length,
    excerpt: value,
    message,
    field
  }
  if (replacement !== undefined && replacement !== value) {
    finding.fix = [{ start: 0, end: value.length, replacement }]
  }
  return finding
}

export function replace(start: number, end: number, replacement: string): Fix {
  return [{ start, end, replacement }]
}

export function fieldText(doc: ProofDoc, key: keyof ReplyFields): string {
  const value = doc.fields[key]
  return typeof value === 'string' ? value.trim() : ''
}
