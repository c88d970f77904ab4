import type { ReplyFields } from '../reply'
import type { ProofDoc } from './document'
import type { Finding, Fix, RuleInfo } from './types'

export type Rule = RuleInfo & {
  /** Drop this rule's findings where a fixing finding of one of these rules covers the spot. */
  yieldsTo?: readonly string[]
  check(doc: ProofDoc): Finding[]
}

/** `fix` is a list of edits, or the replacement of exactly the text the finding covers. */
export function at(
  rule: RuleInfo,
  doc: ProofDoc,
  start: number,
  end: number,
  message: string,
  fix?: Fix | string
): Finding {
  const finding: Finding = {
    rule: rule.id,
    severity: rule.severity,
    start,
    end,
    excerpt: doc.text.slice(start, end),
    message
  }
  if (typeof fix === 'string') finding.fix = replace(start, end, fix)
  else if (fix && fix.length > 0) finding.fix = fix
  return finding
}

/** A finding about a whole field value (as stored, untrimmed); `replacement` becomes the fix. */
export function onField(
  rule: RuleInfo,
  doc: ProofDoc,
  field: keyof ReplyFields,
  message: string,
  replacement?: string
): Finding {
  const raw = doc.fields[field]
  const value = typeof raw === 'string' ? raw : ''
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
