import { describe, expect, it } from 'vitest'
import { body, comment, openApp, type App } from '../open'
import { grantSigning, shareProfile } from './signer'

const BASE = body('一、基本情况', '今年全区共投入资金500万元，用于村卫生室建设。')

/** The clerk's PC: a reply submitted for review and packed for the leader. */
async function clerkSends(clerk: App) {
  const draft = await clerk.call('drafts:create', {
    fields: { title: '关于加强村医队伍建设建议的答复' }
  })
  await clerk.call('drafts:save', { id: draft.id, body: BASE })
  await clerk.call('review:signIn', { name: '李明' })
  await clerk.call('review:submit', { id: draft.id })
  const file = await clerk.call('review:exportPackage', { id: draft.id })
  return { id: draft.id, file }
}

const bodyText = async (app: App, id: string) =>
  JSON.stringify((await app.call('drafts:get', { id })).body)

describe('review package between two data dirs', () => {
  it('opens in review on the leader PC and brings comments, decision and versions back', async () => {
    const clerk = openApp('2025-07-16T01:00:00.000Z')
    const leader = openApp('2025-07-16T02:00:00.000Z')
    const { id, file } = await clerkSends(clerk)
    expect(file.fileName).toBe('关于加强村医队伍建设建议的答复（审核包）.json')

    await leader.call('review:signIn', { name: '王局长' })
    const arrived = await leader.call('review:importPackage', { base64: file.base64 })
    expect(arrived).toMatchObject({
      replyId: id,
      outcome: 'created',
      status: 'review',
      versionsAdded: 1
    })
    expect((await leader.call('drafts:get', { id })).body).toEqual(BASE)

    await comment(
      leader,
      id,
      'comment-1',
      '资金数据请核实',
      '一、基本情况',
      '今年全区共投入资金[[comment-1:500万元]]，用于村卫生室建设。'
    )
    await leader.call('review:return', { id, reason: '请核实资金数据' })
    const reviewed = await leader.call('review:exportPackage', { id })

    const back = await clerk.call('review:importPackage', { base64: reviewed.base64 })
    expect(back).toMatchObject({ outcome: 'updated', status: 'returned', commentsAdded: 1 })
    expect(await clerk.call('review:state', { id })).toMatchObject({
      status: 'returned',
      decision: { action: 'return', by: '王局长', opinion: '请核实资金数据' },
      openComments: 1
    })
    expect(await bodyText(clerk, id)).toContain('"ids":["comment-1"]')
    const versions = await clerk.call('review:versions', { id })
    expect(versions.map((v) => [v.reason, v.actor])).toEqual([
      ['submit', '李明'],
      ['return', '王局长'],
      ['import', '李明']
    ])

    // Importing the same file again adds nothing.
    const again = await clerk.call('review:importPackage', { base64: reviewed.base64 })
    expect(again).toMatchObject({ outcome: 'unchanged', commentsAdded: 0, versionsAdded: 0 })
    expect(await clerk.call('review:versions', { id })).toHaveLength(3)

    // The second round: the clerk fixes and resubmits, the leader signs, the signature comes back.
    clerk.tick()
    await clerk.call('drafts:save', {
      id,
      body: body('一、基本情况', '今年全区共投入资金[[comment-1:800万元]]，用于村卫生室建设。')
    })
    await clerk.call('review:resolveComment', { id, commentId: 'comment-1' })
    await clerk.call('review:submit', { id })
    const second = await clerk.call('review:exportPackage', { id })
    leader.tick()
    expect((await leader.call('review:importPackage', { base64: second.base64 })).outcome).toBe(
      'updated'
    )
    expect((await leader.call('review:state', { id })).openComments).toBe(0)
    await grantSigning(leader.services.handlers, '王局长')
    await leader.call('review:approve', { id, opinion: '同意印发' })
    const signed = await leader.call('review:exportPackage', { id })
    await shareProfile(leader.services.handlers, clerk.services.handlers)
    expect(await clerk.call('review:importPackage', { base64: signed.base64 })).toMatchObject({
      outcome: 'updated',
      status: 'approved'
    })
    expect(await clerk.call('review:state', { id })).toMatchObject({
      status: 'approved',
      approval: { by: '王局长' },
      decision: { action: 'approve', opinion: '同意印发' }
    })
  })

  it('shows a conflict when both sides edited the same base, overwriting nothing', async () => {
    const clerk = openApp('2025-07-16T01:00:00.000Z')
    const leader = openApp('2025-07-16T02:00:00.000Z')
    const { id, file } = await clerkSends(clerk)
    await leader.call('review:signIn', { name: '王局长' })
    await leader.call('review:importPackage', { base64: file.base64 })
    await leader.call('drafts:save', {
      id,
      body: body('一、基本情况', '今年全区共投入资金500万元，主要用于村卫生室建设。')
    })
    const theirs = await leader.call('review:exportPackage', { id })

    await clerk.call('drafts:save', {
      id,
      body: body('一、基本情况', '今年全区共投入资金600万元，用于村卫生室建设。')
    })
    const mine = await bodyText(clerk, id)
    const outcome = await clerk.call('review:importPackage', { base64: theirs.base64 })
    expect(outcome.outcome).toBe('conflict')
    expect(await bodyText(clerk, id)).toBe(mine)
    expect(outcome.conflict).toMatchObject({
      localText: '一、基本情况\n今年全区共投入资金600万元，用于村卫生室建设。',
      incomingText: '一、基本情况\n今年全区共投入资金500万元，主要用于村卫生室建设。'
    })
    expect(outcome.conflict?.segments.filter((s) => s.op !== 'equal')).toEqual([
      { op: 'delete', text: '6' },
      { op: 'insert', text: '5' },
      { op: 'insert', text: '主要' }
    ])

    await clerk.call('review:resolveConflict', {
      id,
      incomingVersionId: outcome.conflict!.incomingVersionId,
      keep: 'incoming'
    })
    expect(await bodyText(clerk, id)).toContain('主要用于')
    const reasons = (await clerk.call('review:versions', { id })).map((v) => v.reason)
    expect(reasons).toEqual(['submit', 'incoming', 'replaced'])

    // Both now hold the leader's text: the next exchange merges cleanly.
    const next = await clerk.call('review:exportPackage', { id })
    expect(await leader.call('review:importPackage', { base64: next.base64 })).toMatchObject({
      outcome: 'updated',
      conflict: null,
      versionsAdded: 2
    })
  })

  it('refuses a damaged or hand-edited package without importing anything', async () => {
    const clerk = openApp()
    const leader = openApp()
    const { id, file } = await clerkSends(clerk)
    await leader.call('review:signIn', { name: '王局长' })
    const edited = Buffer.from(file.base64, 'base64')
      .toString('utf8')
      .replace('500万元', '5000万元')
    expect(
      await leader.fail('review:importPackage', { base64: Buffer.from(edited).toString('base64') })
    ).toEqual({
      code: 'invalid-input',
      message: '审核包校验失败：文件可能已损坏或被改动，未导入任何内容。'
    })
    expect(
      (
        await leader.fail('review:importPackage', {
          base64: Buffer.from('not json').toString('base64')
        })
      ).code
    ).toBe('invalid-input')
    expect((await leader.fail('drafts:get', { id })).code).toBe('not-found')
  })
})
