import type { ReplyFields } from '../../../../electron/contract'

// Inline checks the clerk sees while typing; the server validates again at the boundary with the
// same rules (electron/domain/phone.ts), which the renderer may not import.

const MOBILE = /^1[3-9]\d{9}$/
const LANDLINE = /^0\d{2,3}-\d{7,8}(?:-\d{1,6})?$/

export function phoneProblem(value: string): string {
  if (value === '') return ''
  const t = value.trim()
  if (MOBILE.test(t) || LANDLINE.test(t)) return ''
  if (/^0\d{9,11}$/.test(t)) return '固定电话的区号与号码之间请加“-”，如 0730-8206079。'
  return '电话号码应为 11 位手机号码，或带区号的固定电话，如 0730-8206079。'
}

export function postcodeProblem(value: string): string {
  return value === '' || /^\d{6}$/.test(value) ? '' : '邮政编码应为 6 位数字。'
}

export function itemNumberProblem(value: string): string {
  return value === '' || /^\d{1,5}$/.test(value)
    ? ''
    : '编号只填数字，如 17 或 068（保留原有的 0）。'
}

export type FieldProblems = Partial<Record<keyof ReplyFields, string>>

export function fieldProblems(f: ReplyFields): FieldProblems {
  const problems: FieldProblems = {
    leader_phone: phoneProblem(f.leader_phone),
    handler_phone: phoneProblem(f.handler_phone),
    postcode: postcodeProblem(f.postcode),
    item_number: itemNumberProblem(f.item_number)
  }
  if (f.date && f.assigned_date && f.date < f.assigned_date) {
    problems.date = '成文日期早于交办日期，请核对。'
  }
  return problems
}
