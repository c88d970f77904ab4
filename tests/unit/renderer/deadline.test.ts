import { describe, expect, it } from 'vitest'
import type { DraftSummary } from '../../../electron/contract'
import { chineseDate } from '../../../electron/domain/drafting/chinese'
import { daysLeft, dueSoon, dueText } from '../../../renderer/src/features/home/deadline'

const item = (id: string, status: DraftSummary['status'], due_date: string): DraftSummary => ({
  id,
  status,
  due_date,
  unverified: false,
  revision: 1,
  created_at: '',
  updated_at: '',
  title: id,
  proposer: '',
  kind: '建议',
  item_number: '',
  session: ''
})

describe('deadlines on the home screen', () => {
  const today = new Date(2026, 10, 23, 18, 30)

  it('counts whole local days, past dates negative', () => {
    expect(daysLeft('2026-11-23', today)).toBe(0)
    expect(daysLeft('2026-12-07', today)).toBe(14)
    expect(daysLeft('2026-11-20', today)).toBe(-3)
    expect(daysLeft('2027-01-01', today)).toBe(39)
    expect([-3, 0, 5].map(dueText)).toEqual(['已逾期 3 天', '今天到期', '还剩 5 天'])
    expect(chineseDate('2025-07-06')).toBe('2025年7月6日')
  })

  it('lists unfinished items that are overdue or due within 14 days, most urgent first', () => {
    const items = [
      item('later', 'draft', '2026-12-08'),
      item('soon', 'review', '2026-12-07'),
      item('late', 'returned', '2026-11-01'),
      item('signed', 'approved', '2026-11-01'),
      item('no-date', 'draft', '')
    ]
    expect(dueSoon(items, today).map((d) => d.id)).toEqual(['late', 'soon'])
  })
})
