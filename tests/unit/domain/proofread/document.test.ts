import { describe, expect, it } from 'vitest'
import { analyze, splitParagraphs } from '../../../../electron/domain/proofread/document'
import { seedText } from '../../../fixtures/seeds'

const parts = (file: string) => {
  const doc = analyze({ text: seedText(file) })
  return {
    reply: doc.reply,
    kind: doc.kind,
    header: doc.header.map((p) => p.text),
    title: doc.title.map((p) => p.text).join(''),
    salutation: doc.salutation?.text ?? null,
    firstBody: doc.body[0]?.text.slice(0, 8) ?? null,
    tail: doc.tail.map((p) => p.text.slice(0, 8)),
    cc: doc.cc.map((p) => p.text)
  }
}

describe('the parts of a reply', () => {
  it('finds letterhead, title, salutation, body, signature, contact block and 抄送', () => {
    expect(parts('reply-lukou-2025-renda-17.txt')).toEqual({
      reply: true,
      kind: '建议',
      header: ['株洲市渌口区卫生健康局', '渌卫复〔2025〕1号(A)类'],
      title: '株洲市渌口区卫生健康局 关于对区人大二届五次会议第17号建议的 回 复',
      salutation: '龙钺文等代表：',
      firstBody: '您好！您提出的“',
      tail: [
        '株洲市渌口区卫生',
        '2025 年 7',
        '主管领导： 曹虎',
        '经 办 人： 刘',
        '抄送：区人大常委',
        '区政府督查室一式'
      ],
      cc: ['抄送：区人大常委会联工委一式两份，', '区政府督查室一式两份。']
    })
  })

  it('reads a 提案 addressed to a party and a reply without 文号', () => {
    expect(parts('reply-yueyang-2024-zhengxie-167.txt')).toMatchObject({
      kind: '提案',
      salutation: '致公党岳阳市委：',
      tail: ['承办负责人：吴艳', '承办人及联系电话'],
      cc: []
    })
    expect(parts('reply-xianning-2024-renda-068.txt')).toMatchObject({
      kind: '建议',
      header: ['咸宁市卫生健康委员会', '予以公开', 'A'],
      salutation: '许国欣代表：'
    })
  })

  it.each(['policy-zhuzhou-primary-care.txt', 'news-zhuzhou-health-2024.txt'])(
    'takes %s for something other than a reply',
    (file) => {
      const found = parts(file)
      expect(found).toMatchObject({
        reply: false,
        kind: null,
        header: [],
        salutation: null,
        tail: []
      })
    }
  )

  it('takes a draft with fields for a reply even when its text is only the body', () => {
    const doc = analyze({ text: '一、基本情况\n正文。', fields: { kind: '提案' } })
    expect([doc.reply, doc.kind, doc.body.length]).toEqual([true, '提案', 2])
  })
})

describe('splitParagraphs', () => {
  it('keeps offsets into the text across every kind of line break and trims spaces', () => {
    const text = '  甲\r\n\u3000乙\f丙\r丁 \n\n'
    const ps = splitParagraphs(text)
    expect(ps.map((p) => p.text)).toEqual(['甲', '乙', '丙', '丁'])
    for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text)
  })
})
