import { useState } from 'react'
import type { Feedback, ReviewAction, ReviewState } from '../../../../electron/contract'
import { mutate } from '../../lib/query'
import { localDateTime } from '../../../../electron/domain/local-time'
import { STEP_MAKES_STALE } from './queries'

type Props = {
  state: ReviewState
  /** Runs one step; the box clears its text when the step went through. */
  onStep: (work: () => Promise<ReviewState>) => Promise<boolean>
  /** Called before a step so pending edits are saved first. */
  beforeStep: () => Promise<void>
}

const FEEDBACK: Feedback[] = ['满意', '基本满意', '不满意']

/** 审核意见 with the steps the current status allows: 提交审核, 签发, 退回, 办结… */
export function DecisionBox({ state, onStep, beforeStep }: Props) {
  const [opinion, setOpinion] = useState('')
  const [feedback, setFeedback] = useState<Feedback>('满意')
  const { id } = state

  const stale = STEP_MAKES_STALE
  const calls: Record<ReviewAction, () => Promise<ReviewState>> = {
    submit: () => mutate('review:submit', { id, note: opinion }, stale),
    withdraw: () => mutate('review:withdraw', { id }, stale),
    return: () => mutate('review:return', { id, reason: opinion }, stale),
    approve: () => mutate('review:approve', { id, opinion }, stale),
    close: () => mutate('review:close', { id, feedback, note: opinion }, stale),
    reopen: () => mutate('review:reopen', { id, note: opinion }, stale)
  }

  const run = async (action: ReviewAction) => {
    await beforeStep()
    if (await onStep(calls[action])) setOpinion('')
  }

  const canReview = state.steps.some((s) => s.action === 'approve')
  return (
    <section className="decision" aria-label="审核意见">
      <p className="decision-status">
        <span className={`status-badge status-${state.status}`}>{state.statusLabel}</span>
        {state.lastStep && (
          <span className="muted">
            {state.lastStep.actor || '未记录'} · {localDateTime(state.lastStep.created_at)}
          </span>
        )}
      </p>
      {state.approval && (
        <p className="approval" role="note">
          已由 {state.approval.by} 于 {localDateTime(state.approval.at)} 签发（第{' '}
          {state.approval.versionNumber} 版）。 此后修改正文或字段将使签发失效。
        </p>
      )}
      {state.approvalProblem && (
        <p className="error-line" role="alert">
          {state.approvalProblem}
        </p>
      )}
      {state.decision && (
        <blockquote className="decision-last">
          <span>
            {state.decision.action === 'approve' ? '签发意见' : '退回理由'} · {state.decision.by} ·{' '}
            {localDateTime(state.decision.at)}
          </span>
          {state.decision.opinion || '（无）'}
        </blockquote>
      )}
      {state.steps.length > 0 && (
        <>
          <label className="field">
            <span>{canReview ? '审核意见（退回时必填）' : '说明（可选）'}</span>
            <textarea rows={3} value={opinion} onChange={(e) => setOpinion(e.target.value)} />
          </label>
          {state.steps.some((s) => s.action === 'close') && (
            <label className="field">
              <span>代表委员反馈</span>
              <select value={feedback} onChange={(e) => setFeedback(e.target.value as Feedback)}>
                {FEEDBACK.map((f) => (
                  <option key={f}>{f}</option>
                ))}
              </select>
            </label>
          )}
          <div className="decision-actions">
            {state.steps.map((s) => (
              <button
                key={s.action}
                type="button"
                className={
                  s.action === 'approve' || s.action === 'submit'
                    ? 'primary'
                    : s.action === 'return'
                      ? 'danger'
                      : ''
                }
                onClick={() => void run(s.action)}
              >
                {s.label}
              </button>
            ))}
          </div>
          {state.openComments > 0 && canReview && (
            <p className="hint">还有 {state.openComments} 条批注未处理，处理后才能签发。</p>
          )}
        </>
      )}
    </section>
  )
}
