import { describe, expect, it } from 'vitest'
import type { Input } from '../../../electron/contract'
import { docNumberAllocationSchema } from '../../../electron/domain/doc-number'
import { FIELD_LABELS } from '../../../electron/domain/reply'
import { emptyFields, replyFieldsSchema } from '../../../electron/domain/reply-schema'
import { plainIssue } from '../../../renderer/src/lib/input-problems'
import { openApp } from '../services/open'
import { shippedProfile } from '../domain/templates/shipped'

// zod drops keys it does not know unless told otherwise: a field added on one side and not the
// other would save as success and be lost. Every schema built on the reply's fields refuses them.

const refusal = /没有名为“urgency”的项目/

describe('fields the app does not know', () => {
  it('drafts:save refuses an unknown field in Chinese and saves nothing of that call', async () => {
    const app = openApp()
    const draft = await app.call('drafts:create', {})
    const fields = { proposer: '许国欣', urgency: '急' } as Input<'drafts:save'>['fields']
    const failure = await app.fail('drafts:save', { id: draft.id, fields })
    expect(failure.code).toBe('invalid-input')
    expect(failure.message).toMatch(refusal)
    expect((await app.call('drafts:get', { id: draft.id })).fields.proposer).toBe('')
  })

  it('refuses an unknown key in the structured session, in search filters and on create', async () => {
    const app = openApp()
    const session_info = { level: '区', body: '人大', term: '二', meeting: '五', urgency: '急' }
    const create = await app.fail('drafts:create', {
      fields: { session_info } as Input<'drafts:create'>['fields']
    })
    expect(create.message).toMatch(refusal)
    const search = await app.fail('archive:search', {
      query: '医保',
      filters: { year: 2024, urgency: '急' } as Input<'archive:search'>['filters']
    })
    expect(search.message).toMatch(refusal)
  })

  it('gives out a 文号 in exactly the allocation schema, and refuses unknown keys asking for one', async () => {
    const app = openApp()
    await app.call('profile:save', { profile: shippedProfile('lukou') })
    const draft = await app.call('drafts:create', {})
    const allocation = await app.call('register:allocate', { id: draft.id, year: 2025 })
    expect(docNumberAllocationSchema.parse(allocation)).toEqual(allocation)
    expect(allocation.doc_number).toBe('渌卫复〔2025〕1号')
    const input = { id: draft.id, urgency: '急' } as Input<'register:allocate'>
    expect((await app.fail('register:allocate', input)).code).toBe('invalid-input')
  })

  it('labels and the empty reply follow the schema, key for key and in its order', () => {
    const keys = Object.keys(replyFieldsSchema.shape)
    expect(Object.keys(FIELD_LABELS)).toEqual(keys)
    expect(Object.keys(emptyFields())).toEqual(keys)
    expect(replyFieldsSchema.parse(emptyFields())).toEqual(emptyFields())
  })

  it('reads as one sentence on the screen', () => {
    const issue = {
      code: 'unrecognized_keys',
      path: ['fields'],
      message: '没有名为“urgency”的项目，请刷新后重试'
    }
    expect(plainIssue(issue)).toBe('答复信息：没有名为“urgency”的项目，请刷新后重试')
  })
})
