import { describe, expect, it } from 'vitest'
import { cleanLines, cleanText } from '../../../../electron/domain/parse'
import { seedText } from '../../../fixtures/seeds'

describe('cleanText', () => {
  it('rejoins a paragraph broken across a page and keeps the next heading apart', () => {
    const raw = [
      '作为试点县，渌口区全力推进医共体建设，并将7个',
      '',
      '乡镇卫生院组建成 3 个医疗次中心。',
      '',
      '二、关于“加强基础设施建设”建议的落实',
      '',
      '在 2023 年度，我区积极行动。'
    ].join('\n')
    expect(cleanText(raw)).toBe(
      [
        '作为试点县，渌口区全力推进医共体建设，并将7个乡镇卫生院组建成 3 个医疗次中心。',
        '二、关于“加强基础设施建设”建议的落实',
        '在 2023 年度，我区积极行动。'
      ].join('\n')
    )
  })

  it('rejoins hard-wrapped lines but not an indented new paragraph', () => {
    const raw = [
      '　　为推进健康株洲建设，构建优质高效分级诊疗体系，夯实新',
      '冠肺炎疫情常态化防控基础，结合实际提出如下实施意见',
      '　　坚持以人民为中心，坚持政府主导。'
    ].join('\n')
    expect(cleanLines(raw)).toEqual([
      '为推进健康株洲建设，构建优质高效分级诊疗体系，夯实新冠肺炎疫情常态化防控基础，结合实际提出如下实施意见',
      '坚持以人民为中心，坚持政府主导。'
    ])
  })

  it('drops page numbers in their usual forms and keeps numbers that belong to the text', () => {
    const raw = [
      '第一段文字到此结束。',
      '— 3 —',
      '- 4 -',
      '第 5 页 共 9 页',
      '6/9',
      '7',
      '对市六届人大三次会议第',
      '068',
      '号建议的答复'
    ].join('\n')
    expect(cleanText(raw)).toBe('第一段文字到此结束。\n对市六届人大三次会议第\n068\n号建议的答复')
  })

  it('drops a running header repeated at page breaks but keeps the letterhead and the 署名', () => {
    const raw = [
      '咸宁市卫生健康委员会',
      '正文第一页的内容比较长，没有写完，在这里换页之后还会继',
      '- 2 -',
      '咸宁市卫生健康委员会',
      '续写下去。',
      '咸宁市卫生健康委员会',
      '2024年7月30日'
    ].join('\n')
    expect(cleanLines(raw)).toEqual([
      '咸宁市卫生健康委员会',
      '正文第一页的内容比较长，没有写完，在这里换页之后还会继续写下去。',
      '咸宁市卫生健康委员会',
      '2024年7月30日'
    ])
  })

  it('normalises spaced labels and leaves spaced words in sentences alone', () => {
    expect(
      cleanLines('经 办 人： 刘海茵 ，联 系 电 话： 15873304217 ；\n主 管 领 导 董伟峰')
    ).toEqual(['经办人： 刘海茵 ，联系电话： 15873304217 ；', '主管领导 董伟峰'])
    expect(cleanText('我们 经 办 人 员 很 多。')).toBe('我们 经 办 人 员 很 多。')
  })

  it('strips ** markers from the text but keeps them for the body builder', () => {
    const raw = '(一)强化领导。**一是建机制。**按照要求落实。'
    expect(cleanText(raw)).toBe('(一)强化领导。一是建机制。按照要求落实。')
    expect(cleanLines(raw)).toEqual([raw])
  })

  it('keeps every word of the seed replies, including a duplicated sentence', () => {
    const raw = seedText('reply-lukou-2025-renda-17.txt')
    const text = cleanText(raw)
    const sentence = '紧密型医共体运行 1 年半时间以来，探索出“淦口路径”'
    expect(text.split(sentence).length - 1).toBe(2)
    const squeeze = (s: string) => s.replace(/\s+/g, '')
    expect(squeeze(text)).toBe(squeeze(raw))
  })

  it('removes invisible characters and unifies line breaks', () => {
    expect(cleanText('\ufeff株洲市\u200b渌口区卫生健康局\r\n\r\n2025 年 7 月 16 日\r')).toBe(
      '株洲市渌口区卫生健康局\n2025 年 7 月 16 日'
    )
  })
})
