import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  checkOpinion,
  coUnitOpinions,
  opinionDirection,
  opinionDueDate,
  stepForOpinion,
  type OpinionItem
} from '../../../../electron/domain/items/opinion'
import { availableSteps, checkItemStep } from '../../../../electron/domain/items/status'
import type { OpinionRecord } from '../../../../electron/domain/items/opinion'
import type { OpenedServices } from '../../../../electron/services'
import { openItemsServices } from '../../services/items/fixtures'

const RULES = { reply_months: 3, assist_months: 1 }
const IMPORT = join(__dirname, '..', '..', '..', 'fixtures', 'import')

function item(over: Partial<OpinionItem> = {}): OpinionItem {
  return {
    role: '主办',
    status: 'handling',
    assigned_date: '2025-03-10',
    due_override: '',
    co_units: [],
    ...over
  }
}

const sent = (date = '2025-04-01'): OpinionRecord => ({ direction: '发出', unit: '区卫健局', date })

describe('协办意见 rules', () => {
  it('a 协办/会办 unit sends its opinion, the lead unit receives them', () => {
    expect(opinionDirection('协办')).toBe('发出')
    expect(opinionDirection('会办')).toBe('发出')
    expect(opinionDirection('主办')).toBe('收到')
    expect(checkOpinion({ role: '协办' }, sent())).toBeNull()
    expect(checkOpinion({ role: '主办' }, sent())).toBe(
      '本局为主办单位，应登记收到的协办单位意见。'
    )
    expect(checkOpinion({ role: '会办' }, { ...sent(), direction: '收到' })).toBe(
      '本局为会办单位，应登记发出给主办单位的意见。'
    )
    expect(checkOpinion({ role: '协办' }, { ...sent(), unit: ' ' })).toBe(
      '请填写意见送达的主办单位。'
    )
  })

  it("opinions are due 1 month after 交办 by the profile's rule, or by the 协办 item's own date", () => {
    expect(opinionDueDate(item(), RULES)).toBe('2025-04-10')
    expect(opinionDueDate(item(), { ...RULES, assist_months: 2 })).toBe('2025-05-10')
    // The lead reply's extension does not move the co-units' deadline.
    expect(opinionDueDate(item({ due_override: '2025-09-10' }), RULES)).toBe('2025-04-10')
    expect(opinionDueDate(item({ role: '协办', due_override: '2025-04-20' }), RULES)).toBe(
      '2025-04-20'
    )
    expect(opinionDueDate(item({ assigned_date: '' }), RULES)).toBe('')
  })

  it('sending the opinion closes a 协办/会办 item from any state in hand, and nothing else', () => {
    for (const status of ['pending', 'handling', 'review', 'replied'] as const) {
      expect(stepForOpinion(item({ role: '协办', status }), sent())).toBe('send-opinion')
    }
    expect(stepForOpinion(item({ role: '协办', status: 'closed' }), sent())).toBeNull()
    expect(stepForOpinion(item({ role: '协办', status: 'returned' }), sent())).toBeNull()
    expect(stepForOpinion(item({ role: '主办' }), { ...sent(), direction: '收到' })).toBeNull()
    expect(
      checkItemStep({
        status: 'handling',
        role: '会办',
        action: 'send-opinion',
        replyDate: '2025-04-01'
      })
    ).toEqual({ ok: true, to: 'closed' })
    expect(
      checkItemStep({
        status: 'handling',
        role: '主办',
        action: 'send-opinion',
        replyDate: '2025-04-01'
      }).ok
    ).toBe(false)
    expect(checkItemStep({ status: 'handling', role: '协办', action: 'send-opinion' })).toEqual({
      ok: false,
      message: '请填写意见发出的日期。'
    })
    // It is recorded with the opinion, never offered as a bare button.
    expect(availableSteps('handling', '协办')).not.toContain('send-opinion')
  })

  it("the lead unit sees each co-unit's opinion as received, late, waiting or overdue", () => {
    const lead = item({ co_units: ['区医保局', '区民政局', '区财政局', '区教育局'] })
    const got: OpinionRecord[] = [
      { direction: '收到', unit: '区医保局', date: '2025-04-02' },
      { direction: '收到', unit: '区 民政局', date: '2025-04-15' }
    ]
    const states = (today: string) =>
      coUnitOpinions(lead, got, RULES, today).map((c) => [c.unit, c.label, c.received])
    expect(states('2025-04-20')).toEqual([
      ['区医保局', '已收到', '2025-04-02'],
      ['区民政局', '逾期收到', '2025-04-15'],
      ['区财政局', '逾期未收到', ''],
      ['区教育局', '逾期未收到', '']
    ])
    expect(states('2025-04-10')[2]).toEqual(['区财政局', '待收到', ''])
    expect(
      coUnitOpinions(item({ role: '协办', co_units: ['x'] }), [], RULES, '2025-05-01')
    ).toEqual([])
  })
})

let services: OpenedServices | undefined
afterEach(() => services?.close())

describe('协办意见 on the register', () => {
  it('a 协办 item is closed, and answered on time, when its opinion is sent with the letter', async () => {
    services = openItemsServices('2025-04-05T09:00:00')
    const api = services.handlers
    const { item: created } = await api['items:create']({
      fields: {
        session: '区人大二届五次会议',
        number: '21',
        title: '关于加强医保基金监管的建议',
        role: '协办',
        lead_unit: '区医保局',
        assigned_date: '2025-03-10'
      }
    })
    expect(created.due_date).toBe('2025-04-10')
    expect(created.days_left).toBe(5)
    const base64 = readFileSync(join(IMPORT, 'reply-sample.docx')).toString('base64')
    await expect(
      api['items:addOpinion']({
        id: created.id,
        direction: '收到',
        unit: '区医保局',
        date: '2025-04-03',
        doc_number: '',
        summary: ''
      })
    ).rejects.toThrow('应登记发出给主办单位的意见')
    await expect(
      api['items:addOpinion']({
        id: created.id,
        direction: '发出',
        unit: '区医保局',
        date: '2025-04-03',
        doc_number: '',
        summary: '',
        file: { fileName: '意见.pdf', base64: Buffer.from('not a pdf').toString('base64') }
      })
    ).rejects.toThrow('附件“意见.pdf”未能读取')
    expect((await api['items:get']({ id: created.id })).opinions.list).toEqual([])

    const detail = await api['items:addOpinion']({
      id: created.id,
      direction: '发出',
      unit: '区医保局',
      date: '2025-04-03',
      doc_number: '渌卫函〔2025〕8号',
      summary: '同意主办单位意见，补充村卫生室医保结算情况',
      file: { fileName: '协办意见.docx', base64 }
    })
    expect(detail.item.status).toBe('closed')
    expect(detail.item.reply_date).toBe('2025-04-03')
    expect(detail.item.reply_doc_number).toBe('渌卫函〔2025〕8号')
    expect(detail.item.days_left).toBeNull()
    expect(detail.opinions).toMatchObject({ direction: '发出', due_date: '2025-04-10' })
    expect(detail.opinions.list[0]).toMatchObject({
      unit: '区医保局',
      file_name: '协办意见.docx',
      on_time: true
    })
    expect(detail.opinions.list[0]?.file_text.length).toBeGreaterThan(100)
    expect(detail.events.at(-1)).toMatchObject({ label: '发出协办意见', to: '办结' })
    const stats = await api['items:stats']({})
    expect(stats.overall).toMatchObject({ answerRate: 100, onTimeRate: 100 })
    const due = await api['items:due']({})
    expect(due.soon).toEqual([])
    await expect(async () =>
      api['items:step']({ id: created.id, action: 'send-opinion' })
    ).rejects.toThrow('请在“协办意见”中登记发出的意见。')
  })

  it('the lead unit records opinions received and sees who is still missing', async () => {
    services = openItemsServices('2025-04-20T09:00:00')
    const api = services.handlers
    const { item: created } = await api['items:create']({
      fields: {
        session: '区人大二届五次会议',
        number: '22',
        title: '关于完善家庭医生签约服务的建议',
        co_units: ['区医保局', '区财政局'],
        assigned_date: '2025-03-10'
      }
    })
    const detail = await api['items:addOpinion']({
      id: created.id,
      direction: '收到',
      unit: '区医保局',
      date: '2025-04-08',
      doc_number: '',
      summary: '医保支付政策已明确'
    })
    expect(detail.item.status).toBe('pending')
    expect(detail.opinions.co_units.map((c) => `${c.unit}${c.label}`)).toEqual([
      '区医保局已收到',
      '区财政局逾期未收到'
    ])
  })
})
