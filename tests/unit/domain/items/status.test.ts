import { describe, expect, it } from 'vitest'
import {
  availableSteps,
  checkItemStep,
  stepFromReply,
  type ItemStepInput
} from '../../../../electron/domain/items/status'

function step(input: Partial<ItemStepInput> & Pick<ItemStepInput, 'status' | 'action'>) {
  return checkItemStep({ role: '主办', ...input })
}

describe('item status transitions', () => {
  it('签收: 待签收 → 办理中', () => {
    expect(step({ status: 'pending', action: 'sign' })).toEqual({ ok: true, to: 'handling' })
    expect(step({ status: 'handling', action: 'sign' }).ok).toBe(false)
  })

  it('退回/改办 from 待签收 or 办理中, only with a reason', () => {
    expect(step({ status: 'pending', action: 'send-back', note: '不属本局职责' })).toEqual({
      ok: true,
      to: 'returned'
    })
    expect(step({ status: 'handling', action: 'send-back', note: '应由医保局办理' })).toEqual({
      ok: true,
      to: 'returned'
    })
    expect(step({ status: 'pending', action: 'send-back', note: ' ' })).toEqual({
      ok: false,
      message: '退回/申请改办时请写明理由。'
    })
    expect(step({ status: 'review', action: 'send-back', note: 'x' }).ok).toBe(false)
  })

  it('重新交办: 退回/改办 → 待签收', () => {
    expect(step({ status: 'returned', action: 'reassign' })).toEqual({ ok: true, to: 'pending' })
    expect(step({ status: 'handling', action: 'reassign' }).ok).toBe(false)
  })

  it('送审: 办理中 → 待审核', () => {
    expect(step({ status: 'handling', action: 'submit' })).toEqual({ ok: true, to: 'review' })
    expect(step({ status: 'pending', action: 'submit' }).ok).toBe(false)
  })

  it('审核退回: 待审核 → 办理中', () => {
    expect(step({ status: 'review', action: 'withdraw' })).toEqual({ ok: true, to: 'handling' })
    expect(step({ status: 'replied', action: 'withdraw' }).ok).toBe(false)
  })

  it('登记答复 from 办理中 or 待审核, with a reply date', () => {
    expect(step({ status: 'review', action: 'reply', replyDate: '2025-05-01' })).toEqual({
      ok: true,
      to: 'replied'
    })
    expect(step({ status: 'handling', action: 'reply', replyDate: '2025-05-01' })).toEqual({
      ok: true,
      to: 'replied'
    })
    expect(step({ status: 'review', action: 'reply' })).toEqual({
      ok: false,
      message: '登记答复时请填写答复日期。'
    })
    expect(step({ status: 'pending', action: 'reply', replyDate: '2025-05-01' }).ok).toBe(false)
  })

  it('登记反馈: 满意 or 基本满意 → 已反馈; 不满意 → 办理中 for a second reply', () => {
    expect(step({ status: 'replied', action: 'feedback', satisfaction: '满意' })).toEqual({
      ok: true,
      to: 'feedback'
    })
    expect(step({ status: 'replied', action: 'feedback', satisfaction: '基本满意' })).toEqual({
      ok: true,
      to: 'feedback'
    })
    expect(step({ status: 'replied', action: 'feedback', satisfaction: '不满意' })).toEqual({
      ok: true,
      to: 'handling'
    })
    expect(step({ status: 'replied', action: 'feedback' }).ok).toBe(false)
    expect(step({ status: 'handling', action: 'feedback', satisfaction: '满意' }).ok).toBe(false)
  })

  it('办结 from 已反馈; from 已答复 only for a 协办/会办 opinion, which has no proposer feedback', () => {
    expect(step({ status: 'feedback', action: 'close' })).toEqual({ ok: true, to: 'closed' })
    expect(step({ status: 'replied', action: 'close' })).toEqual({
      ok: false,
      message: '该件当前为“已答复”，不能办结。'
    })
    expect(step({ status: 'replied', action: 'close', role: '协办' })).toEqual({
      ok: true,
      to: 'closed'
    })
    expect(
      step({ status: 'replied', action: 'feedback', role: '会办', satisfaction: '满意' }).ok
    ).toBe(false)
  })

  it('重新办理 from 已反馈 or 办结, with a reason', () => {
    expect(step({ status: 'closed', action: 'reopen', note: 'B类事项已解决，再次答复' })).toEqual({
      ok: true,
      to: 'handling'
    })
    expect(step({ status: 'feedback', action: 'reopen', note: '代表补充意见' })).toEqual({
      ok: true,
      to: 'handling'
    })
    expect(step({ status: 'closed', action: 'reopen' }).ok).toBe(false)
    expect(step({ status: 'handling', action: 'reopen', note: 'x' }).ok).toBe(false)
  })

  it('offers only the steps the status allows', () => {
    expect(availableSteps('pending', '主办')).toEqual(['sign', 'send-back'])
    expect(availableSteps('replied', '主办')).toEqual(['feedback'])
    expect(availableSteps('replied', '协办')).toEqual(['close'])
    expect(availableSteps('closed', '主办')).toEqual(['reopen'])
  })

  it('follows the linked reply through review', () => {
    expect(stepFromReply('handling', 'review')).toBe('submit')
    expect(stepFromReply('review', 'returned')).toBe('withdraw')
    expect(stepFromReply('review', 'approved')).toBeNull()
    expect(stepFromReply('handling', 'approved')).toBeNull()
    expect(stepFromReply('pending', 'review')).toBeNull()
  })
})
