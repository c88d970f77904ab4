import type { ItemRole, Satisfaction } from './item'
import { isAssisting } from './item'

// The item's own flow, apart from a reply's review flow: 待签收 → 办理中 → 待审核 → 已答复 →
// 已反馈 → 办结, with 退回/改办 back to the assigning office. The service checks every step here
// and the screen offers only what `availableSteps` allows.

export const ITEM_STATUSES = [
  'pending',
  'handling',
  'review',
  'replied',
  'feedback',
  'closed',
  'returned'
] as const
export type ItemStatus = (typeof ITEM_STATUSES)[number]

export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  pending: '待签收',
  handling: '办理中',
  review: '待审核',
  replied: '已答复',
  feedback: '已反馈',
  closed: '办结',
  returned: '退回/改办'
}

export const ITEM_ACTIONS = [
  'sign',
  'send-back',
  'reassign',
  'submit',
  'withdraw',
  'reply',
  'feedback',
  'close',
  'reopen',
  'send-opinion'
] as const
export type ItemAction = (typeof ITEM_ACTIONS)[number]

type Rule = { action: ItemAction; from: readonly ItemStatus[]; to: ItemStatus; label: string }

const RULES: readonly Rule[] = [
  { action: 'sign', from: ['pending'], to: 'handling', label: '签收' },
  { action: 'send-back', from: ['pending', 'handling'], to: 'returned', label: '退回/申请改办' },
  { action: 'reassign', from: ['returned'], to: 'pending', label: '重新交办' },
  { action: 'submit', from: ['handling'], to: 'review', label: '送审' },
  { action: 'withdraw', from: ['review'], to: 'handling', label: '审核退回' },
  { action: 'reply', from: ['handling', 'review'], to: 'replied', label: '登记答复' },
  // 不满意 sends the item back to 办理中 for a second reply; the service picks the target.
  { action: 'feedback', from: ['replied'], to: 'feedback', label: '登记反馈' },
  { action: 'close', from: ['replied', 'feedback'], to: 'closed', label: '办结' },
  { action: 'reopen', from: ['feedback', 'closed'], to: 'handling', label: '重新办理' },
  // A 协办/会办 item is done once its opinion goes to the lead unit (`opinion.ts`).
  {
    action: 'send-opinion',
    from: ['pending', 'handling', 'review', 'replied'],
    to: 'closed',
    label: '发出协办意见'
  }
]

export type ItemStepInput = {
  status: ItemStatus
  action: ItemAction
  role: ItemRole
  /** the reason for 退回/改办 and 重新办理 */
  note?: string
  /** 答复日期, required to register a reply */
  replyDate?: string
  satisfaction?: Satisfaction
}

export type ItemStepCheck = { ok: true; to: ItemStatus } | { ok: false; message: string }

export function actionLabel(action: ItemAction): string {
  return RULES.find((r) => r.action === action)?.label ?? action
}

function allowed(rule: Rule, status: ItemStatus, role: ItemRole): boolean {
  if (!rule.from.includes(status)) return false
  // A 协办/会办 opinion goes to the lead unit, not the proposer: no feedback to wait for.
  if (rule.action === 'close' && status === 'replied') return isAssisting(role)
  if (rule.action === 'feedback') return !isAssisting(role)
  if (rule.action === 'send-opinion') return isAssisting(role)
  return true
}

/** The steps the screen offers; sending an opinion is recorded with the opinion itself. */
export function availableSteps(status: ItemStatus, role: ItemRole): ItemAction[] {
  return RULES.filter((r) => r.action !== 'send-opinion' && allowed(r, status, role)).map(
    (r) => r.action
  )
}

export function checkItemStep(input: ItemStepInput): ItemStepCheck {
  const rule = RULES.find((r) => r.action === input.action)
  if (!rule) return { ok: false, message: '无法识别的办理操作。' }
  const label = ITEM_STATUS_LABELS[input.status]
  if (!allowed(rule, input.status, input.role)) {
    return { ok: false, message: `该件当前为“${label}”，不能${rule.label}。` }
  }
  const note = input.note?.trim() ?? ''
  if ((input.action === 'send-back' || input.action === 'reopen') && !note) {
    return { ok: false, message: `${rule.label}时请写明理由。` }
  }
  if (input.action === 'reply' && !input.replyDate) {
    return { ok: false, message: '登记答复时请填写答复日期。' }
  }
  if (input.action === 'send-opinion' && !input.replyDate) {
    return { ok: false, message: '请填写意见发出的日期。' }
  }
  if (input.action === 'feedback') {
    if (!input.satisfaction) {
      return { ok: false, message: '请选择代表委员的满意度（满意、基本满意或不满意）。' }
    }
    if (input.satisfaction === '不满意') return { ok: true, to: 'handling' }
  }
  return { ok: true, to: rule.to }
}

/** Whether an item counts as answered (办结率): a reply went out, whatever came after. */
export function isAnswered(status: ItemStatus): boolean {
  return status === 'replied' || status === 'feedback' || status === 'closed'
}

/** Whether the item still waits on the bureau: what deadlines and reminders are about. */
export function isOpen(status: ItemStatus): boolean {
  return status === 'pending' || status === 'handling' || status === 'review'
}

/**
 * What a linked reply's review status means for the item: a reply sent to review puts the item
 * under review; one sent back puts it back in hand. A signed reply moves nothing: after a 不满意
 * the first reply stays signed while the second is written. Null when nothing follows.
 */
export function stepFromReply(item: ItemStatus, reply: string): ItemAction | null {
  if (item === 'handling' && reply === 'review') return 'submit'
  if (item === 'review' && (reply === 'draft' || reply === 'returned')) return 'withdraw'
  return null
}
