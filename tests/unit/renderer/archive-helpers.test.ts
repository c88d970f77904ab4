import { describe, expect, it } from 'vitest'
import {
  queryWords,
  snippetParts,
  termParts
} from '../../../renderer/src/features/archive/highlight'
import { NO_FILTERS, searchFilters } from '../../../renderer/src/features/archive/filters'
import { chineseDate } from '../../../electron/domain/drafting/chinese'
import { contactPatch } from '../../../renderer/src/features/reuse/contact'
import type { LatestContact, ReplyFields } from '../../../electron/contract'

describe('snippetParts', () => {
  it('splits the \\u0002 … \\u0003 marks into hits and plain text', () => {
    expect(snippetParts('…推进\u0002医共体\u0003建设，\u0002医保\u0003基金…')).toEqual([
      { text: '…推进', hit: false },
      { text: '医共体', hit: true },
      { text: '建设，', hit: false },
      { text: '医保', hit: true },
      { text: '基金…', hit: false }
    ])
  })

  it('shows a mark cut off by the snippet edge as plain text, never the control characters', () => {
    const parts = snippetParts('卫生\u0003院\u0002医共')
    expect(parts.map((p) => p.text).join('')).toBe('卫生院医共')
    expect(parts.every((p) => !p.hit)).toBe(true)
  })
})

describe('termParts', () => {
  it('marks every occurrence, the longer word winning where two overlap', () => {
    expect(termParts('医共体建设和医保', ['医共', '医共体', '医保'])).toEqual([
      { text: '医共体', hit: true },
      { text: '建设和', hit: false },
      { text: '医保', hit: true }
    ])
  })

  it('returns the text unmarked when there are no words', () => {
    expect(termParts('甲乙', [])).toEqual([{ text: '甲乙', hit: false }])
  })
})

describe('queryWords', () => {
  it('splits on spaces, full-width spaces and quotes', () => {
    expect(queryWords(' 医共体　"家庭医生" 签约 ')).toEqual(['医共体', '家庭医生', '签约'])
  })
})

describe('searchFilters', () => {
  it('sends only what the user set, the year once it has four digits', () => {
    expect(searchFilters({ ...NO_FILTERS, year: '202', proposer: ' 龙钺文 ' })).toEqual({
      proposer: '龙钺文'
    })
    expect(
      searchFilters({ ...NO_FILTERS, year: '2024', kind: '提案', status: 'archived' })
    ).toEqual({ year: 2024, kind: '提案', status: 'archived' })
  })
})

describe('chineseDate', () => {
  it('writes ISO dates the Chinese way and leaves anything else as it is', () => {
    expect(chineseDate('2025-07-06')).toBe('2025年7月6日')
    expect(chineseDate('')).toBe('')
  })
})

describe('contactPatch', () => {
  const contact: LatestContact = {
    organ: '株洲市渌口区卫生健康局',
    leader: '黄小平',
    leader_phone: '0731-27821234',
    handler: '李敏',
    handler_phone: '',
    postcode: '412100',
    cc: ['区人大常委会联工委', '区政府督查室'],
    from_id: 'r1',
    from_title: '对区人大二届五次会议第17号建议的答复',
    date: '2025-06-30'
  }
  const fields = {
    organ: '株洲市渌口区卫生健康局',
    leader: '黄小平',
    leader_phone: '',
    handler: '王强',
    handler_phone: '13800000000',
    postcode: '',
    cc: []
  } as unknown as ReplyFields

  it('offers what differs, never blanks a filled field, and copies 抄送', () => {
    expect(contactPatch(contact, fields)).toEqual({
      leader_phone: '0731-27821234',
      handler: '李敏',
      postcode: '412100',
      cc: ['区人大常委会联工委', '区政府督查室']
    })
  })

  it('fills the organ only when the draft has none', () => {
    expect(contactPatch(contact, { ...fields, organ: '' }).organ).toBe('株洲市渌口区卫生健康局')
  })
})
