import { describe, expect, it } from 'vitest'
import { REPLY_STATUSES } from '../../../../electron/domain/reply'
import {
  availableActions,
  checkStep,
  editEffect,
  STATUS_LABELS,
  TRANSITIONS
} from '../../../../electron/domain/review/status'

const step = (
  status: (typeof REPLY_STATUSES)[number],
  action: Parameters<typeof checkStep>[0]['action']
) => checkStep({ status, action, note: '请补充资金数据', feedback: '满意', openComments: 0 })

describe('review status flow', () => {
  it('labels every status in Chinese', () => {
    expect(REPLY_STATUSES.map((s) => STATUS_LABELS[s])).toEqual([
      '草稿',
      '待审核',
      '退回修改',
      '已签发',
      '已办结',
      '已归档'
    ])
  })

  it('walks 草稿 → 待审核 → 退回修改 → 待审核 → 已签发 → 已办结', () => {
    expect(step('draft', 'submit')).toEqual({ ok: true, to: 'review' })
    expect(step('review', 'return')).toEqual({ ok: true, to: 'returned' })
    expect(step('returned', 'submit')).toEqual({ ok: true, to: 'review' })
    expect(step('review', 'approve')).toEqual({ ok: true, to: 'approved' })
    expect(step('approved', 'close')).toEqual({ ok: true, to: 'closed' })
    expect(step('closed', 'reopen')).toEqual({ ok: true, to: 'draft' })
  })

  it('refuses every step the table does not allow, naming the current status', () => {
    const allowed = new Set(TRANSITIONS.flatMap((t) => t.from.map((from) => `${from}:${t.action}`)))
    for (const status of REPLY_STATUSES) {
      for (const t of TRANSITIONS) {
        const result = step(status, t.action)
        expect(result.ok).toBe(allowed.has(`${status}:${t.action}`))
      }
    }
    expect(step('draft', 'approve')).toEqual({
      ok: false,
      message: '这份答复当前为“草稿”，不能签发。'
    })
    expect(step('approved', 'return')).toEqual({
      ok: false,
      message: '这份答复当前为“已签发”，不能退回修改。'
    })
  })

  it('needs a reason to return, feedback to close, and no open comments to approve', () => {
    expect(checkStep({ status: 'review', action: 'return', note: '  ', openComments: 0 })).toEqual({
      ok: false,
      message: '退回时请写明退回理由，便于经办人修改。'
    })
    expect(checkStep({ status: 'approved', action: 'close', note: '', openComments: 0 }).ok).toBe(
      false
    )
    expect(checkStep({ status: 'review', action: 'approve', note: '', openComments: 2 })).toEqual({
      ok: false,
      message: '还有 2 条批注未处理，处理完毕后才能签发。'
    })
  })

  it('offers the steps of the current status only', () => {
    expect(availableActions('draft')).toEqual(['submit'])
    expect(availableActions('review')).toEqual(['withdraw', 'return', 'approve'])
    expect(availableActions('approved')).toEqual(['close'])
    expect(availableActions('archived')).toEqual([])
  })

  it('locks a signed version: an edit clears the approval; a closed reply refuses edits', () => {
    expect(editEffect('approved')).toEqual({ kind: 'to-draft', event: 'revise' })
    expect(editEffect('returned')).toEqual({ kind: 'to-draft', event: 'edit' })
    expect(editEffect('review')).toEqual({ kind: 'free' })
    expect(editEffect('draft')).toEqual({ kind: 'free' })
    expect(editEffect('closed')).toMatchObject({ kind: 'locked' })
  })
})
