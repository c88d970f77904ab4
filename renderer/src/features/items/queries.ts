import type { MethodName } from '../../../../electron/contract'

/** What a change to the register makes stale: the list, its years, the due counts and the stats. */
export const ITEM_MAKES_STALE: MethodName[] = [
  'items:list',
  'items:scopes',
  'items:due',
  'items:stats'
]

/** A reply drafted for an item, or kept when its item is deleted, shows on the home page too. */
export const ITEM_REPLY_MAKES_STALE: MethodName[] = [...ITEM_MAKES_STALE, 'drafts:list']
