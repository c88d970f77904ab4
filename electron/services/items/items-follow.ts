import { inTransaction } from '../../store/db'
import { getItem, replyStatusOfOpenItems } from '../../store/items-repo'
import { stepFromReply, type ItemStatus } from '../../domain/items/status'
import type { ServiceContext } from '../context'
import { writeStep } from './items-view'

/** A reply sent to review moves its item to 待审核, a reply sent back moves it back in hand. */
export function followReplies(ctx: ServiceContext): void {
  const moves = replyStatusOfOpenItems(ctx.db)
    .map((r) => ({ row: getItem(ctx.db, r.item_id), reply: r.reply_status }))
    .flatMap(({ row, reply }) => {
      const action = row && stepFromReply(row.status as ItemStatus, reply)
      return row && action ? [{ row, action }] : []
    })
  if (moves.length === 0) return
  inTransaction(ctx.db, () => {
    for (const { row, action } of moves) {
      writeStep(ctx, row, action, action === 'submit' ? 'review' : 'handling', '随答复审核状态')
    }
  })
}
