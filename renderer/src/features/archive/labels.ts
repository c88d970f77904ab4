import type { ImportStatus, ReplyFields, ReplyStatus } from '../../../../electron/contract'

export const STATUS_LABELS: Record<ReplyStatus, string> = {
  draft: '草稿',
  review: '待审核',
  returned: '退回修改',
  approved: '已签发',
  closed: '已办结',
  archived: '已归档'
}

export function statusLabel(status: string): string {
  return (STATUS_LABELS as Record<string, string>)[status] ?? status
}

export const IMPORT_STATUS_LABELS: Record<ImportStatus, string> = {
  imported: '已导入',
  duplicate: '重复',
  'not-a-reply': '不是答复',
  failed: '失败',
  unsupported: '不支持',
  cancelled: '已取消'
}

export const FIELD_LABELS: Partial<Record<keyof ReplyFields, string>> = {
  kind: '类别',
  session: '届次',
  item_number: '编号',
  proposer: '提出人',
  subject: '建议/提案标题',
  title: '答复标题',
  organ: '发文机关',
  doc_number: '文号',
  classification: '办理结果',
  disclosure: '公开属性',
  date: '成文日期',
  leader: '主管领导',
  leader_phone: '主管领导电话',
  handler: '经办人',
  handler_phone: '经办人电话',
  postcode: '邮政编码',
  cc: '抄送'
}

export function fieldLabel(key: string): string {
  return (FIELD_LABELS as Record<string, string>)[key] ?? key
}

/** 2025-07-16 → 2025年7月16日; anything else is shown as written. */
export function formatDay(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!match) return iso
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`
}

/** 建议 · 2024年 · 许国欣 — the short line under a reply's title. */
export function replyMeta(parts: (string | number | null | undefined)[]): string {
  return parts.filter((p) => p !== null && p !== undefined && p !== '').join(' · ')
}
