import { FIELD_LABELS, fieldLabel, type ReplyFields } from '../reply'

export type FieldChange = { field: string; label: string; before: string; after: string }

const FORMAT_WORDS: Record<string, string> = { letter: '信函格式', standard: '文件格式' }

function shown(field: string, value: unknown): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.map(String).join('、')
  if (field === 'format' && typeof value === 'string') return FORMAT_WORDS[value] ?? value
  if (typeof value === 'object') {
    const info = value as Record<string, unknown>
    return [
      info.level,
      info.body,
      info.term && `${String(info.term)}届`,
      info.meeting && `${String(info.meeting)}次`
    ]
      .filter(Boolean)
      .join('')
  }
  return String(value)
}

/** Fields whose shown value differs, in the order of the drafting form. */
export function changedFields(
  before: Partial<ReplyFields>,
  after: Partial<ReplyFields>
): FieldChange[] {
  const keys = Object.keys(FIELD_LABELS) as (keyof ReplyFields)[]
  const extra = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => !(k in FIELD_LABELS)
  )
  return [...keys, ...extra].flatMap((field) => {
    const b = shown(field, (before as Record<string, unknown>)[field])
    const a = shown(field, (after as Record<string, unknown>)[field])
    if (a === b) return []
    return [{ field, label: fieldLabel(field), before: b, after: a }]
  })
}
