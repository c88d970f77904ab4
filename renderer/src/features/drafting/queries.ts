import type { MethodName } from '../../../../electron/contract'

/**
 * What a saved edit changes on screen: the preview, and the review state (an edit to a signed
 * reply voids the approval and adds a version and an audit row). Never `drafts:get`: that is what
 * an open editor was built from, and reloading it would throw the editor away.
 */
export const SAVE_MAKES_STALE: MethodName[] = [
  'drafts:preview',
  'review:state',
  'review:versions',
  'review:diff',
  'review:audit'
]

/** 取号 writes the number into the reply and the 文号 register. */
export const NUMBER_MAKES_STALE: MethodName[] = [...SAVE_MAKES_STALE, 'register:list']
