import type { ReplyFields } from '../../../../electron/contract'

/**
 * A past reply's fields in the letter's order: what its page shows (the title is its heading) and
 * what the clerk may correct when the parser was unsure.
 */
export const ARCHIVE_FIELDS = [
  'kind',
  'session',
  'item_number',
  'proposer',
  'subject',
  'title',
  'organ',
  'doc_number',
  'classification',
  'disclosure',
  'date',
  'leader',
  'leader_phone',
  'handler',
  'handler_phone',
  'postcode',
  'cc'
] as const satisfies readonly (keyof ReplyFields)[]

/** 建议 · 2024年 · 许国欣 — the short line under a reply's title. */
export function replyMeta(parts: (string | number | null | undefined)[]): string {
  return parts.filter((p) => p !== null && p !== undefined && p !== '').join(' · ')
}
