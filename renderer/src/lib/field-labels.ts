import type { ReplyFields } from '../../../electron/contract'

/** The names the form shows, for messages about a field. */
export const FIELD_LABELS: Partial<Record<keyof ReplyFields, string>> = {
  kind: '类别',
  role: '承办方式',
  session: '届次',
  item_number: '编号',
  proposer: '提出人',
  proposer_type: '提出人类型',
  co_signers: '联名人',
  subject: '建议/提案标题',
  assigned_date: '交办日期',
  organ: '发文机关',
  doc_number: '文号',
  classification: '办理结果',
  disclosure: '公开属性',
  date: '成文日期',
  title: '答复标题',
  note: '附注',
  attachments: '附件',
  leader: '主管领导',
  leader_phone: '主管领导电话',
  handler: '经办人',
  handler_phone: '经办人电话',
  postcode: '邮政编码',
  cc: '抄送'
}

export function fieldLabel(key: string): string {
  return FIELD_LABELS[key as keyof ReplyFields] ?? key
}
