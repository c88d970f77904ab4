import { describe, expect, it } from 'vitest'
import { documentFlow, previewGeometry } from '../../../electron/domain/flow'
import { defaultLayout } from '../../../electron/domain/layout'
import { titleLinesFor } from '../../../electron/domain/title-break'
import { fullReply, lukouReply, xianningReply } from '../../fixtures/export/samples'

const layout = defaultLayout()

describe('document flow for the preview', () => {
  it('orders the elements as the standard does: head, title, salutation, body, signature, contact, 抄送', () => {
    const roles = documentFlow(lukouReply(), layout)
      .map((b) => b.role)
      .filter((r) => r !== 'blank' && r !== 'heading' && r !== 'body')
    const order = ['letterhead', 'docnumber', 'title', 'salutation', 'signature', 'contact', 'cc']
    const firsts = order.map((role) => roles.indexOf(role as (typeof roles)[number]))
    expect(firsts.every((i) => i >= 0)).toBe(true)
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts)
  })

  it('breaks the title into the same lines as the DOCX', () => {
    const reply = lukouReply()
    const titles = documentFlow(reply, layout)
      .filter((b) => b.role === 'title')
      .map((b) => b.runs.map((r) => r.text).join(''))
    expect(titles).toEqual(titleLinesFor(reply.title, layout))
    expect(titles.join('')).toBe(reply.title.replace(/\n/g, ''))
  })

  it('puts marks on their own lines when the profile says so and keeps the body text whole', () => {
    const reply = xianningReply()
    const flow = documentFlow(reply, layout)
    expect(flow.filter((b) => b.role === 'mark').map((b) => b.runs[0]?.text)).toEqual(
      reply.marks.lines
    )
    const text = flow.map((b) => b.runs.map((r) => r.text).join('')).join('\n')
    for (const block of reply.body.blocks) {
      if (block.type === 'paragraph') expect(text).toContain(block.runs.map((r) => r.text).join(''))
    }
  })

  it('lists attachments and the 附注 where the standard places them', () => {
    const flow = documentFlow(fullReply(), layout)
    expect(flow.some((b) => b.role === 'attachment' && b.runs[0]?.text.startsWith('附件：'))).toBe(
      true
    )
  })

  it('takes page numbers and fonts from the layout profile', () => {
    const g = previewGeometry(layout)
    expect(g).toMatchObject({
      pageWidthMm: 210,
      pageHeightMm: 297,
      marginTopMm: 37,
      marginLeftMm: 28,
      bodyPt: 16,
      linePitchPt: 28.95
    })
    expect(g.sizes.title).toBe(22)
    expect(g.fonts.body.startsWith('"仿宋_GB2312"')).toBe(true)
  })
})
