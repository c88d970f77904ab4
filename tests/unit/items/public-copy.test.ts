import { afterEach, describe, expect, it } from 'vitest'
import { maskPhones } from '../../../electron/domain/items/public-copy'
import type { OpenedServices } from '../../../electron/services'
import { openItemsServices } from './fixtures'
import { grantSigning } from '../review/signer'

let services: OpenedServices | undefined
afterEach(() => services?.close())

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

    await api['drafts:save']({ id: draftId, fields: { disclosure: '不予公开' } })
    await api['review:submit']({ id: draftId })
    await api['review:approve']({ id: draftId })
    await expect(async () =>
      api['items:publicCopy']({ id: item.id, replyId: draftId })
    ).rejects.toThrow('不予公开')
  })
})
