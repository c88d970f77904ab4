import type { Handlers } from '../../contract'
import type { itemsContract } from '../../contract/items'
import { AppFailure } from '../../contract/result'
import { emptyItemFields, itemKey, type ItemFields, type ItemRole } from '../../domain/items/item'
import { checkItemStep, type ItemStatus } from '../../domain/items/status'
import type { ReplyFields } from '../../domain/reply'
import { inTransaction } from '../../store/db'
import {
  deleteItem,
  insertItems,
  itemYears,
  linkReply,
  listItems,
  updateItem,
  type ItemRow
} from '../../store/items-repo'
import type { ServiceContext } from '../context'
import { draftsHandlers } from '../drafts/drafts-service'
import { itemsImportHandlers } from './items-intake'
import { itemsContactHandlers } from './items-contacts'
import { itemsOpinionHandlers } from './items-opinions'
import { itemsOpinionEditHandlers } from './items-opinion-edits'
import { itemsPublicHandlers } from './items-public'
import { followReplies } from './items-follow'
import { itemsReportHandlers } from './items-report'
import {
  deadlineRules,
  itemDetail,
  newItemRow,
  requireItem,
  rowFields,
  rowToItem,
  todayIso,
  writeStep
} from './items-view'

type ItemHandlers = Pick<Handlers, keyof typeof itemsContract>

function withFields(row: ItemRow, fields: Partial<ItemFields>): ItemRow {
  const next = { ...row, ...fields }
  if (fields.co_signers) next.co_signers_json = JSON.stringify(fields.co_signers)
  if (fields.co_units) next.co_units_json = JSON.stringify(fields.co_units)
  next.item_key = itemKey(next.session, next.number)
  return next
}

function assertUnique(ctx: ServiceContext, key: string, id?: string): void {
  const clash = ctx.db.prepare('SELECT id FROM items WHERE item_key = ?').pluck().get(key)
  if (clash && clash !== id)
    throw new AppFailure('duplicate', '台账中已有同一届次、同一编号的建议提案，请核对编号。')
}

/** A new reply's fields, taken from the item so nothing is typed twice. */
export function replyFieldsFor(item: ItemFields): Partial<ReplyFields> {
  const assisting = item.role === '协办' || item.role === '会办'
  return {
    kind: assisting ? (item.role === '协办' ? '协办意见' : '会办意见') : item.kind,
    session: item.session,
    item_number: item.number,
    proposer: item.proposer,
    proposer_type: item.kind === '提案' ? '委员' : '代表',
    co_signers: item.co_signers,
    subject: item.title,
    role: item.role,
    lead_unit: item.lead_unit,
    assigned_date: item.assigned_date,
    handler: item.handler,
    leader: item.leader,
    classification: item.result_class
  }
}

export function itemsHandlers(ctx: ServiceContext): ItemHandlers {
  const drafts = draftsHandlers(ctx)
  return {
    ...itemsImportHandlers(ctx),
    ...itemsReportHandlers(ctx),
    ...itemsPublicHandlers(ctx),
    ...itemsOpinionHandlers(ctx),
    ...itemsContactHandlers(ctx),
    ...itemsOpinionEditHandlers(ctx),

    'items:list': (filter) => {
      followReplies(ctx)
      const rules = deadlineRules(ctx)
      const today = todayIso(ctx)
      return listItems(ctx.db, filter).map((r) => rowToItem(r, rules, today))
    },

    'items:scopes': () => itemYears(ctx.db),

    'items:get': ({ id }) => {
      followReplies(ctx)
      return itemDetail(ctx, id)
    },

    'items:create': ({ fields }) => {
      const at = ctx.now().toISOString()
      const year = Number(fields.assigned_date?.slice(0, 4)) || ctx.now().getFullYear()
      const row = newItemRow({ ...emptyItemFields(year), ...fields }, 'pending', at)
      assertUnique(ctx, row.item_key)
      inTransaction(ctx.db, () => {
        insertItems(ctx.db, [row])
        writeStep(ctx, row, 'create', 'pending', '')
      })
      return itemDetail(ctx, row.id)
    },

    'items:update': ({ id, fields }) => {
      const next = withFields(requireItem(ctx, id), fields)
      assertUnique(ctx, next.item_key, id)
      updateItem(ctx.db, { ...next, updated_at: ctx.now().toISOString() })
      return itemDetail(ctx, id)
    },

    'items:step': ({ id, action, note, replyDate, docNumber, resultClass, satisfaction }) => {
      if (action === 'send-opinion')
        throw new AppFailure('invalid-input', '请在“协办意见”中登记发出的意见。')
      followReplies(ctx)
      const row = requireItem(ctx, id)
      const check = checkItemStep({
        status: row.status as ItemStatus,
        action,
        role: row.role as ItemRole,
        note,
        replyDate,
        satisfaction
      })
      if (!check.ok) throw new AppFailure('conflict', check.message)
      const next = { ...row }
      if (action === 'reply') {
        next.reply_date = replyDate ?? ''
        next.reply_doc_number = docNumber ?? ''
        if (resultClass !== undefined) next.result_class = resultClass
      }
      if (action === 'feedback' && satisfaction) {
        next.satisfaction = satisfaction
        next.feedback_note = note ?? ''
      }
      if (check.to === 'handling' && (action === 'feedback' || action === 'reopen')) next.round++
      const logged = [satisfaction, note?.trim()].filter(Boolean).join('：')
      inTransaction(ctx.db, () => writeStep(ctx, next, action, check.to, logged))
      return itemDetail(ctx, id)
    },

    'items:delete': ({ id }) => {
      if (!deleteItem(ctx.db, id))
        throw new AppFailure('not-found', '找不到这件建议提案，可能已被删除。')
      return { id }
    },

    'items:draft': async ({ id }) => {
      const row = requireItem(ctx, id)
      const draft = await drafts['drafts:create']({ fields: replyFieldsFor(rowFields(row)) })
      inTransaction(ctx.db, () => {
        linkReply(ctx.db, id, draft.id, ctx.now().toISOString())
        // Starting the reply is signing for the item when nobody has yet.
        if (row.status === 'pending') writeStep(ctx, row, 'sign', 'handling', '起草答复')
      })
      return { draftId: draft.id }
    }
  }
}
