import { randomUUID } from 'node:crypto'
import type { Item, ItemDetail, ItemOpinions, ItemReply } from '../../contract/items'
import type { ReplyStatus } from '../../contract/drafts'
import { AppFailure } from '../../contract/result'
import { daysUntil, itemDueDate, type DeadlineRules } from '../../domain/items/deadline'
import {
  coUnitOpinions,
  opinionDirection,
  opinionDueDate,
  type OpinionDirection
} from '../../domain/items/opinion'
import {
  itemKey,
  type ContactStage,
  type ItemFields,
  type ItemKind,
  type ItemRole,
  type Satisfaction
} from '../../domain/items/item'
import {
  actionLabel,
  availableSteps,
  isOpen,
  ITEM_STATUS_LABELS,
  type ItemAction,
  type ItemStatus
} from '../../domain/items/status'
import { STATUS_LABELS } from '../../domain/review/status'
import type { ReplyFields } from '../../domain/reply'
import {
  getItem,
  insertEvent,
  itemReplies,
  listContacts,
  listEvents,
  listOpinions,
  updateItem,
  type ItemRow
} from '../../store/items-repo'
import type { ServiceContext } from '../context'
import { activeProfile } from '../draft-templates'
import { localIsoDate } from '../../domain/local-time'

// Rows → the contract's Item and ItemDetail, and the one place an item's status is written.

export function deadlineRules(ctx: ServiceContext): DeadlineRules {
  return activeProfile(ctx).deadlines
}

export function rowFields(row: ItemRow): ItemFields {
  return {
    year: row.year,
    session: row.session,
    kind: row.kind as ItemKind,
    number: row.number,
    title: row.title,
    proposer: row.proposer,
    co_signers: JSON.parse(row.co_signers_json) as string[],
    assigned_date: row.assigned_date,
    role: row.role as ItemRole,
    lead_unit: row.lead_unit,
    co_units: JSON.parse(row.co_units_json) as string[],
    leader: row.leader,
    department: row.department,
    handler: row.handler,
    due_override: row.due_override,
    result_class: row.result_class
  }
}

export function rowToItem(row: ItemRow, rules: DeadlineRules, today: string): Item {
  const status = row.status as ItemStatus
  const due = itemDueDate({ ...row, role: row.role as ItemRole }, rules)
  return {
    ...rowFields(row),
    id: row.id,
    status,
    status_label: ITEM_STATUS_LABELS[status],
    due_date: due,
    days_left: due && isOpen(status) ? daysUntil(due, today) : null,
    reply_doc_number: row.reply_doc_number,
    reply_date: row.reply_date,
    satisfaction: row.satisfaction as Satisfaction | '',
    feedback_note: row.feedback_note,
    round: row.round,
    created_at: row.created_at,
    updated_at: row.updated_at
  }
}

export function newItemRow(fields: ItemFields, status: ItemStatus, at: string): ItemRow {
  return {
    id: randomUUID(),
    item_key: itemKey(fields.session, fields.number),
    ...fields,
    co_signers_json: JSON.stringify(fields.co_signers),
    co_units_json: JSON.stringify(fields.co_units),
    status,
    reply_doc_number: '',
    reply_date: '',
    satisfaction: '',
    feedback_note: '',
    round: 1,
    created_at: at,
    updated_at: at
  }
}

export function todayIso(ctx: ServiceContext): string {
  return localIsoDate(ctx.now())
}

export function requireItem(ctx: ServiceContext, id: string): ItemRow {
  const row = getItem(ctx.db, id)
  if (!row) throw new AppFailure('not-found', '找不到这件建议提案，可能已被删除，请回到台账刷新。')
  return row
}

/** Writes the row with its new status and logs the step; call inside a transaction. */
export function writeStep(
  ctx: ServiceContext,
  row: ItemRow,
  action: ItemAction | 'create',
  to: ItemStatus,
  note: string
): void {
  const at = ctx.now().toISOString()
  insertEvent(ctx.db, {
    id: randomUUID(),
    item_id: row.id,
    action,
    from_status: row.status,
    to_status: to,
    note,
    created_at: at
  })
  updateItem(ctx.db, { ...row, status: to, updated_at: at })
}

function replyView(r: ReturnType<typeof itemReplies>[number]): ItemReply {
  const f = JSON.parse(r.fields_json) as Partial<ReplyFields>
  const status = r.status as ReplyStatus
  return {
    id: r.id,
    status,
    status_label: STATUS_LABELS[status],
    title: f.title || f.subject || '（未填写标题）',
    doc_number: f.doc_number ?? '',
    date: f.date ?? '',
    linked: r.linked === 1
  }
}

function opinionsView(ctx: ServiceContext, item: Item): ItemOpinions {
  const rules = deadlineRules(ctx)
  const due = opinionDueDate(item, rules)
  const list = listOpinions(ctx.db, item.id).map((o) => ({
    id: o.id,
    direction: o.direction as OpinionDirection,
    unit: o.unit,
    date: o.date,
    doc_number: o.doc_number,
    summary: o.summary,
    file_name: o.file_name,
    file_text: o.file_text,
    on_time: !due || o.date <= due
  }))
  return {
    direction: opinionDirection(item.role),
    due_date: due,
    list,
    co_units: coUnitOpinions(item, list, rules, todayIso(ctx))
  }
}

export function itemDetail(ctx: ServiceContext, id: string): ItemDetail {
  const row = requireItem(ctx, id)
  const item = rowToItem(row, deadlineRules(ctx), todayIso(ctx))
  return {
    item,
    steps: availableSteps(item.status, item.role).map((action) => ({
      action,
      label: actionLabel(action)
    })),
    replies: itemReplies(ctx.db, row).map(replyView),
    contacts: listContacts(ctx.db, id).map((c) => ({
      id: c.id,
      stage: c.stage as ContactStage,
      date: c.date,
      way: c.way,
      person: c.person,
      summary: c.summary
    })),
    opinions: opinionsView(ctx, item),
    events: listEvents(ctx.db, id).map((e) => ({
      action: e.action,
      label: e.action === 'create' ? '登记' : actionLabel(e.action as ItemAction),
      from: ITEM_STATUS_LABELS[e.from_status as ItemStatus] ?? '',
      to: ITEM_STATUS_LABELS[e.to_status as ItemStatus] ?? '',
      note: e.note,
      at: e.created_at
    }))
  }
}
