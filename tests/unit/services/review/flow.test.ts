import { describe, expect, it } from 'vitest'
import { commentsForExport } from '../../../../electron/services/review/review-service'
import { body, comment, openApp, type App } from '../open'
import { grantSigning, SIGNER_PIN } from './signer'

async function newReply(app: App) {
  const draft = await app.call('drafts:create', {
    fields: { title: '关于加强村医队伍建设建议的答复', proposer: '许国欣' },
    bodyText: '一、基本情况\n今年全区共投入资金500万元，用于村卫生室建设。'
  })
  return draft.id
}

const events = async (app: App, id: string) =>
  (await app.call('review:audit', { id })).map((e) => e.event)

describe('review flow through the services', () => {
  it('runs draft → review → returned → draft → review → approved, with who, when and snapshots', async () => {
    const app = openApp()
    const id = await newReply(app)
    expect((await app.fail('review:submit', { id })).code).toBe('unauthorized')

    await app.call('review:signIn', { name: '李明' })
    const submitted = await app.call('review:submit', { id, note: '请审核' })
    expect(submitted).toMatchObject({
      status: 'review',
      statusLabel: '待审核',
      lastStep: { actor: '李明' }
    })

    app.tick()
    await grantSigning(app.services.handlers, '王局长')
    await comment(
      app,
      id,
      'comment-1',
      '资金数据请核实',
      '一、基本情况',
      '今年全区共投入资金[[comment-1:500万元]]，用于村卫生室建设。'
    )
    expect((await app.call('review:state', { id })).status).toBe('review')
    expect(await app.fail('review:approve', { id })).toEqual({
      code: 'conflict',
      message: '还有 1 条批注未处理，处理完毕后才能签发。'
    })
    expect((await app.fail('review:return', { id, reason: ' ' })).code).toBe('invalid-input')
    const returned = await app.call('review:return', { id, reason: '请核实资金数据后再报' })
    expect(returned).toMatchObject({
      status: 'returned',
      decision: {
        action: 'return',
        by: '王局长',
        opinion: '请核实资金数据后再报',
        at: '2025-07-16T01:01:00.000Z'
      }
    })

    app.tick()
    await app.call('review:signIn', { name: '李明' })
    await app.call('review:addComment', {
      id,
      parentId: 'comment-1',
      text: '已与财务科核对，应为800万元'
    })
    await app.call('drafts:save', {
      id,
      body: body('一、基本情况', '今年全区共投入资金[[comment-1:800万元]]，用于村卫生室建设。')
    })
    expect((await app.call('review:state', { id })).status).toBe('draft')
    await app.call('review:resolveComment', { id, commentId: 'comment-1' })
    await app.call('review:submit', { id })

    app.tick()
    await app.call('review:signIn', { name: '王局长', pin: SIGNER_PIN })
    const approved = await app.call('review:approve', { id, opinion: '同意' })
    expect(approved).toMatchObject({
      status: 'approved',
      approval: { by: '王局长', versionNumber: 4 }
    })

    expect(await events(app, id)).toEqual(['submit', 'return', 'edit', 'submit', 'approve'])
    const versions = await app.call('review:versions', { id })
    expect(versions.map((v) => [v.number, v.reason, v.actor, v.status])).toEqual([
      [1, 'submit', '李明', 'review'],
      [2, 'return', '王局长', 'returned'],
      [3, 'submit', '李明', 'review'],
      [4, 'approve', '王局长', 'approved']
    ])
    const diff = await app.call('review:diff', { id, from: versions[1]!.id, to: versions[3]!.id })
    expect(diff.segments.filter((s) => s.op !== 'equal')).toEqual([
      { op: 'delete', text: '5' },
      { op: 'insert', text: '8' }
    ])
    expect(diff).toMatchObject({ inserted: 1, deleted: 1, fields: [] })
  })

  it('locks a signed reply: an edit makes a new version and visibly clears the approval', async () => {
    const app = openApp()
    const id = await newReply(app)
    await app.call('drafts:save', {
      id,
      body: body('一、基本情况', '今年全区共投入资金500万元，用于村卫生室建设。')
    })
    await grantSigning(app.services.handlers, '王局长')
    await app.call('review:submit', { id })
    await app.call('review:approve', { id })

    // A comment mark prints nothing: the approval stands.
    await comment(
      app,
      id,
      'note-0001',
      '留档备查',
      '一、基本情况',
      '今年全区共投入资金500万元，用于[[note-0001:村卫生室]]建设。'
    )
    expect((await app.call('review:state', { id })).status).toBe('approved')

    app.tick()
    await app.call('review:signIn', { name: '李明' })
    await app.call('drafts:save', { id, fields: { doc_number: '渌卫复〔2025〕3号' } })
    const state = await app.call('review:state', { id })
    expect(state).toMatchObject({ status: 'draft', approval: null })
    const audit = await app.call('review:audit', { id })
    expect(audit.at(-1)).toMatchObject({
      event: 'revise',
      eventLabel: '修改已签发稿，签发失效',
      from_status: 'approved',
      to_status: 'draft',
      actor: '李明'
    })
    const versions = await app.call('review:versions', { id })
    expect(versions.map((v) => v.reason)).toEqual(['submit', 'approve', 'revise'])
    const diff = await app.call('review:diff', { id, from: versions[1]!.id, to: versions[2]!.id })
    expect(diff.fields).toEqual([
      { field: 'doc_number', label: '文号', before: '', after: '渌卫复〔2025〕3号' }
    ])
  })

  it('closes with the proposer feedback, then refuses edits until reopened', async () => {
    const app = openApp()
    const id = await newReply(app)
    await grantSigning(app.services.handlers, '王局长')
    await app.call('review:submit', { id })
    await app.call('review:approve', { id })
    expect((await app.fail('review:close', { id } as never)).code).toBe('invalid-input')
    const closed = await app.call('review:close', { id, feedback: '基本满意' })
    expect(closed.status).toBe('closed')
    expect((await app.call('review:audit', { id })).at(-1)).toMatchObject({
      event: 'close',
      detail: '基本满意'
    })
    expect(await app.fail('drafts:save', { id, fields: { title: '改标题' } })).toEqual({
      code: 'conflict',
      message: '这份答复已办结，内容已锁定。如需修改，请先选择“重新办理”。'
    })
    await app.call('review:reopen', { id })
    await app.call('drafts:save', { id, fields: { title: '改标题' } })
    expect((await app.call('drafts:get', { id })).fields.title).toBe('改标题')
  })

  it('restores an old version as the newest draft revision without losing the current one', async () => {
    const app = openApp()
    const id = await newReply(app)
    await app.call('review:signIn', { name: '李明' })
    await app.call('review:submit', { id })
    await app.call('drafts:save', { id, body: body('改写后的正文。') })
    const [first] = await app.call('review:versions', { id })
    const before = await app.call('drafts:get', { id })
    const saved = await app.call('review:restoreVersion', { id, versionId: first!.id })
    const after = await app.call('drafts:get', { id })
    expect(saved.revision).toBeGreaterThan(before.revision)
    expect(after.status).toBe('draft')
    expect(JSON.stringify(after.body)).toContain('今年全区共投入资金500万元')
    const versions = await app.call('review:versions', { id })
    expect(versions.at(-1)).toMatchObject({ reason: 'restore', note: '恢复为第 1 版（提交审核）' })
  })

  it('gives the export open comments with their quote and place, answers folded in', async () => {
    const app = openApp()
    const id = await newReply(app)
    await app.call('review:signIn', { name: '王局长' })
    await app.call('review:addComment', {
      id,
      commentId: 'c-open-1',
      quote: '500万元',
      text: '请核实'
    })
    await app.call('review:addComment', {
      id,
      commentId: 'c-done-1',
      quote: '村卫生室',
      text: '已阅'
    })
    await app.call('review:addComment', { id, parentId: 'c-open-1', text: '正在核对' })
    await app.call('review:resolveComment', { id, commentId: 'c-done-1' })
    await app.call('drafts:save', {
      id,
      body: body(
        '一、基本情况',
        '今年全区共投入资金[[c-open-1:500万元]]，用于[[c-done-1:村卫生室]]建设。'
      )
    })
    expect(commentsForExport(app.services.ctx.db, id)).toEqual([
      {
        id: 'c-open-1',
        author: '王局长',
        date: '2025-07-16T01:00:00.000Z',
        text: '请核实\n王局长：正在核对',
        quote: '500万元',
        start: 16,
        end: 21,
        occurrence: 0
      }
    ])
  })

  it('asks for the PIN of a person who set one, and keeps it hashed', async () => {
    const app = openApp()
    await app.call('review:setPin', { name: '王局长', pin: '2468' })
    expect((await app.fail('review:signIn', { name: '王局长' })).message).toBe(
      '“王局长”设有 PIN，请输入 PIN。'
    )
    expect((await app.fail('review:signIn', { name: '王局长', pin: '1111' })).code).toBe(
      'unauthorized'
    )
    expect((await app.call('review:signIn', { name: '王局长', pin: '2468' })).current).toBe(
      '王局长'
    )
    expect((await app.fail('review:setPin', { name: '王局长', pin: '' })).message).toBe(
      '原 PIN 不正确，未作修改。'
    )
    const row = app.services.ctx.db.prepare('SELECT * FROM review_people').get() as Record<
      string,
      string
    >
    expect(JSON.stringify(row)).not.toContain('2468')
    const people = await app.call('review:setPin', { name: '王局长', pin: '', currentPin: '2468' })
    expect(people.people.find((p) => p.name === '王局长')?.hasPin).toBe(false)
  })

  it('exports the audit log as CSV that WPS and Excel open as UTF-8', async () => {
    const app = openApp()
    const id = await newReply(app)
    await app.call('review:signIn', { name: '李明' })
    await app.call('review:submit', { id, note: '请审核' })
    const file = await app.call('review:exportAudit', { id })
    const csv = Buffer.from(file.base64, 'base64').toString('utf8')
    expect(file.fileName).toBe('审核记录-关于加强村医队伍建设建议的答复.csv')
    expect(csv.startsWith('\uFEFF时间,答复,事项,原状态,新状态,操作人,意见或说明,附记\r\n')).toBe(
      true
    )
    expect(csv).toContain(',关于加强村医队伍建设建议的答复,提交审核,草稿,待审核,李明,请审核,\r\n')
    expect(csv).toContain(',导出审核记录,,,李明,,审核记录-关于加强村医队伍建设建议的答复.csv\r\n')
  })
})

describe('the audit log names what was exported', () => {
  it('logs opening the plain text as 复制纯文本, not as a DOCX export', async () => {
    const app = openApp()
    const id = await newReply(app)
    await app.call('drafts:plainText', { id })
    const last = (await app.call('review:audit', { id })).at(-1)!
    expect(last).toMatchObject({ event: 'export-text', eventLabel: '复制纯文本' })
  })
})
