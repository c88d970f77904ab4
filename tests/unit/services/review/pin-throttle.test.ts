import { describe, expect, it } from 'vitest'
import { openApp } from '../open'

// A 4-digit PIN fell in 732 tries in 23 s. Now wrong PINs slow down and then lock the name.

describe('PIN throttling', () => {
  it('backs off after 3 wrong PINs and locks the name for an hour after 10', async () => {
    const app = openApp()
    await app.call('review:setPin', { name: '王局长', pin: '2468' })
    const signIn = (pin: string) => app.fail('review:signIn', { name: '王局长', pin })
    for (let i = 0; i < 3; i++)
      expect((await signIn('0000')).message).toBe('PIN 不正确，请重新输入。')
    // Even the right PIN waits its turn: a script cannot keep guessing at full speed.
    expect((await signIn('2468')).message).toMatch(/^PIN 输错次数过多，请 \d+ 秒后再试。$/)

    for (let failures = 4; failures <= 10; failures++) {
      // Two minutes: longer than any wait before the lock.
      app.tick()
      app.tick()
      expect((await signIn('0000')).message).toBe('PIN 不正确，请重新输入。')
    }
    app.tick()
    expect((await signIn('2468')).message).toMatch(/已连续输错 10 次，已锁定，请 \d+ 分钟后再试/)

    for (let minute = 0; minute < 60; minute++) app.tick()
    const people = await app.call('review:signIn', { name: '王局长', pin: '2468' })
    expect(people.current).toBe('王局长')
    // The right PIN cleared the count: one slip is not punished.
    expect((await signIn('0000')).message).toBe('PIN 不正确，请重新输入。')
    expect(await app.call('review:signIn', { name: '王局长', pin: '2468' })).toMatchObject({
      current: '王局长'
    })
  })
})
