import { describe, expect, it } from 'vitest'
import { CONTRACT_PARTS, contract } from '../../../electron/contract'
import { isValidIsoDate } from '../../../electron/domain/iso-date'

describe('contract', () => {
  it('has unique domain:verb method names across all parts', () => {
    const names = Object.values(CONTRACT_PARTS).flatMap((part) => Object.keys(part))
    expect(new Set(names).size).toBe(names.length)
    expect(Object.keys(contract).sort()).toEqual([...names].sort())
    for (const name of names) expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/)
  })

  it('accepts valid input and rejects unknown keys and wrong types', () => {
    const save = contract['drafts:save'].input
    expect(save.safeParse({ id: 'a', fields: { proposer: '许国欣' } }).success).toBe(true)
    expect(save.safeParse({ id: 'a', evil: true }).success).toBe(false)
    expect(save.safeParse({ id: 42 }).success).toBe(false)
    expect(save.safeParse({ id: 'a', fields: { kind: '议案' } }).success).toBe(false)
    expect(
      save.safeParse({ id: 'a', body: { root: { type: 'root', children: [] } } }).success
    ).toBe(true)
    expect(save.safeParse({ id: 'a', body: { root: { type: 'paragraph' } } }).success).toBe(false)
  })

  it('rejects impossible dates with a Chinese message', () => {
    const result = contract['drafts:save'].input.safeParse({
      id: 'a',
      fields: { date: '2025-02-30' }
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toContain('日期无效')
    expect(isValidIsoDate('2024-02-29')).toBe(true)
    expect(isValidIsoDate('2025-02-29')).toBe(false)
    expect(isValidIsoDate('2025-7-16')).toBe(false)
  })
})
