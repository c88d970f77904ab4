import { afterEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_REDACTION,
  hideName,
  maskPhones,
  publicCopy,
  redactText,
  type RedactionRules
} from '../../../../electron/domain/items/public-copy'
import type { ComposedReply } from '../../../../electron/domain/composed-reply'
import type { OpenedServices } from '../../../../electron/services'
import { openItemsServices } from '../../services/items/fixtures'
import { grantSigning } from '../../services/review/signer'

let services: OpenedServices | undefined
afterEach(() => services?.close())

const WHO = { proposers: ['龙钺文', '周敏'], contacts: ['曹虎', '刘海茵'] }
const rules = (over: Partial<RedactionRules>): RedactionRules => ({ ...DEFAULT_REDACTION, ...over })

const REPLY: ComposedReply = {
  format: 'letter',
  letterhead: '',
  docNumberLine: '渌卫复〔2025〕1号',
  marks: { placement: 'top-right', lines: [] },
  title: '关于对区人大二届五次会议第17号建议的答复',
  salutation: '龙钺文等代表：',
  opening: ['您提出的建议收悉。'],
  body: {
    blocks: [
      { type: 'paragraph', runs: [{ text: '经办人刘海茵已与周敏代表沟通，电话13874100819。' }] }
    ]
  },
  closing: ['感谢您的关心和支持。'],
  attachments: [],
  signature: null,
  contact: {
    placement: 'after-signature',
    lines: ['主管领导：曹虎  联系电话：13874100819', '经 办 人：刘海茵  联系电话：0731-8206079']
  },
  note: '',
  cc: '抄送：区人大常委会联工委，区政府督查室。'
}

describe('redaction rules of the profile', () => {
  it('hides a name by its surname (masked) or entirely (removed)', () => {
    expect(hideName('龙钺文', 'mask')).toBe('龙某某')
    expect(hideName('周敏', 'mask')).toBe('周某')
    expect(hideName('龙钺文', 'remove')).toBe('×××')
  })

  it('phone numbers are kept, masked or removed', () => {
    const text = '请致电13874100819咨询'
    expect(redactText(text, rules({ phones: 'keep' }), WHO)).toBe(text)
    expect(redactText(text, rules({ phones: 'mask' }), WHO)).toBe('请致电138********咨询')
    expect(redactText(text, rules({ phones: 'remove' }), WHO)).toBe('请致电咨询')
  })

  it('contact names: removed drops the block; masked or kept leaves it, names hidden as set', () => {
    expect(publicCopy(REPLY, '', rules({ contact_names: 'remove' }), WHO).contact.lines).toEqual([])
    expect(
      publicCopy(REPLY, '', rules({ contact_names: 'mask', phones: 'keep' }), WHO).contact.lines
    ).toEqual(['主管领导：曹某  联系电话：13874100819', '经 办 人：刘某某  联系电话：0731-8206079'])
    const kept = publicCopy(REPLY, '', rules({ contact_names: 'keep', phones: 'remove' }), WHO)
    // A removed number takes its label along: no line ends in an empty 「联系电话：」.
    expect(kept.contact.lines).toEqual(['主管领导：曹虎', '经 办 人：刘海茵'])
    expect(kept.body.blocks[0]).toMatchObject({
      runs: [{ text: '经办人刘海茵已与周敏代表沟通。' }]
    })
    const masked = publicCopy(REPLY, '', rules({ contact_names: 'mask' }), WHO)
    expect(masked.body.blocks[0]).toMatchObject({
      runs: [{ text: '经办人刘某某已与周敏代表沟通，电话138********。' }]
    })
  })

  it('抄送 is kept or removed', () => {
    expect(publicCopy(REPLY, '', rules({ cc: 'remove' }), WHO).cc).toBe('')
    expect(publicCopy(REPLY, '', rules({ cc: 'keep' }), WHO).cc).toBe(REPLY.cc)
  })

  it("the proposers' names are kept, masked or removed, in the salutation and the text", () => {
    expect(publicCopy(REPLY, '', rules({ proposer_names: 'keep' }), WHO).salutation).toBe(
      '龙钺文等代表：'
    )
    const masked = publicCopy(
      REPLY,
      '',
      rules({ proposer_names: 'mask', contact_names: 'keep' }),
      WHO
    )
    expect(masked.salutation).toBe('龙某某等代表：')
    expect(masked.body.blocks[0]).toMatchObject({
      runs: [{ text: '经办人刘海茵已与周某代表沟通，电话138********。' }]
    })
    expect(publicCopy(REPLY, '', rules({ proposer_names: 'remove' }), WHO).salutation).toBe(
      '×××等代表：'
    )
  })

  it('the defaults are what the copy did before the rules were configurable', () => {
    const copy = publicCopy(REPLY, '依申请公开', DEFAULT_REDACTION, WHO)
    expect(copy).toMatchObject({
      contact: { lines: [] },
      cc: '',
      salutation: '龙钺文等代表：',
      note: '（此件依申请公开）'
    })
  })
})

/** An item whose reply names the leader and clerk with their phones and copies two offices. */
async function itemWithReply(api: OpenedServices['handlers']) {
  const { item } = await api['items:create']({
    fields: {
      session: '区人大二届五次会议',
      number: '17',
      title: '关于推进基层医疗服务的建议',
      proposer: '龙钺文',
      assigned_date: '2025-03-10'
    }
  })
  const { draftId } = await api['items:draft']({ id: item.id })
  await api['drafts:save']({
    id: draftId,
    fields: {
      leader: '曹虎',
      leader_phone: '13874100819',
      handler: '刘海茵',
      handler_phone: '15873304217',
      cc: ['区人大常委会联工委', '区政府督查室']
    }
  })
  return { item, draftId }
}

describe('the copy for 政务公开', () => {
  it('masks mobile and landline numbers in running text', () => {
    expect(maskPhones('请致电13874100819或0730-8206079咨询')).toBe(
      '请致电138********或073*********咨询'
    )
    expect(maskPhones('投入资金500万元，2025年')).toBe('投入资金500万元，2025年')
  })

  it('drops the contact block and 抄送, marks 公开属性, and only for a signed reply', async () => {
    const opened = openItemsServices()
    services = opened
    const api = opened.handlers
    const { item, draftId } = await itemWithReply(api)
    await expect(async () =>
      api['items:publicCopy']({ id: item.id, replyId: draftId })
    ).rejects.toThrow('答复签发后才能生成政务公开版')
    await api['review:signIn']({ name: '刘海茵' })
    await api['review:submit']({ id: draftId })
    await grantSigning(api, '曹虎')
    await api['review:approve']({ id: draftId })

    const full = (await api['drafts:plainText']({ id: draftId })).text
    expect(full).toContain('15873304217')
    expect(full).toContain('区政府督查室')
    const copy = await api['items:publicCopy']({ id: item.id, replyId: draftId })
    expect(copy.text).not.toMatch(/13874100819|15873304217|刘海茵|抄送|督查室/)
    expect(copy.text).toContain('龙钺文')
    expect(copy.text).toContain('（此件主动公开）')
    expect(copy.file.fileName).toMatch(/（公开版）\.docx$/)

    // a sign-off edited straight in SQLite does not make a public copy
    opened.ctx.db
      .prepare(
        "UPDATE review_versions SET actor = '局长' WHERE reply_id = ? AND reason = 'approve'"
      )
      .run(draftId)
    await expect(async () =>
      api['items:publicCopy']({ id: item.id, replyId: draftId })
    ).rejects.toThrow(/签发未通过验证（.+），不能生成政务公开版/)

    await api['drafts:save']({ id: draftId, fields: { disclosure: '不予公开' } })
    await api['review:submit']({ id: draftId })
    await api['review:approve']({ id: draftId })
    await expect(async () =>
      api['items:publicCopy']({ id: item.id, replyId: draftId })
    ).rejects.toThrow('不予公开')
  })

  it("follows the profile's redaction rules", async () => {
    const opened = openItemsServices()
    services = opened
    const api = opened.handlers
    const { item, draftId } = await itemWithReply(api)
    await api['review:signIn']({ name: '刘海茵' })
    await api['review:submit']({ id: draftId })
    await grantSigning(api, '曹虎')
    await api['review:approve']({ id: draftId })
    const profile = await api['profile:get']({})
    await api['profile:save']({
      profile: {
        ...profile,
        public_copy: { phones: 'remove', contact_names: 'mask', cc: 'keep', proposer_names: 'mask' }
      }
    })
    const copy = (await api['items:publicCopy']({ id: item.id, replyId: draftId })).text
    expect(copy).toContain('龙某某')
    expect(copy).not.toContain('龙钺文')
    expect(copy).toContain('刘某某')
    expect(copy).not.toMatch(/15873304217|13874100819|刘海茵/)
    expect(copy).toContain('区政府督查室')
  })
})
