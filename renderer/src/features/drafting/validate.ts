import type { ReplyFields } from '../../../../electron/contract'
import { phoneProblem as phoneRule } from '../../../../electron/domain/phone'

// Inline checks the clerk sees while typing; the server validates again at the boundary.

/** The server's phone rule, as a sentence beside the field; '' when the number is fine. */
export function phoneProblem(value: string): string {
  const problem = phoneRule(value)
  return problem ? `${problem}。` : ''
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
