import { fieldLabel } from '../../../electron/domain/reply'

// The service checks every input and says where it failed in developer terms ("fields.session",
// "year"); the clerk reads the field's own name and what to do about it.

export type InputIssue = {
  code?: string
  path?: (string | number)[]
  message?: string
  origin?: string
  maximum?: number | bigint
  minimum?: number | bigint
}

const NAMES: Record<string, string> = {
  fields: '答复信息',
  filters: '筛选条件',
  year: '取号年份（按成文日期）',
  reason: '退回理由',
  opinion: '审核意见',
  note: '说明',
  text: '内容',
  name: '姓名',
  pin: 'PIN'
}

const CHINESE = /[\u4e00-\u9fff]/

export function issueKey(issue: InputIssue): string {
  const keys = (issue.path ?? []).filter((p): p is string => typeof p === 'string')
  return keys.at(-1) ?? ''
}

/** One sentence in the words of the screen, e.g. 「届次太长，最多 100 字」. */
export function plainIssue(issue: InputIssue): string {
  const key = issueKey(issue)
  const label = NAMES[key] ?? fieldLabel(key)
  const own = issue.message && CHINESE.test(issue.message) ? issue.message : ''
  const max = Number(issue.maximum)
  const min = Number(issue.minimum)
  if (issue.code === 'too_big') {
    if (issue.origin === 'string') return `${label}太长，最多 ${max} 字`
    if (issue.origin === 'array') return `${label}太多，最多 ${max} 项`
    return `${label}不能大于 ${max}`
  }
  if (issue.code === 'too_small') {
    if (own) return own
    if (issue.origin === 'string') return min <= 1 ? `请填写${label}` : `${label}至少 ${min} 字`
    return `${label}不能小于 ${min}`
  }
  if (own) return own.includes(label) ? own : `${label}：${own}`
  return `${label}的格式不正确，请检查后重新填写`
}

export function issuesOf(details: unknown): InputIssue[] {
  return Array.isArray(details) ? (details as InputIssue[]) : []
}

/** The message for a refused input; the service's own text when it gave no issues. */
export function inputProblem(details: unknown, fallback: string): string {
  const issues = issuesOf(details)
  return issues.length ? issues.map(plainIssue).join('；') : fallback
}
