import { describe, expect, it } from 'vitest'
import { dismissedKey, missingKey, saveDismissed } from '../../../electron/services/font-note'
import { tempDir } from '../helpers'

const font = (name: string, installed: boolean) => ({ name, installed, fallback: '宋体' })

describe('the dismissed font note', () => {
  it('stays dismissed for the same missing fonts and comes back when the set changes', () => {
    const dir = tempDir()
    expect(dismissedKey(dir)).toBeNull()
    const before = [font('仿宋_GB2312', false), font('方正小标宋简体', false), font('黑体', true)]
    saveDismissed(dir, missingKey(before))
    const reordered = [
      font('方正小标宋简体', false),
      font('黑体', true),
      font('仿宋_GB2312', false)
    ]
    expect(dismissedKey(dir)).toBe(missingKey(reordered))
    const oneInstalled = [font('仿宋_GB2312', true), font('方正小标宋简体', false)]
    expect(dismissedKey(dir)).not.toBe(missingKey(oneInstalled))
  })
})
