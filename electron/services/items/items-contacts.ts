import { randomUUID } from 'node:crypto'
import type { Handlers } from '../../contract'
import { AppFailure } from '../../contract/result'
import { inTransaction } from '../../store/db'
import { deleteContact, insertContact, updateContact } from '../../store/items-repo'
import type { ServiceContext } from '../context'
import { itemDetail, requireItem } from './items-view'

// Contacts with the proposer (the 「三见面」). A contact carries no 满意度 (that is the item's
// 登记反馈 step), so correcting or removing one moves no status; the 汇总表's 沟通方式 reads them
// afresh on every export.

const GONE = '找不到这条沟通记录，可能已被修改或删除，请刷新本页后再试。'

export function itemsContactHandlers(
  ctx: ServiceContext
): Pick<Handlers, 'items:addContact' | 'items:updateContact' | 'items:deleteContact'> {
  return {
    'items:addContact': ({ id, ...contact }) => {
      requireItem(ctx, id)
      insertContact(ctx.db, {
        id: randomUUID(),
        item_id: id,
        ...contact,
        created_at: ctx.now().toISOString()
      })
      return itemDetail(ctx, id)
    },

    'items:updateContact': ({ id, contactId, ...contact }) => {
      requireItem(ctx, id)
      inTransaction(ctx.db, () => {
        if (!updateContact(ctx.db, { id: contactId, item_id: id, ...contact }))
          throw new AppFailure('not-found', GONE)
      })
      return itemDetail(ctx, id)
    },

    'items:deleteContact': ({ id, contactId }) => {
      requireItem(ctx, id)
      inTransaction(ctx.db, () => {
        if (!deleteContact(ctx.db, id, contactId)) throw new AppFailure('not-found', GONE)
      })
      return itemDetail(ctx, id)
    }
  }
}
