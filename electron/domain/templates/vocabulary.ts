import type { ReplyFields } from '../reply'

// The placeholders a template may use. Those tied to a field must be filled before export when
// they stand outside an optional part; the derived ones are worded from the fields and the profile
// and never block export.

type FieldSlot = { field: keyof ReplyFields; label: string }

export const FIELD_SLOTS = {
  organ: { field: 'organ', label: '发文机关' },
  session: { field: 'session', label: '届次' },
  item_number: { field: 'item_number', label: '编号' },
  proposer: { field: 'proposer', label: '提出人' },
  proposer_ref: { field: 'proposer', label: '提出人' },
  signers: { field: 'proposer', label: '提出人' },
  subject: { field: 'subject', label: '建议提案题目' },
  subject_title: { field: 'subject', label: '建议提案题目' },
  lead_unit: { field: 'lead_unit', label: '主办单位' },
  doc_number: { field: 'doc_number', label: '文号' },
  classification: { field: 'classification', label: '办理结果类别' },
  disclosure: { field: 'disclosure', label: '公开属性' },
  date: { field: 'date', label: '成文日期' },
  leader: { field: 'leader', label: '主管领导' },
  leader_phone: { field: 'leader_phone', label: '主管领导电话' },
  handler: { field: 'handler', label: '经办人' },
  handler_phone: { field: 'handler_phone', label: '经办人电话' },
  postcode: { field: 'postcode', label: '邮政编码' }
} as const satisfies Record<string, FieldSlot>

/**
 * kind: 建议 or 提案 (the item answered); reply_word: 答复 or 回复; you: 您 / 你们 / 贵委 / 贵会;
 * we: 我局 / 我委; level: 区 / 市 (or the place) of the session; n: how many signed a joint item;
 * greeting: the profile's 您好！ or nothing.
 */
export const DERIVED_SLOTS = ['kind', 'reply_word', 'you', 'we', 'level', 'n', 'greeting'] as const

export type SlotName = keyof typeof FIELD_SLOTS | (typeof DERIVED_SLOTS)[number]

export const TEMPLATE_SLOTS: ReadonlySet<string> = new Set([
  ...Object.keys(FIELD_SLOTS),
  ...DERIVED_SLOTS
])

export const COPIES_SLOTS: ReadonlySet<string> = new Set(['copies', 'copies_cn'])

const FIELD_LABELS: Partial<Record<keyof ReplyFields, string>> = Object.fromEntries(
  Object.values(FIELD_SLOTS).map((s) => [s.field, s.label])
)

export function fieldLabel(field: keyof ReplyFields): string {
  return FIELD_LABELS[field] ?? field
}

export function slotField(name: string): keyof ReplyFields | null {
  return name in FIELD_SLOTS ? FIELD_SLOTS[name as keyof typeof FIELD_SLOTS].field : null
}

export function slotLabel(name: string): string {
  return name in FIELD_SLOTS ? FIELD_SLOTS[name as keyof typeof FIELD_SLOTS].label : name
}
