import { describe, expect, it } from 'vitest'
import {
  normalizeDate,
  rowsToItems,
  suggestMapping
} from '../../../../electron/domain/items/intake'
import { itemKey } from '../../../../electron/domain/items/item'
import { parseTableText } from '../../../../electron/domain/items/table-text'

describe('intake of a 交办清单', () => {
  it('reads CSV with quoted commas and line breaks, and rows pasted from a spreadsheet', () => {
    expect(parseTableText('\uFEFF编号,标题\r\n1,"甲,乙"\r\n2,"第一行\n第二行"\r\n\r\n')).toEqual([
      ['编号', '标题'],
      ['1', '甲,乙'],
      ['2', '第一行\n第二行']
    ])
    expect(parseTableText('编号\t标题\t提出人\n068\t关于村医的建议\t王明\n')).toEqual([
      ['编号', '标题', '提出人'],
      ['068', '关于村医的建议', '王明']
    ])
  })

  it('matches the usual header words, and a remembered match wins', () => {
    const headers = [
      '序号',
      '提案号',
      '案由',
      '第一提案人',
      '联名委员',
      '交办时间',
      '主协办',
      '备注'
    ]
    expect(suggestMapping(headers)).toEqual({
      序号: '',
      提案号: 'number',
      案由: 'title',
      第一提案人: 'proposer',
      联名委员: 'co_signers',
      交办时间: 'assigned_date',
      主协办: 'role',
      备注: ''
    })
    expect(suggestMapping(headers, { 备注: 'department', 案由: '' })).toMatchObject({
      备注: 'department',
      案由: ''
    })
  })

  it('normalises dates as lists write them', () => {
    expect(normalizeDate('2025/3/10')).toBe('2025-03-10')
    expect(normalizeDate('2025年3月10日')).toBe('2025-03-10')
    expect(normalizeDate('2025.03.10')).toBe('2025-03-10')
    expect(normalizeDate('2025-02-30')).toBe('')
    expect(normalizeDate('三月十日')).toBe('')
  })

  it('keeps numbers as written, infers the kind, and flags duplicates and problems', () => {
    const headers = ['届次', '编号', '标题', '联名', '交办日期', '承办方式']
    const rows = [
      ['市政协九届三次会议', '068', '关于中医药的提案', '甲、乙，丙', '2025/3/1', '会办'],
      ['市政协九届三次会议', '068', '重复', '', '', ''],
      ['市政协九届三次会议', '070', '关于养老的提案', '', '三月', '牵头'],
      ['市政协九届三次会议', '001', '已有', '', '', '']
    ]
    const mapping = suggestMapping(headers)
    const out = rowsToItems(headers, rows, mapping, {
      year: 2026,
      existing: new Set([itemKey('市政协九届三次会议', '001')])
    })
    expect(out[0]?.fields).toMatchObject({
      number: '068',
      kind: '提案',
      co_signers: ['甲', '乙', '丙'],
      assigned_date: '2025-03-01',
      role: '会办',
      year: 2025
    })
    expect(out.map((r) => r.duplicate)).toEqual([false, true, false, true])
    expect(out[2]?.problems).toEqual([
      '承办方式“牵头”无法识别，已按主办登记',
      '交办日期“三月”不是有效日期，已留空'
    ])
    expect(out[2]?.fields.year).toBe(2026)
  })
})
