import type { Item } from '../../../../electron/contract'
import { chineseDate } from '../../../../electron/domain/drafting/chinese'
import { dueText } from '../home/deadline'

/** 2025年6月10日前（还剩 5 天）, or just the date once the item is answered. */
export function dueLine(item: Pick<Item, 'due_date' | 'days_left'>): string {
  if (!item.due_date) return '未定期限'
  const date = `${chineseDate(item.due_date)}前`
  return item.days_left === null ? date : `${date}（${dueText(item.days_left)}）`
}

export function itemRef(item: Pick<Item, 'session' | 'number'>): string {
  return `${item.session}第${item.number}号`
}
