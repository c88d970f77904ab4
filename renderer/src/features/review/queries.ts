import type { MethodName } from '../../../../electron/contract'

/** What a review step (送审, 签发, 退回, 恢复版本, 撤回…) changes on screen. */
export const STEP_MAKES_STALE: MethodName[] = [
  'review:state',
  'review:versions',
  'review:diff',
  'review:audit',
  'drafts:preview',
  'drafts:list'
]

/** A comment added or resolved: the count on the state, and 签发 waits for open comments. */
export const COMMENT_MAKES_STALE: MethodName[] = ['review:comments', 'review:state', 'review:audit']

/** An imported package or a settled conflict brings a reply, its versions and audit rows. */
export const IMPORT_MAKES_STALE: MethodName[] = [...STEP_MAKES_STALE, 'review:comments']

/** An export is written to the audit. */
export const EXPORT_MAKES_STALE: MethodName[] = ['review:audit']
