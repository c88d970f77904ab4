// What became of one file in an import, in the order the report counts them.

export const IMPORT_STATUSES = [
  'imported',
  'duplicate',
  'not-a-reply',
  'failed',
  'unsupported',
  'cancelled'
] as const
export type ImportStatus = (typeof IMPORT_STATUSES)[number]

export const IMPORT_STATUS_LABELS: Record<ImportStatus, string> = {
  imported: '已导入',
  duplicate: '重复',
  'not-a-reply': '不是答复',
  failed: '失败',
  unsupported: '不支持',
  cancelled: '已取消'
}
