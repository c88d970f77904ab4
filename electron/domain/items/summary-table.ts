import type { ItemKind, ItemRole } from './item'

// The 汇总表 the 督查室 collects: the common columns first, then the bureau's own.

export const SUMMARY_COLUMNS = [
  '序号',
  '编号',
  '标题',
  '提出人',
  '承办方式',
  '办理结果类别',
  '答复文号',
  '答复日期',
  '沟通方式',
  '满意度',
  '届次',
  '类别',
  '承办科室',
  '经办人',
  '办理期限',
  '办理状态'
] as const

export type SummarySource = {
  number: string
  title: string
  proposer: string
  co_signers: string[]
  role: ItemRole
  result_class: string
  reply_doc_number: string
  reply_date: string
  /** the ways of every contact, in order */
  contact_ways: string[]
  satisfaction: string
  session: string
  kind: ItemKind
  department: string
  handler: string
  due_date: string
  status_label: string
}

export function summaryRows(items: readonly SummarySource[]): string[][] {
  return items.map((item, i) => [
    String(i + 1),
    item.number,
    item.title,
    item.co_signers.length ? `${item.proposer}等${item.co_signers.length + 1}人` : item.proposer,
    item.role,
    item.result_class,
    item.reply_doc_number,
    item.reply_date,
    [...new Set(item.contact_ways)].join('、'),
    item.satisfaction,
    item.session,
    item.kind,
    item.department,
    item.handler,
    item.due_date,
    item.status_label
  ])
}
