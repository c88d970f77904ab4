import { describe, expect, it } from 'vitest'
import { readCc } from '../../../../electron/domain/parse/cc'
import { leaderInSentence, readContact } from '../../../../electron/domain/parse/contact'
import { dateOnly, findDate } from '../../../../electron/domain/parse/dates'
import { readHeader } from '../../../../electron/domain/parse/header'
import { readWebPage } from '../../../../electron/domain/parse/meta-table'
import { readTitle } from '../../../../electron/domain/parse/title'

describe('dates', () => {
  it.each([
    ['2025 年 7 月 16 日', '2025-07-16'],
    ['二〇二五年七月十六日', '2025-07-16'],
    ['二○二四年十二月三十一日', '2024-12-31'],
    ['２０２４年１月５日', '2024-01-05'],
    ['2024-08-28', '2024-08-28'],
    ['2024.8.2', '2024-08-02']
  ])('%s → %s', (raw, iso) => {
    expect(dateOnly(raw)).toBe(iso)
  })

  it('rejects impossible dates and dates inside sentences as signature dates', () => {
    expect(findDate('2025年2月30日')).toBeNull()
    expect(dateOnly('据统计，2024 年 1 月 1 日至 2024 年 12 月 31 日期间')).toBeNull()
  })
})

describe('header marks', () => {
  it.each([
    [['渌卫复〔2025〕1号(A)类'], '渌卫复〔2025〕1号', 'A', null],
    [['渌卫复〔2025〕1号（C）类'], '渌卫复〔2025〕1号', 'C', null],
    [['岳卫字〔2024〕12号 A1类 同意公开'], '岳卫字〔2024〕12号', 'A1', '同意公开'],
    [['岳卫字〔2024〕12号A1类同意公开'], '岳卫字〔2024〕12号', 'A1', '同意公开'],
    [['岳卫字 〔 2024 〕 12 号'], '岳卫字〔2024〕12号', null, null],
    [['予以公开', 'A'], null, 'A', '予以公开'],
    [['办理结果：B', '不同意公开'], null, 'B', '不同意公开'],
    [['甲类'], null, '甲', null]
  ])('%j', (lines, docNumber, classification, disclosure) => {
    const header = readHeader(lines)
    expect(header.doc_number).toBe(docNumber)
    expect(header.classification).toBe(classification)
    expect(header.disclosure).toBe(disclosure)
  })

  it('takes the letterhead as the organ and drops 文件', () => {
    expect(readHeader(['株洲市渌口区卫生健康局文件', '渌卫复〔2025〕1号']).organ).toBe(
      '株洲市渌口区卫生健康局'
    )
  })
})

describe('titles', () => {
  it.each([
    [
      '株洲市渌口区卫生健康局 关于对区人大二届五次会议第17号建议的 回 复',
      '区人大二届五次会议',
      17,
      '建议'
    ],
    ['对岳阳市政协九届三次会议第167号提案的 答 复', '岳阳市政协九届三次会议', 167, '提案'],
    ['关于省政协十二届五次会议第0123号提案的答复', '省政协十二届五次会议', 123, '提案'],
    ['关于市十五届人大四次会议第 5 号代表建议的答复', '市十五届人大四次会议', 5, '建议'],
    ['关于第 8 号议案的答复', null, 8, '建议']
  ] as const)('%s', (raw, session, item, kind) => {
    const title = readTitle(raw)
    expect(title?.session).toBe(session)
    expect(title?.item_number).toBe(item)
    expect(title?.kind).toBe(kind)
  })

  it('keeps a zero-padded number as written', () => {
    expect(readTitle('对市六届人大三次会议第 068 号建议的答复')).toMatchObject({
      item_number: 68,
      item_number_raw: '068'
    })
    expect(readTitle('对市六届人大三次会议第 68 号建议的答复')).not.toHaveProperty(
      'item_number_raw'
    )
  })
})

describe('contact block', () => {
  it('gives each phone to the person named before it, several on one line', () => {
    expect(
      readContact('主管领导：曹虎，联系电话：13874100819；经办人：刘海茵，联系电话：15873304217')
    ).toEqual({
      leader: '曹虎',
      leader_phone: '13874100819',
      handler: '刘海茵',
      handler_phone: '15873304217',
      postcode: null
    })
  })

  it('reads one item a line, combined labels, parentheses, titles before names and full-width digits', () => {
    expect(
      readContact(
        '主管领导 董伟峰\n联系电话 13971800781\n经办人姓名 张洁\n联系电话 18107155863\n邮政编码 437000'
      )
    ).toMatchObject({
      leader: '董伟峰',
      handler: '张洁',
      handler_phone: '18107155863',
      postcode: '437000'
    })
    expect(readContact('承办负责人：吴艳辉\n承办人及联系电话：高大为 0730-8206079')).toMatchObject({
      leader: '吴艳辉',
      handler: '高大为',
      handler_phone: '0730-8206079'
    })
    expect(
      readContact('（分管领导：副局长 李四；联系人：王五，电话：０７３１－２２３３４４５）')
    ).toMatchObject({
      leader: '李四',
      handler: '王五',
      handler_phone: '0731-2233445'
    })
  })

  it('finds a leader named only inside a sentence, and not in ordinary text', () => {
    expect(leaderInSentence('本答复经局党组成员、副局长曹虎同志审定。')).toBe('曹虎')
    expect(leaderInSentence('经分管副主任李卫东审签后印发。')).toBe('李卫东')
    expect(leaderInSentence('感谢您对卫生健康工作的关心和支持。')).toBeNull()
  })
})

describe('抄送', () => {
  it('strips copy counts, delivery notes and the final stop, across lines', () => {
    const lines = [
      '抄送：市人大常委会代工委（1份）',
      '市政府政务督查室（2份）（纸质版送市政府大楼 227，正式文件扫描件和电子文档反馈至督查系统）'
    ]
    expect(readCc(lines, 0)).toEqual({ names: ['市人大常委会代工委', '市政府政务督查室'], end: 2 })
    expect(
      readCc(['抄送：区人大常委会联工委一式两份，', '区政府督查室一式两份。', '经办人：刘海茵'], 0)
    ).toEqual({
      names: ['区人大常委会联工委', '区政府督查室'],
      end: 2
    })
  })

  it('keeps a short parenthesis that is part of a name', () => {
    expect(readCc(['抄送：市卫生健康委（市中医药管理局），市政府办公室。'], 0).names).toEqual([
      '市卫生健康委（市中医药管理局）',
      '市政府办公室'
    ])
  })
})

describe('metadata table', () => {
  it('reads rows with several cells, and a label whose value is on the next line', () => {
    const { meta, rest, furniture } = readWebPage([
      '索引号：431000-2024-00123\t发布机构：岳阳市卫生健康委员会',
      '成文日期',
      '2024年08月20日',
      '文号：岳卫函〔2024〕45号',
      '岳阳市卫生健康委员会'
    ])
    expect(meta).toEqual({
      organ: '岳阳市卫生健康委员会',
      date: '2024-08-20',
      doc_number: '岳卫函〔2024〕45号'
    })
    expect(rest).toEqual(['岳阳市卫生健康委员会'])
    expect(furniture).toHaveLength(4)
  })

  it('never lets an empty value take the next label, and reads a one-row table', () => {
    const { meta } = readWebPage([
      '发布机构：\t成文日期：2024-06-18\t浏览次数：',
      '索引号\t发布机构\t文号',
      '0072/2022-00456\t佛山市卫生健康局\t佛卫函〔2022〕215号',
      '正文。'
    ])
    expect(meta).toEqual({
      date: '2024-06-18',
      organ: '佛山市卫生健康局',
      doc_number: '佛卫函〔2022〕215号'
    })
  })

  it('takes page metadata glued to the end of a title off the title', () => {
    const { rest, furniture } = readWebPage([
      '关于市十三届人大五次会议第66号建议的答复【字体：大 中 小】发布时间：2021-07-08',
      '正文。'
    ])
    expect(rest[0]).toBe('关于市十三届人大五次会议第66号建议的答复')
    expect(furniture).toEqual(['【字体：大 中 小】发布时间：2021-07-08'])
  })

  it('leaves a document with a single label-like line alone', () => {
    const lines = ['标题：一份普通文件', '正文。']
    expect(readWebPage(lines)).toEqual({ meta: {}, rest: lines, furniture: [] })
  })
})
