import { afterEach, describe, expect, it } from 'vitest'
import type { OpenedServices } from '../../../../electron/services'
import { openItemsServices } from './fixtures'

// Correcting and removing an item's contacts and 协办意见, and what follows from it.

let services: OpenedServices
afterEach(() => services.close())

async function newItem(role: '主办' | '协办', co_units: string[] = []) {
  const created = await services.handlers['items:create']({
    fields: {
      session: '市九届三次会议',
      number: role === '协办' ? '071' : '068',
      title: '关于完善医保报销的建议',
      assigned_date: '2025-03-10',
      role,
      lead_unit: role === '协办' ? '市医保局' : '',
      co_units
    }
  })
  return created.item.id
}

const typed = {
  unit: '市医保局',
  date: '2025-03-28',
  doc_number: '渌卫函〔2025〕8号',
  summary: '同意主办单位意见'
}
const sentOpinion = { direction: '发出' as const, ...typed }

describe('contacts with the proposer', () => {
  it('are corrected in place and removed, and a contact no longer there gets a Chinese message', async () => {
    services = openItemsServices()
    const api = services.handlers
    const id = await newItem('主办')
    const added = await api['items:addContact']({
      id,
      stage: '办前',
      date: '2025-03-12',
      way: '电话',
      person: '王明',
      summary: '了解诉求'
    })
    const contactId = added.contacts[0]!.id

    const fixed = await api['items:updateContact']({
      id,
      contactId,
      stage: '办中',
      date: '2025-03-21',
      way: '座谈',
      person: '王明',
      summary: '了解诉求'
    })
    expect(fixed.contacts).toEqual([
      {
        id: contactId,
        stage: '办中',
        date: '2025-03-21',
        way: '座谈',
        person: '王明',
        summary: '了解诉求'
      }
    ])
    expect((await api['items:get']({ id })).contacts[0]?.way).toBe('座谈')

    const removed = await api['items:deleteContact']({ id, contactId })
    expect(removed.contacts).toEqual([])
    await expect(async () => api['items:deleteContact']({ id, contactId })).rejects.toThrow(
      '找不到这条沟通记录，可能已被修改或删除，请刷新本页后再试。'
    )
    await expect(async () =>
      api['items:updateContact']({ ...fixed.contacts[0]!, id, contactId })
    ).rejects.toThrow('找不到这条沟通记录')
  })

  it('refuses a contact of another item', async () => {
    services = openItemsServices()
    const api = services.handlers
    const id = await newItem('主办')
    const other = await newItem('协办')
    const added = await api['items:addContact']({
      id,
      stage: '办前',
      date: '2025-03-12',
      way: '电话',
      person: '',
      summary: ''
    })
    const contactId = added.contacts[0]!.id
    await expect(async () => api['items:deleteContact']({ id: other, contactId })).rejects.toThrow(
      '找不到这条沟通记录'
    )
    expect((await api['items:get']({ id })).contacts).toHaveLength(1)
  })
})

describe('a sent 协办意见', () => {
  it('corrected: the item stays closed and its answer (文号, date) follows', async () => {
    services = openItemsServices()
    const api = services.handlers
    const id = await newItem('协办')
    const sent = await api['items:addOpinion']({ id, ...sentOpinion })
    expect(sent.item).toMatchObject({ status: 'closed', reply_doc_number: '渌卫函〔2025〕8号' })
    const opinionId = sent.opinions.list[0]!.id

    const fixed = await api['items:updateOpinion']({
      id,
      opinionId,
      unit: '市医保局',
      date: '2025-03-29',
      doc_number: '渌卫函〔2025〕9号',
      summary: '同意主办单位意见'
    })
    expect(fixed.item).toMatchObject({
      status: 'closed',
      reply_date: '2025-03-29',
      reply_doc_number: '渌卫函〔2025〕9号'
    })
    expect(fixed.opinions.list[0]).toMatchObject({
      doc_number: '渌卫函〔2025〕9号',
      direction: '发出'
    })
    await expect(async () =>
      api['items:updateOpinion']({ id, opinionId, ...typed, unit: ' ' })
    ).rejects.toThrow('请填写意见送达的主办单位。')
    expect((await api['items:get']({ id })).opinions.list[0]?.unit).toBe('市医保局')
  })

  it('deleted: the item it closed goes back to 办理中, its answer is cleared and 办结率 drops', async () => {
    services = openItemsServices()
    const api = services.handlers
    const id = await newItem('协办')
    const sent = await api['items:addOpinion']({ id, ...sentOpinion })
    expect((await api['items:stats']({ year: 2025 })).overall.answered).toBe(1)

    const after = await api['items:deleteOpinion']({ id, opinionId: sent.opinions.list[0]!.id })
    expect(after.opinions.list).toEqual([])
    expect(after.item).toMatchObject({ status: 'handling', reply_date: '', reply_doc_number: '' })
    expect(after.item.round).toBe(1)
    expect(after.events.at(-1)).toMatchObject({
      action: 'reopen',
      from: '办结',
      to: '办理中',
      note: '删除了发出的协办意见（市医保局 渌卫函〔2025〕8号），尚无发出的意见'
    })
    const stats = await api['items:stats']({ year: 2025 })
    expect(stats.overall).toMatchObject({ total: 1, answered: 0, answerRate: 0 })

    // Sending it again closes the item again.
    const again = await api['items:addOpinion']({ id, ...sentOpinion })
    expect(again.item.status).toBe('closed')
    await expect(async () =>
      api['items:deleteOpinion']({ id, opinionId: sent.opinions.list[0]!.id })
    ).rejects.toThrow('找不到这条协办意见，可能已被修改或删除，请刷新本页后再试。')
  })

  it('deleted while a second sent opinion remains: the item stays closed, answered by the other', async () => {
    services = openItemsServices()
    const api = services.handlers
    const id = await newItem('协办')
    const first = await api['items:addOpinion']({ id, ...sentOpinion })
    await api['items:addOpinion']({
      id,
      ...sentOpinion,
      date: '2025-04-02',
      doc_number: '渌卫函〔2025〕12号'
    })
    const after = await api['items:deleteOpinion']({ id, opinionId: first.opinions.list[0]!.id })
    expect(after.item).toMatchObject({
      status: 'closed',
      reply_date: '2025-04-02',
      reply_doc_number: '渌卫函〔2025〕12号'
    })
  })

  it('deleted from an item closed by a registered reply: the item and its answer stay', async () => {
    services = openItemsServices()
    const api = services.handlers
    const id = await newItem('协办')
    await api['items:step']({ id, action: 'sign' })
    await api['items:step']({
      id,
      action: 'reply',
      replyDate: '2025-04-01',
      docNumber: '渌卫复〔2025〕3号'
    })
    await api['items:step']({ id, action: 'close' })
    const noted = await api['items:addOpinion']({ id, ...sentOpinion })
    const after = await api['items:deleteOpinion']({ id, opinionId: noted.opinions.list[0]!.id })
    expect(after.item).toMatchObject({
      status: 'closed',
      reply_date: '2025-04-01',
      reply_doc_number: '渌卫复〔2025〕3号'
    })
  })
})

describe('a received 协办意见 on the lead item', () => {
  it('corrected or deleted: the co-unit status follows', async () => {
    services = openItemsServices()
    const api = services.handlers
    const id = await newItem('主办', ['市医保局'])
    const got = await api['items:addOpinion']({
      id,
      ...sentOpinion,
      direction: '收到',
      date: '2025-04-05'
    })
    expect(got.opinions.co_units[0]).toMatchObject({ state: 'received', received: '2025-04-05' })
    const opinionId = got.opinions.list[0]!.id

    const late = await api['items:updateOpinion']({
      id,
      opinionId,
      ...typed,
      date: '2025-04-20'
    })
    expect(late.opinions.co_units[0]).toMatchObject({ state: 'late', label: '逾期收到' })
    expect(late.opinions.list[0]?.on_time).toBe(false)

    const other = await api['items:updateOpinion']({
      id,
      opinionId,
      ...typed,
      unit: '市财政局'
    })
    expect(other.opinions.co_units[0]).toMatchObject({ unit: '市医保局', state: 'overdue' })

    const gone = await api['items:deleteOpinion']({ id, opinionId })
    expect(gone.opinions.list).toEqual([])
    expect(gone.opinions.co_units[0]).toMatchObject({ state: 'overdue', label: '逾期未收到' })
    expect(gone.item.status).toBe('pending')
  })
})
