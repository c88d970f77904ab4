import { describe, expect, it } from 'vitest'
import { body, openApp } from '../open'

describe('drafts:save with the revision it edits', () => {
  it('refuses a save based on an older revision and leaves the newer text in place', async () => {
    const app = openApp()
    const draft = await app.call('drafts:create', { bodyText: '一、基本情况\n原文。' })
    const first = await app.call('drafts:save', {
      id: draft.id,
      revision: draft.revision,
      body: body('甲窗口写的。')
    })
    expect(first.revision).toBe(draft.revision + 1)

    const stale = await app.fail('drafts:save', {
      id: draft.id,
      revision: draft.revision,
      body: body('乙窗口的旧稿。')
    })
    expect(stale.code).toBe('stale')
    expect(stale.message).toContain('另一个窗口')
    const kept = await app.call('drafts:plainText', { id: draft.id })
    expect(kept.text).toContain('甲窗口写的。')
    expect(kept.text).not.toContain('乙窗口的旧稿。')

    // A save that names the current revision goes through.
    await app.call('drafts:save', {
      id: draft.id,
      revision: first.revision,
      body: body('乙窗口看过后再写。')
    })
    expect((await app.call('drafts:plainText', { id: draft.id })).text).toContain(
      '乙窗口看过后再写。'
    )
  })

  it('a save that changes nothing keeps the revision and 修改时间, so reading is not editing', async () => {
    const app = openApp()
    const draft = await app.call('drafts:create', { bodyText: '一、基本情况\n原文。' })
    const same = await app.call('drafts:save', {
      id: draft.id,
      revision: draft.revision,
      fields: draft.fields,
      body: draft.body
    })
    expect(same).toEqual({ id: draft.id, revision: draft.revision, updated_at: draft.updated_at })
    const edited = await app.call('drafts:save', {
      id: draft.id,
      revision: draft.revision,
      fields: { proposer: '许国欣' }
    })
    expect(edited.revision).toBe(draft.revision + 1)
  })
})
