import type { ReplyStatus } from '../reply'

// The review flow (拟稿 → 核稿 → 签发 → 办结) as data: the service checks every step against this
// table, and the screen offers only the steps it allows.

export const STATUS_LABELS: Record<ReplyStatus, string> = {
  draft: '草稿',
  review: '待审核',
  returned: '退回修改',
  approved: '已签发',
  closed: '已办结',
  archived: '已归档'
}

/** A status's label; a status this version does not know is shown as stored. */
export function statusLabel(status: string): string {
  return (STATUS_LABELS as Record<string, string>)[status] ?? status
}

/** Still being worked on: deadlines apply and the reply counts as due. */
export const UNFINISHED_STATUSES: ReadonlySet<ReplyStatus> = new Set([
  'draft',
  'review',
  'returned'
])

export const REVIEW_ACTIONS = [
  'submit',
  'withdraw',
  'return',
  'approve',
  'close',
  'reopen'
] as const
export type ReviewAction = (typeof REVIEW_ACTIONS)[number]

export type Transition = {
  action: ReviewAction
  from: readonly ReplyStatus[]
  to: ReplyStatus
  label: string
  /** Whether the step takes a snapshot of the reply into the version list. */
  snapshot: boolean
}

export const TRANSITIONS: readonly Transition[] = [
  {
    action: 'submit',
    from: ['draft', 'returned'],
    to: 'review',
    label: '提交审核',
    snapshot: true
  },
  { action: 'withdraw', from: ['review'], to: 'draft', label: '撤回送审', snapshot: false },
  { action: 'return', from: ['review'], to: 'returned', label: '退回修改', snapshot: true },
  { action: 'approve', from: ['review'], to: 'approved', label: '签发', snapshot: true },
  { action: 'close', from: ['approved'], to: 'closed', label: '办结', snapshot: false },
  { action: 'reopen', from: ['closed'], to: 'draft', label: '重新办理', snapshot: false }
]

/** How the proposer rated the reply; recorded when the item is closed. */
export const FEEDBACK = ['满意', '基本满意', '不满意'] as const
export type Feedback = (typeof FEEDBACK)[number]

/** Everything the audit log records, with the words the log shows. */
export const AUDIT_LABELS = {
  submit: '提交审核',
  withdraw: '撤回送审',
  return: '退回修改',
  approve: '签发',
  close: '办结',
  reopen: '重新办理',
  revise: '修改已签发稿，签发失效',
  edit: '退回后修改，转为草稿',
  restore: '恢复历史版本',
  'export-docx': '导出 DOCX',
  'export-pdf': '导出 PDF',
  'export-text': '复制纯文本',
  'export-package': '导出审核包',
  'import-package': '导入审核包',
  'import-conflict': '导入审核包时发现冲突',
  'resolve-conflict': '处理导入冲突',
  'export-audit': '导出审核记录'
} as const
export type AuditEvent = keyof typeof AUDIT_LABELS

export function transitionFor(action: ReviewAction): Transition {
  const found = TRANSITIONS.find((t) => t.action === action)
  if (!found) throw new Error(`unknown review action ${action}`)
  return found
}

export function availableActions(status: ReplyStatus): ReviewAction[] {
  return TRANSITIONS.filter((t) => t.from.includes(status)).map((t) => t.action)
}

export type StepCheck = { ok: true; to: ReplyStatus } | { ok: false; message: string }

export type StepInput = {
  status: ReplyStatus
  action: ReviewAction
  /** 退回 needs a reason, 办结 the proposer's feedback. */
  note: string
  feedback?: Feedback | undefined
  openComments: number
}

export function checkStep({ status, action, note, feedback, openComments }: StepInput): StepCheck {
  const t = transitionFor(action)
  if (!t.from.includes(status)) {
    return { ok: false, message: `这份答复当前为“${STATUS_LABELS[status]}”，不能${t.label}。` }
  }
  if (action === 'return' && note.trim() === '') {
    return { ok: false, message: '退回时请写明退回理由，便于经办人修改。' }
  }
  if (action === 'approve' && openComments > 0) {
    return { ok: false, message: `还有 ${openComments} 条批注未处理，处理完毕后才能签发。` }
  }
  if (action === 'close' && !feedback) {
    return { ok: false, message: '办结前请选择代表委员的反馈意见（满意、基本满意或不满意）。' }
  }
  return { ok: true, to: t.to }
}

export type EditEffect =
  | { kind: 'free' }
  | { kind: 'to-draft'; event: 'revise' | 'edit' }
  | { kind: 'locked'; message: string }

/**
 * What saving an edit does to the flow. A signed version is locked: the edit becomes a new draft
 * and the approval lapses, visibly. A returned reply becomes a draft again once it is worked on.
 */
export function editEffect(status: ReplyStatus): EditEffect {
  switch (status) {
    case 'approved':
      return { kind: 'to-draft', event: 'revise' }
    case 'returned':
      return { kind: 'to-draft', event: 'edit' }
    case 'closed':
      return {
        kind: 'locked',
        message: '这份答复已办结，内容已锁定。如需修改，请先选择“重新办理”。'
      }
    default:
      return { kind: 'free' }
  }
}
