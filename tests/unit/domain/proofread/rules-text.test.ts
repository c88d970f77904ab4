import { describe, expect, it } from 'vitest'
import { applyFixes, proofread } from '../../../../electron/domain/proofread'
import { excerptsOf, findingsOf } from './helpers'

const fixed = (rule: string, text: string) => applyFixes(text, findingsOf(rule, text))

describe('repeated-text', () => {
  const sentence = '全区共培训医保经办服务工作人员900余人次，有效提升了服务能力。'

  it('reports the second copy of a sentence, without a fix', () => {
    const text = `一、培训\n${sentence}${sentence}\n`
    const [f, ...rest] = findingsOf('repeated-text', text)
    expect(rest).toEqual([])
    expect(f).toMatchObject({
      excerpt: sentence,
      start: text.lastIndexOf(sentence),
      severity: 'error'
    })
    expect(f?.fix).toBeUndefined()
  })

  it('reports a repeated paragraph once, across its sentences', () => {
    const para = `${sentence}下一步将继续加强村医培训工作。`
    expect(excerptsOf('repeated-text', `${para}\n\n${para}`)).toEqual([para])
  })

  it('ignores short formulas, letterhead and signature names and lines cut at a page end', () => {
    const text = [
      '株洲市渌口区卫生健康局',
      '一是建机制。一是建机制。',
      '（责任单位：各县市区人民政府）',
      '（责任单位：各县市区人民政府）',
      '株洲市渌口区卫生健康局'
    ].join('\n')
    expect(excerptsOf('repeated-text', text)).toEqual([])
  })
})

describe('half-width-punctuation', () => {
  it('reports half-width marks in Chinese text and fixes them', () => {
    const text = '经研究,现答复如下:一是加强领导;二是落实责任?三是务求实效!'
    expect(excerptsOf('half-width-punctuation', text)).toEqual([',', ':', ';', '?', '!'])
    expect(fixed('half-width-punctuation', text)).toBe(
      '经研究，现答复如下：一是加强领导；二是落实责任？三是务求实效！'
    )
  })

  it('pairs half-width brackets around Chinese words', () => {
    const text = '各县(市、区)卫生健康局'
    expect(excerptsOf('half-width-punctuation', text)).toEqual(['(市、区)'])
    expect(fixed('half-width-punctuation', text)).toBe('各县（市、区）卫生健康局')
  })

  it('reports a lone half-width bracket and a full stop after Chinese', () => {
    expect(excerptsOf('half-width-punctuation', '听诊器等20余种)。')).toEqual([')'])
    expect(fixed('half-width-punctuation', '提升服务能力.下一步')).toBe('提升服务能力。下一步')
  })

  it('leaves numbers, times, Latin and web addresses alone', () => {
    const text =
      '会议于10:30开始，比例为1:1，共1,000人，CT,DR等设备，网址www.zhuzhou.gov.cn，增长3.5%。'
    expect(excerptsOf('half-width-punctuation', text)).toEqual([])
  })
})

describe('full-width-number', () => {
  it('reports full-width digits and a full-width point inside a number', () => {
    const text = '共１２３人，增长3．5%，其中２０２４年新增１.５万人次。'
    expect(excerptsOf('full-width-number', text)).toEqual(['１２３', '3．5', '２０２４', '１.５'])
    expect(fixed('full-width-number', text)).toBe('共123人，增长3.5%，其中2024年新增1.5万人次。')
  })

  it('leaves half-width numbers and lists separated by Chinese commas alone', () => {
    expect(excerptsOf('full-width-number', '共123人，分别为120，150，180人，增长3.5%。')).toEqual(
      []
    )
  })
})

describe('unmatched-pairs', () => {
  it('reports an opening mark that is never closed and a closing mark with no opening', () => {
    expect(excerptsOf('unmatched-pairs', '按照“统筹推进、分步实施的思路')).toEqual(['“'])
    expect(excerptsOf('unmatched-pairs', '印发了关于规范管理的通知》。')).toEqual(['》'])
    expect(excerptsOf('unmatched-pairs', '建成（改扩建卫生院3家。')).toEqual(['（'])
  })

  it('matches pairs across a page break and mixed-width brackets', () => {
    const text = '“我很满意，是湖南省直\n\n中医医院的专家做的手术。”（巡诊包内含血压计\n\n等器械)'
    expect(excerptsOf('unmatched-pairs', text)).toEqual([])
  })

  it('takes 1） at the start of a line for a list marker', () => {
    expect(excerptsOf('unmatched-pairs', '1）加强领导。\n2）落实责任。')).toEqual([])
  })

  it('offers no fix', () => {
    expect(findingsOf('unmatched-pairs', '“未闭合')[0]?.fix).toBeUndefined()
  })
})

describe('stray-space', () => {
  it.each([
    ['争取 200 万元能力提升项目。', '取 200 万元', '争取200万元能力提升项目。'],
    ['2025 年 7 月 16 日', '2025 年 7 月 16 日', '2025年7月16日'],
    [
      '对市六届人大三次会议第 068 号建议的答复',
      '第 068 号',
      '对市六届人大三次会议第068号建议的答复'
    ],
    [
      '主管领导： 曹虎 ，联系电话：13874100819；',
      '： 曹虎 ，',
      '主管领导：曹虎，联系电话：13874100819；'
    ],
    ['（一） 设备与项目升级。', '） 设', '（一）设备与项目升级。'],
    ['我局 认真研究了您的建议，现答复如下：', '局 认', '我局认真研究了您的建议，现答复如下：']
  ])('%s', (text, excerpt, corrected) => {
    expect(excerptsOf('stray-space', text)).toEqual([excerpt])
    expect(fixed('stray-space', text)).toBe(corrected)
  })

  it('keeps letter-spacing, numbers set apart at the end of a line, ideographic spaces and tabs', () => {
    const text = [
      '对岳阳市政协九届三次会议第167号提案的 答 复',
      '经 办 人：刘海茵，联系电话：15873304217；',
      '邮政编码 437000',
      '承办人及联系电话：高大为 0730-8206079',
      '渌卫复〔2025〕23号　A类',
      '记者 谢峰 梁湘茂 张丽 通讯员 刘源',
      '支持建设没有 CT 的中心卫生院。',
      '索引号：431000-2024-00123\t发布机构：岳阳市卫生健康委员会'
    ].join('\n')
    expect(excerptsOf('stray-space', text)).toEqual([])
  })
})

describe('markdown-marker', () => {
  it('reports ** pairs and a lone ** and removes them', () => {
    const text = '**一是建机制。**按照要求，一是**加强基础建设**。多余**'
    expect(excerptsOf('markdown-marker', text)).toEqual([
      '**一是建机制。**',
      '**加强基础建设**',
      '**'
    ])
    expect(fixed('markdown-marker', text)).toBe('一是建机制。按照要求，一是加强基础建设。多余')
  })

  it('ignores single asterisks', () => {
    expect(excerptsOf('markdown-marker', '注*：数据截至2024年底。')).toEqual([])
  })
})

describe('broken-paragraph', () => {
  it('reports a paragraph that starts with a conjunction after a finished one', () => {
    const text = '提升基层卫生健康服务能力。\n\n和服务体系整体效能，构建分级诊疗新格局。'
    const [f] = findingsOf('broken-paragraph', text)
    expect(f?.excerpt).toBe('和服务体系整体效能')
    expect(f?.message).toContain('“和”')
    expect(f?.fix).toBeUndefined()
  })

  it('reports a paragraph that starts with a comma', () => {
    expect(excerptsOf('broken-paragraph', '全面推进。\n，并将7个卫生院纳入。')).toEqual([
      '，并将7个卫生院纳入'
    ])
  })

  it('ignores ordinary line breaks and words that begin with these characters', () => {
    const text = [
      '并将7个',
      '乡镇卫生院组建成3个医疗次中心。',
      '和谐医患关系建设取得成效。',
      '及时回应群众关切。',
      '与会代表一致认为。'
    ].join('\n')
    expect(excerptsOf('broken-paragraph', text)).toEqual([])
  })
})

describe('every finding', () => {
  it('names a rule, severity, offsets, excerpt and a Chinese message', () => {
    const text = '争取 200 万元,用于“设备更新。'
    for (const f of proofread({ text })) {
      expect(f.excerpt).toBe(text.slice(f.start, f.end))
      expect(f.message).toMatch(/\p{Script=Han}/u)
      expect(f.message).not.toMatch(/[!！]/)
      expect(['error', 'warning', 'info']).toContain(f.severity)
    }
  })
})
