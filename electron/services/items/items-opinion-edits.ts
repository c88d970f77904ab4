import type { Handlers } from '../../contract'
import { AppFailure } from '../../contract/result'
import { checkOpinion, type OpinionDirection } from '../../domain/items/opinion'
import type { ItemRole } from '../../domain/items/item'
import { inTransaction } from '../../store/db'
import {
  deleteOpinion,
  getOpinion,
  listEvents,
  listOpinions,
  updateItem,
  updateOpinion,
  type OpinionRow
} from '../../store/items-repo'
import type { ServiceContext } from '../context'
import { itemDetail, requireItem, writeStep } from './items-view'

// Correcting or removing a 协办意见. The lead unit's 已收到/待收到 per co-unit is computed from
// the list on every read, so it follows by itself. A sent opinion is more: the first one stands as
// a 协办/会办 item's answer (答复日期, 文号) and sending it closed the item; both follow here.

const GONE = '找不到这条协办意见，可能已被修改或删除，请刷新本页后再试。'

function requireOpinion(ctx: ServiceContext, itemId: string, opinionId: string): OpinionRow {
  const row = getOpinion(ctx.db, itemId, opinionId)
  if (!row) throw new AppFailure('not-found', GONE)
  return row
}

function describe(o: Pick<OpinionRow, 'unit' | 'doc_number'>): string {
  return `${o.unit}${o.doc_number ? ` ${o.doc_number}` : ''}`
}

/**
 * After a sent opinion changed or went: the item's answer moves to the first sent opinion left
 * (when it was taken from the old one), and an item that sending closed, with nothing sent any
 * more, goes back to 办理中 — it still owes the lead unit its opinion. Call inside a transaction.
 */
function followSentOpinions(ctx: ServiceContext, itemId: string, old: OpinionRow): void {
  const row = requireItem(ctx, itemId)
  const sent = listOpinions(ctx.db, itemId).filter((o) => o.direction === '发出')
  const next = { ...row }
  if (row.reply_date === old.date && row.reply_doc_number === old.doc_number) {
    next.reply_date = sent[0]?.date ?? ''
    next.reply_doc_number = sent[0]?.doc_number ?? ''
  }
  const closedBy = listEvents(ctx.db, itemId)
    .filter((e) => e.to_status === row.status)
    .at(-1)?.action
  if (sent.length === 0 && row.status === 'closed' && closedBy === 'send-opinion') {
    writeStep(
      ctx,
      next,
      'reopen',
      'handling',
      `删除了发出的协办意见（${describe(old)}），尚无发出的意见`
    )
    return
  }
  if (next.reply_date !== row.reply_date || next.reply_doc_number !== row.reply_doc_number)
    updateItem(ctx.db, { ...next, updated_at: ctx.now().toISOString() })
}

export function itemsOpinionEditHandlers(
  ctx: ServiceContext
): Pick<Handlers, 'items:updateOpinion' | 'items:deleteOpinion'> {
  return {
    'items:updateOpinion': ({ id, opinionId, ...fields }) => {
      const item = requireItem(ctx, id)
      inTransaction(ctx.db, () => {
        const old = requireOpinion(ctx, id, opinionId)
        const direction = old.direction as OpinionDirection
        const problem = checkOpinion({ role: item.role as ItemRole }, { ...fields, direction })
        if (problem) throw new AppFailure('invalid-input', problem)
        updateOpinion(ctx.db, { id: opinionId, item_id: id, ...fields })
        if (direction === '发出') followSentOpinions(ctx, id, old)
      })
      return itemDetail(ctx, id)
    },

    'items:deleteOpinion': ({ id, opinionId }) => {
      requireItem(ctx, id)
      inTransaction(ctx.db, () => {
        const old = requireOpinion(ctx, id, opinionId)
        deleteOpinion(ctx.db, id, opinionId)
        if (old.direction === '发出') followSentOpinions(ctx, id, old)
      })
      return itemDetail(ctx, id)
    }
  }
}
