import { describe, expect, it } from 'vitest'
import { applyFixes, fixAll, proofread } from '../../../../electron/domain/proofread'

function found(text: string, rule: string) {
  return proofread({ text }).filter((f) => f.rule === rule)
}

function fixed(text: string, rule: string): string {
  return applyFixes(text, found(text, rule))
}

describe('malformed dates', () => {
  it.each([
    ['会议于2023619召开。', '会议于2023年6月19日召开。'],
    ['二00七年起实施。', '2007年起实施。'],
    ['邯郸市卫生健康委员会\n二0二三年十一月六日', '邯郸市卫生健康委员会\n2023年11月6日'],
    ['亳州市卫生健康委员会\n2024年9月3', '亳州市卫生健康委员会\n2024年9月3日']
  ])('%s', (text, corrected) => {
    expect(fixed(text, 'malformed-date')).toBe(corrected)
  })

  it.each([
    '第 20240118 号提案',
    '联系电话：2023619',
    '2024年9月30日前完成。',
    '索引号：000014349/2024-01234',
    '2023111起'
  ])('leaves %s alone', (text) => {
    expect(found(text, 'malformed-date')).toEqual([])
  })
})

describe('文号 and item numbers with a piece missing', () => {
  it.each([
    '岳卫函〔2024 12号',
    '岳卫函2024〕12号',
    '市政协九届第次会议',
    '第号建议',
    '市十六届次会议'
  ])('reports %s', (text) => {
    expect(found(text, 'reference-number')).toHaveLength(1)
  })
  it.each(['岳卫函〔2024〕12号', '第三次会议', '市十六届人大三次会议第12号建议'])(
    'leaves %s alone',
    (text) => {
      expect(found(text, 'reference-number')).toEqual([])
    }
  )
})

describe('1、 for 1.', () => {
  it('fixes numbers at the start of a paragraph and after a stop', () => {
    expect(fixed('1、加强培训。2、完善考核。', 'enumeration-mark')).toBe('1.加强培训。2.完善考核。')
  })
  it('leaves 1、2号楼 and 1.5 alone', () => {
    expect(found('新建1、2号楼，投资1.5亿元。', 'enumeration-mark')).toEqual([])
  })
})

describe('ranges with a hyphen', () => {
  it.each([
    ['有效期为1-3年。', '有效期为1～3年。'],
    ['2023-2025年', '2023—2025年'],
    ['提高5－10个百分点', '提高5～10个百分点']
  ])('%s', (text, corrected) => {
    expect(fixed(text, 'range-hyphen')).toBe(corrected)
  })
  it.each(['联系电话：0730-8206079', '发布日期：2024-08-28', '索引号：431000-2024-00123'])(
    'leaves %s alone',
    (text) => {
      expect(found(text, 'range-hyphen')).toEqual([])
    }
  )
})

describe('wording', () => {
  it.each([
    ['关于《关于加强急救体系建设的提案》的答复', '对《关于加强急救体系建设的提案》的答复'],
    ['截止2023年底，全市共有', '截至2023年底，全市共有'],
    ['对群众反应的问题', '对群众反映的问题'],
    ['我们将积极的推进医共体建设。', '我们将积极地推进医共体建设。'],
    ['感谢您们的关心。', '感谢你们的关心。']
  ])('%s', (text, corrected) => {
    expect(fixed(text, 'wording')).toBe(corrected)
  })
  it.each(['申报截止日期为6月30日。', '患者反应强烈。', '积极的财政政策', '您提出的建议'])(
    'leaves %s alone',
    (text) => {
      expect(found(text, 'wording')).toEqual([])
    }
  )
})

describe('PDF glyph swaps', () => {
  it('turns 渊…冤, a heading 尧 and a run-in 遥 back into punctuation', () => {
    const text = '一尧总体要求\n渊一冤 健全工作机制遥 健全推进机制。'
    expect(fixed(text, 'pdf-glyph')).toBe('一、总体要求\n（一） 健全工作机制。 健全推进机制。')
  })
  it('leaves 尧 and 遥 alone where nothing shows a swap', () => {
    expect(found('李尧同志负责遥感监测。', 'pdf-glyph')).toEqual([])
  })
})

describe('traditional characters in a simplified text', () => {
  it('reports each one with its simplified form', () => {
    expect(fixed('您提出的建议收悉，现答覆如下：我们將繼續推进。', 'traditional-chars')).toBe(
      '您提出的建议收悉，现答覆如下：我们将继续推进。'
    )
  })
  it('leaves a text in traditional characters throughout alone', () => {
    expect(
      found('您提出的《關於加強基層醫療衛生服務的建議》收悉。現答覆如下：', 'traditional-chars')
    ).toEqual([])
  })
})

describe('fixing until nothing changes', () => {
  it('proofreads again after its own fixes', () => {
    // the spaced date inside the 文号 and the half-width brackets clash in one pass
    const text = '株洲市渌口区卫生健康局\n渌卫复[2025]1号\n截止2024 年底，共建成 12 个站点。'
    const { text: out, passes } = fixAll({ text })
    expect(passes).toBeGreaterThan(1)
    expect(applyFixes(out, proofread({ text: out }))).toBe(out)
    expect(out).toContain('渌卫复〔2025〕1号')
    expect(out).toContain('截至2024年底，共建成12个站点。')
  })
})
