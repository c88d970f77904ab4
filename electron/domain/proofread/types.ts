import type { ReplyFields } from '../reply'

export type Severity = 'error' | 'warning' | 'info'

/** Edits on the same text as the finding, non-overlapping. */
export type Fix = { start: number; end: number; replacement: string }[]

export type Finding = {
  rule: string
  severity: Severity
  start: number
  end: number
  excerpt: string
  /** Chinese: what is wrong and what to write instead. */
  message: string
  fix?: Fix
  /** Set when the finding is about a field value; offsets then index into that value. */
  field?: keyof ReplyFields
}

export type ProofreadOptions = {
  /** [preferred, variant]: the variant is reported when both forms occur in one document. */
  termPairs?: [string, string][]
  /** ISO yyyy-mm-dd, for "not in the future". */
  today?: string
  requiredFields?: (keyof ReplyFields)[]
}

export type ProofreadInput = {
  text: string
  fields?: Partial<ReplyFields>
  options?: ProofreadOptions
}

export type RuleInfo = { id: string; title: string; severity: Severity }
