import { describe, expect, it } from 'vitest'
import { shippedProfile } from '../../domain/templates/shipped'
import { openApp } from '../open'
import { grantSigning } from './signer'

// register:allocate writes through the drafts' one write path, outside the review rules for edits.
describe('a 文号 taken from the register', () => {
  it('after signing: written with its allocation, the approval stands', async () => {
    const app = openApp()
    await app.call('profile:save', { profile: shippedProfile('lukou') })
    const { id } = await app.call('drafts:create', { fields: { title: '关于村医待遇的答复' } })
    await grantSigning(app.services.handlers, '王局长')
    await app.call('review:submit', { id })
    await app.call('review:approve', { id })
    const before = await app.call('drafts:get', { id })

    const taken = await app.call('register:allocate', { id, year: 2025 })
    expect(taken.doc_number).toBe('渌卫复〔2025〕1号')
    const after = await app.call('drafts:get', { id })
    expect(after).toMatchObject({ status: 'approved', revision: before.revision + 1 })
    expect(after.fields.doc_number).toBe('渌卫复〔2025〕1号')
    expect((await app.call('review:state', { id })).approval?.by).toBe('王局长')
    expect((await app.call('review:audit', { id })).map((e) => e.event)).toEqual([
      'submit',
      'approve'
    ])
  })

  it('for a reply that is gone: no number is used up', async () => {
    const app = openApp()
    await app.call('profile:save', { profile: shippedProfile('lukou') })
    expect((await app.fail('register:allocate', { id: 'missing', year: 2025 })).code).toBe(
      'not-found'
    )
    expect(await app.call('register:next', { kind: '建议', year: 2025 })).toMatchObject({
      doc_number: '渌卫复〔2025〕1号'
    })
  })
})
