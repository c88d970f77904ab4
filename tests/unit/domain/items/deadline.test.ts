import { describe, expect, it } from 'vitest'
import {
  addMonths,
  answeredOnTime,
  daysUntil,
  itemDueDate
} from '../../../../electron/domain/items/deadline'

const RULES = { reply_months: 3, assist_months: 1 }

describe('item deadlines', () => {
  it('a 主办 or 分办 reply is due 3 months after 交办', () => {
    expect(
      itemDueDate({ role: '主办', assigned_date: '2025-03-10', due_override: '' }, RULES)
    ).toBe('2025-06-10')
    expect(
      itemDueDate({ role: '分办', assigned_date: '2025-03-10', due_override: '' }, RULES)
    ).toBe('2025-06-10')
  })

  it('a 协办 or 会办 opinion is due 1 month after 交办', () => {
    expect(
      itemDueDate({ role: '协办', assigned_date: '2025-03-10', due_override: '' }, RULES)
    ).toBe('2025-04-10')
    expect(
      itemDueDate({ role: '会办', assigned_date: '2025-03-10', due_override: '' }, RULES)
    ).toBe('2025-04-10')
  })

  it("follows the profile's months", () => {
    const local = { reply_months: 2, assist_months: 2 }
    expect(
      itemDueDate({ role: '主办', assigned_date: '2025-03-10', due_override: '' }, local)
    ).toBe('2025-05-10')
    expect(
      itemDueDate({ role: '协办', assigned_date: '2025-03-10', due_override: '' }, local)
    ).toBe('2025-05-10')
  })

  it('a date set by hand wins; no 交办日期 means no due date', () => {
    expect(
      itemDueDate({ role: '主办', assigned_date: '2025-03-10', due_override: '2025-09-10' }, RULES)
    ).toBe('2025-09-10')
    expect(itemDueDate({ role: '主办', assigned_date: '', due_override: '' }, RULES)).toBe('')
  })

  it('month ends clamp to the shorter month', () => {
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28')
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29')
  })

  it('counts days and on-time answers', () => {
    expect(daysUntil('2025-06-10', '2025-06-03')).toBe(7)
    expect(daysUntil('2025-06-10', '2025-06-12')).toBe(-2)
    expect(answeredOnTime('2025-06-10', '2025-06-10')).toBe(true)
    expect(answeredOnTime('2025-06-11', '2025-06-10')).toBe(false)
    expect(answeredOnTime('2025-06-11', '')).toBe(true)
  })
})
