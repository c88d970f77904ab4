import JSZip from 'jszip'
import { afterEach, describe, expect, it } from 'vitest'
import type { OpenedServices } from '../../../../electron/services'
import { openItemsServices } from './fixtures'

let services: OpenedServices
afterEach(() => services.close())

describe('the handling report (DOCX)', () => {
  it("states the year's figures and a table per 科室, in the bureau's name", async () => {
    services = openItemsServices()
    const api = services.handlers
    const profile = await api['profile:get']({})
    await api['profile:save']({ profile: { ...profile, organ: '株洲市渌口区卫生健康局' } })
    const base = { session: '区人大二届五次会议', assigned_date: '2025-03-10' }
    const a = await api['items:create']({
      fields: {
        ...base,
        number: '17',
        title: '关于推进基层医疗服务的建议',
        department: '基层卫生科'
      }
    })
    await api['items:create']({
      fields: { ...base, number: '18', title: '关于加强心理健康服务的建议', department: '疾控科' }
    })
    await api['items:step']({ id: a.item.id, action: 'sign' })
    await api['items:step']({
      id: a.item.id,
      action: 'reply',
      replyDate: '2025-05-20',
      resultClass: 'A'
    })

    const file = await api['items:exportReport']({ year: 2025 })
    expect(file.fileName).toBe('株洲市渌口区卫生健康局关于2025年度建议提案办理工作情况的报告.docx')
    const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'))
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
    const text = xml.replace(/<[^>]+>/g, '')
    expect(text).toContain(
      '2025年度，我局共承办人大代表建议和政协提案2件，其中人大代表建议2件、政协提案0件'
    )
    expect(text).toContain(
      '已答复1件，办结率50%；按期答复1件，按时办结率50%。按办理结果分，A类1件、尚未确定类别的1件。'
    )
    expect(text).toContain('科室件数已答复办结率按时办结率满意率')
    expect(text).toContain('基层卫生科11100%100%—')
    expect(text).toContain('特此报告。')
    expect(xml).toContain('w:lineRule="exact"')
  })
})
