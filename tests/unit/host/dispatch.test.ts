import { describe, expect, it } from 'vitest'
import type { Handlers } from '../../../electron/contract'
import { AppFailure } from '../../../electron/contract/result'
import { createDispatch } from '../../../electron/host/dispatch'

function handlers(impl: Partial<Handlers>): Handlers {
  return impl as Handlers
}

describe('dispatch', () => {
  it('validates input before the handler runs and reports the field in Chinese', async () => {
    let called = false
    const dispatch = createDispatch(
      handlers({ 'drafts:get': () => ((called = true), null as never) })
    )
    const result = await dispatch('drafts:get', { id: '' })
    expect(called).toBe(false)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    if (!result.ok) expect(result.error.message).toMatch(/^输入有误（id）/)
  })

  it('refuses unknown methods', async () => {
    const result = await createDispatch(handlers({}))('fs:readFile', {})
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: '未知的操作：fs:readFile' }
    })
  })

  it('turns expected failures, a full disk and unexpected errors into results', async () => {
    const logged: unknown[] = []
    const dispatch = createDispatch(
      handlers({
        'drafts:get': () => {
          throw new AppFailure('not-found', '找不到这份答复。')
        },
        'drafts:delete': () => {
          throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })
        },
        'drafts:list': () => {
          throw new Error('boom')
        }
      }),
      (e) => logged.push(e)
    )
    expect(await dispatch('drafts:get', { id: 'x' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: '找不到这份答复。' }
    })
    const full = await dispatch('drafts:delete', { id: 'x' })
    expect(full).toMatchObject({ ok: false, error: { code: 'disk-full' } })
    if (!full.ok) expect(full.error.message).toContain('磁盘空间已满')
    expect(await dispatch('drafts:list', {})).toMatchObject({
      ok: false,
      error: { code: 'internal' }
    })
    expect(logged).toHaveLength(1)
  })
})
