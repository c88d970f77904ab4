import { describe, expect, it } from 'vitest'
import {
  changeThen,
  generationOf,
  invalidate,
  subscribe
} from '../../../renderer/src/lib/generations'

describe('query generations', () => {
  it('moves on only for the invalidated methods, and tells every listener', () => {
    const before = generationOf(['review:state', 'review:audit'])
    const heard: string[] = []
    const stop = subscribe(() => heard.push(generationOf(['review:state'])))
    invalidate('review:state')
    stop()
    invalidate('review:state')
    expect(heard).toHaveLength(1)
    expect(generationOf(['review:audit'])).toBe(before.split('.')[1])
    expect(generationOf(['review:state', 'review:audit'])).not.toBe(before)
  })

  it('invalidating nothing wakes no listener', () => {
    let woken = 0
    const stop = subscribe(() => woken++)
    invalidate()
    stop()
    expect(woken).toBe(0)
  })

  it('a change that went through makes its queries stale; a failed one leaves them', async () => {
    const start = generationOf(['review:versions'])
    await expect(
      changeThen(() => Promise.reject(new Error('refused')), ['review:versions'])
    ).rejects.toThrow('refused')
    expect(generationOf(['review:versions'])).toBe(start)
    expect(await changeThen(() => Promise.resolve(7), ['review:versions'])).toBe(7)
    expect(generationOf(['review:versions'])).not.toBe(start)
  })
})
