import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import { insertReply } from '../../../../electron/store/drafts-repo'
import { emptyFields } from '../../../../electron/domain/reply-schema'
import type { OpenedServices } from '../../../../electron/services'
import { assignmentXlsx, openItemsServices } from './fixtures'
import { grantSigning } from '../review/signer'

let services: OpenedServices
afterEach(() => services.close())

const CSV = [
  '编号,标题,提出人,届次,交办日期,承办方式,科室',
  '068,关于加强村医队伍建设的建议,王明,市九届三次会议,2025-03-10,主办,基层卫生科',
  '071,"关于完善医保报销的建议，含异地就医",李红,市九届三次会议,2025/3/10,协办,医政科',
  '068,重复的一行,王明,市九届三次会议,2025-03-10,主办,基层卫生科',
  ',没有编号的一行,张三,市九届三次会议,2025-03-10,主办,'
].join('\n')

describe('the item register', () => {
  it('imports a CSV, flags duplicates by 届次 + 编号 and rows without a number, and remembers the mapping', async () => {
    services = openItemsServices()
    const api = services.handlers
    const source = { fileName: '交办清单.csv', text: CSV }
    const preview = await api['items:previewImport']({ source })
    expect(preview.mapping).toMatchObject({ 编号: 'number', 标题: 'title', 科室: 'department' })
    expect(preview.ready).toBe(2)
    expect(preview.rows.map((r) => r.duplicate)).toEqual([false, false, true, false])
    const mapping = { ...preview.mapping, 科室: '' as const }
    const report = await api['items:import']({ source, mapping })
    expect(report).toMatchObject({ created: 2, duplicates: 1 })
    expect(report.skipped.map((s) => s.line)).toEqual([4, 5])

    const items = await api['items:list']({})
    expect(items.map((i) => [i.number, i.status, i.due_date, i.department])).toEqual([
      ['068', 'pending', '2025-06-10', ''],
      ['071', 'pending', '2025-04-10', '']
    ])
    expect(items[1]?.days_left).toBe(-21)
    // The second import of the same list finds everything already there, and keeps the mapping.
    const again = await api['items:previewImport']({ source })
    expect(again.mapping['科室']).toBe('')
    expect(again.ready).toBe(0)
  })

  it('reads an XLSX 交办清单 with a title row above the header', async () => {
    services = openItemsServices()
    const api = services.handlers
    const base64 = await assignmentXlsx([
      [
        '市九届三次会议',
        '101',
        '关于发展智慧医疗的建议',
        '赵六',
        new Date('2025-03-12'),
        '主办',
        '规划信息科',
        '陈静'
      ]
    ])
    const source = { fileName: '交办清单.xlsx', base64 }
    const preview = await api['items:previewImport']({ source })
    expect(preview.rows[0]?.fields).toMatchObject({
      number: '101',
      title: '关于发展智慧医疗的建议',
      proposer: '赵六',
      assigned_date: '2025-03-12',
      department: '规划信息科',
      handler: '陈静',
      year: 2025
    })
    await expect(
      api['items:previewImport']({ source: { fileName: 'old.xls', base64 } })
    ).rejects.toThrow(/另存为 \.xlsx/)
  })

  it('walks an item from 待签收 to 办结, with a 不满意 reopening it for a second reply', async () => {
    services = openItemsServices()
    const api = services.handlers
    const created = await api['items:create']({
      fields: {
        session: '市九届三次会议',
        number: '068',
        title: '关于加强村医队伍建设的建议',
        proposer: '王明',
        assigned_date: '2025-03-10',
        handler: '陈静'
      }
    })
    const id = created.item.id
    expect(created.steps.map((s) => s.action)).toEqual(['sign', 'send-back'])
    await expect(async () =>
      api['items:create']({ fields: { session: '市九届三次会议', number: '068', title: 'x' } })
    ).rejects.toThrow(/同一编号/)

    const { draftId } = await api['items:draft']({ id })
    const draft = await api['drafts:get']({ id: draftId })
    expect(draft.fields).toMatchObject({
      item_number: '068',
      subject: '关于加强村医队伍建设的建议',
      proposer: '王明',
      session: '市九届三次会议',
      assigned_date: '2025-03-10'
    })
    expect((await api['items:get']({ id })).item.status).toBe('handling')

    await api['review:signIn']({ name: '陈静' })
    await api['review:submit']({ id: draftId })
    expect((await api['items:get']({ id })).item.status).toBe('review')
    await api['review:signIn']({ name: '李局长' })
    await api['review:return']({ id: draftId, reason: '请补充数据' })
    expect((await api['items:get']({ id })).item.status).toBe('handling')
    await api['review:submit']({ id: draftId })
    expect((await api['items:get']({ id })).item.status).toBe('review')
    await grantSigning(api, '李局长')
    await api['review:approve']({ id: draftId })

    const replied = await api['items:step']({
      id,
      action: 'reply',
      replyDate: '2025-05-20',
      docNumber: '市卫健函〔2025〕12号',
      resultClass: 'A'
    })
    expect(replied.item).toMatchObject({
      status: 'replied',
      reply_date: '2025-05-20',
      result_class: 'A'
    })
    expect(replied.replies[0]).toMatchObject({ id: draftId, status: 'approved', linked: true })

    const contacted = await api['items:addContact']({
      id,
      stage: '办后',
      date: '2025-05-22',
      way: '电话',
      person: '王明',
      summary: '送达答复并征询意见'
    })
    expect(contacted.contacts).toHaveLength(1)

    const unhappy = await api['items:step']({
      id,
      action: 'feedback',
      satisfaction: '不满意',
      note: '希望增加编制'
    })
    expect(unhappy.item).toMatchObject({ status: 'handling', round: 2, satisfaction: '不满意' })

    await api['items:step']({ id, action: 'reply', replyDate: '2025-06-05' })
    await api['items:step']({ id, action: 'feedback', satisfaction: '基本满意' })
    const closed = await api['items:step']({ id, action: 'close' })
    expect(closed.item.status).toBe('closed')
    expect(closed.events.map((e) => e.label)).toEqual([
      '登记',
      '签收',
      '送审',
      '审核退回',
      '送审',
      '登记答复',
      '登记反馈',
      '登记答复',
      '登记反馈',
      '办结'
    ])
    await expect(async () => api['items:step']({ id, action: 'close' })).rejects.toThrow(
      '该件当前为“办结”，不能办结。'
    )

    const stats = await api['items:stats']({ year: 2025 })
    expect(stats.overall).toMatchObject({
      total: 1,
      answered: 1,
      onTime: 1,
      rated: 1,
      satisfied: 1
    })
    expect(stats.byClass).toEqual([{ code: 'A', count: 1 }])

    const file = await api['items:exportSummary']({ year: 2025 })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('汇总表')
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      '序号',
      '编号',
      '标题',
      '提出人',
      '承办方式',
      '办理结果类别',
      '答复文号',
      '答复日期',
      '沟通方式',
      '满意度',
      '届次',
      '类别',
      '承办科室',
      '经办人',
      '办理期限',
      '办理状态'
    ])
    expect((sheet?.getRow(3).values as unknown[]).slice(1, 11)).toEqual([
      '1',
      '068',
      '关于加强村医队伍建设的建议',
      '王明',
      '主办',
      'A',
      '',
      '2025-06-05',
      '电话',
      '基本满意'
    ])
  })

  it('lists overdue and soon-due items per 经办人 and 科室', async () => {
    services = openItemsServices('2025-06-05T09:00:00')
    const api = services.handlers
    const base = { session: '市九届三次会议', title: '题目' }
    await api['items:create']({
      fields: {
        ...base,
        number: '1',
        assigned_date: '2025-03-01',
        handler: '陈静',
        department: '医政科'
      }
    })
    await api['items:create']({
      fields: {
        ...base,
        number: '2',
        assigned_date: '2025-03-10',
        handler: '陈静',
        department: '医政科'
      }
    })
    await api['items:create']({
      fields: { ...base, number: '3', assigned_date: '2025-03-20', handler: '刘洋' }
    })
    const due = await api['items:due']({})
    expect(due.overdue.map((i) => [i.number, i.days_left])).toEqual([['1', -4]])
    expect(due.soon.map((i) => [i.number, i.days_left])).toEqual([['2', 5]])
    expect(due.byHandler).toEqual([{ name: '陈静', overdue: 1, soon: 1 }])
    expect(due.byDepartment).toEqual([{ name: '医政科', overdue: 1, soon: 1 }])
  })
})

describe('past replies beside their item', () => {
  it('shows an archived reply with the same 届次 + 编号 without linking it; deleting the item keeps replies', async () => {
    services = openItemsServices()
    const api = services.handlers
    const fields = {
      ...emptyFields(),
      session: '区人大二届五次会议',
      item_number: '17',
      subject: '关于推进基层医疗服务的建议'
    }
    insertReply(services.ctx.db, {
      id: 'past-17',
      status: 'archived',
      fields_json: JSON.stringify({ ...fields, doc_number: '渌卫复〔2024〕3号' }),
      body_json: JSON.stringify({ root: { type: 'root', children: [] } }),
      body_text: '',
      template_id: '',
      created_at: '2024-06-01T00:00:00.000Z'
    })
    insertReply(services.ctx.db, {
      id: 'other',
      status: 'archived',
      fields_json: JSON.stringify({ ...fields, item_number: '18' }),
      body_json: JSON.stringify({ root: { type: 'root', children: [] } }),
      body_text: '',
      template_id: '',
      created_at: '2024-06-01T00:00:00.000Z'
    })
    const { item } = await api['items:create']({
      fields: { session: '区人大 二届五次会议', number: '17', title: '关于推进基层医疗服务的建议' }
    })
    const detail = await api['items:get']({ id: item.id })
    expect(detail.replies).toEqual([
      expect.objectContaining({ id: 'past-17', linked: false, doc_number: '渌卫复〔2024〕3号' })
    ])
    const { draftId } = await api['items:draft']({ id: item.id })
    // An item imported by mistake goes; its draft and the archive stay.
    await api['items:delete']({ id: item.id })
    expect(await api['items:list']({})).toEqual([])
    expect((await api['drafts:get']({ id: draftId })).id).toBe(draftId)
    await expect(async () => api['items:get']({ id: item.id })).rejects.toThrow(
      '找不到这件建议提案'
    )
  })
})
