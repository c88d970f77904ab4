import { describe, expect, it } from 'vitest'
import { applyFixes, proofread, type ProofreadInput } from '../../../../electron/domain/proofread'
import { excerptsOf, findingsOf } from './helpers'

const reply = (body: string, head = '对市六届人大三次会议第68号建议的答复\n许国欣代表：') =>
  `${head}\n您提出的建议收悉，现答复如下：\n${body}`

describe('heading-sequence', () => {
  it('accepts 一、（一）1.（1） in order, with numbering restarting under each parent', () => {
    const text = [
      '一、基本情况',
      '（一）机构设置',
      '1.卫生院',
      '（1）建制乡镇',
      '（2）非建制乡镇',
      '2.村卫生室',
      '（二）人员配备',
      '二、主要工作',
      '（一）强化领导',
      '三、下一步打算'
    ].join('\n')
    expect(findingsOf('heading-sequence', text)).toEqual([])
  })

  it('reports a gap and a repeated number, without a fix', () => {
    const gap = findingsOf('heading-sequence', '一、基本情况\n二、主要工作\n四、下一步打算')
    expect(gap.map((f) => f.excerpt)).toEqual(['四、'])
    expect(gap[0]?.message).toContain('应为“三、”')
    expect(gap[0]?.fix).toBeUndefined()
    const twice = findingsOf('heading-sequence', '一、甲\n（一）乙\n（二）丙\n（二）丁')
    expect(twice.map((f) => f.message)).toEqual([expect.stringContaining('序号重复')])
  })

  it('reports a level skipped', () => {
    const [f] = findingsOf('heading-sequence', '一、基本情况\n1.机构设置\n2.人员配备')
    expect(f?.excerpt).toBe('1.')
    expect(f?.message).toContain('缺少“（一）”')
  })

  it('reports half-width brackets and a wrong separator, and fixes them with the space after', () => {
    const text =
      '一、基本情况\n(一) 机构设置\n（二）人员配备\n二．主要工作\n（一）强化领导\n1.建机制\n(1)定制度'
    expect(excerptsOf('heading-sequence', text)).toEqual(['(一)', '二．', '(1)'])
    expect(applyFixes(text, proofread({ text }))).toBe(
      '一、基本情况\n（一）机构设置\n（二）人员配备\n二、主要工作\n（一）强化领导\n1.建机制\n（1）定制度'
    )
  })

  it('does not take numbers that open a sentence for headings', () => {
    const text =
      '一、基本情况\n2024年，全市新建卫生院21家。\n1.5万人次接受义诊。\n十分重视基层工作。'
    expect(findingsOf('heading-sequence', text)).toEqual([])
  })
})

describe('doc-number-format', () => {
  it.each([
    ['渌卫复[2025]1号', '[2025]1号', '〔2025〕1号', '六角括号'],
    ['渌卫复（2025）1号', '（2025）1号', '〔2025〕1号', '六角括号'],
    ['渌卫复〔2025〕第1号', '〔2025〕第1号', '〔2025〕1号', '第'],
    ['渌卫复〔2025〕01号', '〔2025〕01号', '〔2025〕1号', '虚位']
  ])('%s', (line, excerpt, corrected, problem) => {
    const [f, ...rest] = findingsOf('doc-number-format', `${line}\n关于某事的函`)
    expect(rest).toEqual([])
    expect(f?.excerpt).toBe(excerpt)
    expect(f?.message).toContain(problem)
    expect(applyFixes(line, [f!])).toBe(line.replace(excerpt, corrected))
  })

  it('reports a two-digit year without guessing the century', () => {
    const [f] = findingsOf('doc-number-format', '按照湘卫发〔24〕3号文件要求')
    expect(f?.message).toContain('四位')
    expect(f?.fix).toBeUndefined()
  })

  it('checks 文号 cited in the body and accepts standard ones', () => {
    expect(excerptsOf('doc-number-format', '根据鄂卫发[2024]21号文件')).toEqual(['[2024]21号'])
    expect(findingsOf('doc-number-format', '根据鄂卫发〔2024〕21号文件，我市落实了政策。')).toEqual(
      []
    )
  })

  it('reports the class written as (A)类 on the 文号 line', () => {
    const text =
      '渌卫复〔2025〕1号(A)类\n株洲市渌口区卫生健康局关于对区人大二届五次会议第17号建议的回复'
    const [f] = findingsOf('doc-number-format', text)
    expect(f?.excerpt).toBe('(A)类')
    expect(applyFixes(text, [f!])).toContain('渌卫复〔2025〕1号（A）类')
    expect(findingsOf('half-width-punctuation', text)).toEqual([])
    expect(findingsOf('doc-number-format', '岳卫字〔2024〕12号 A1类 同意公开')).toEqual([])
  })

  it('checks the 文号 field and fixes it', () => {
    const input: ProofreadInput = { text: '', fields: { doc_number: '渌卫复[2025]第01号' } }
    const [f] = findingsOf('doc-number-format', input)
    expect(f).toMatchObject({ field: 'doc_number', start: 0, excerpt: '渌卫复[2025]第01号' })
    expect(applyFixes('渌卫复[2025]第01号', [f!], 'doc_number')).toBe('渌卫复〔2025〕1号')
    expect(
      findingsOf('doc-number-format', { text: '', fields: { doc_number: '123' } })[0]?.message
    ).toContain('无法识别')
    expect(
      findingsOf('doc-number-format', { text: '', fields: { doc_number: '渌卫复〔2025〕1号' } })
    ).toEqual([])
  })
})

describe('date-format', () => {
  it('reports zero padding and Chinese numerals, and fixes them', () => {
    const text = '2025年07月06日召开会议，二〇二四年十二月三十一日前完成。'
    expect(excerptsOf('date-format', text)).toEqual(['2025年07月06日', '二〇二四年十二月三十一日'])
    expect(applyFixes(text, proofread({ text }))).toBe(
      '2025年7月6日召开会议，2024年12月31日前完成。'
    )
  })

  it('reports a date that does not exist', () => {
    expect(excerptsOf('date-format', '于2025年2月30日完成。')).toEqual(['2025年2月30日'])
  })

  it('reports a signature date in the future or before the assignment, but not plans in the body', () => {
    const text = reply(
      '力争2026年12月底前完成建设。\n感谢您的关心。\n株洲市渌口区卫生健康局\n2025年12月16日'
    )
    const future = findingsOf('date-format', { text, options: { today: '2025-07-20' } })
    expect(future.map((f) => [f.excerpt, f.message])).toEqual([
      ['2025年12月16日', expect.stringContaining('晚于今天')]
    ])
    const early = findingsOf('date-format', {
      text,
      fields: { assigned_date: '2026-01-10' },
      options: { today: '2026-03-01' }
    })
    expect(early.map((f) => f.message)).toEqual([expect.stringContaining('早于交办日期')])
    expect(findingsOf('date-format', { text, options: { today: '2026-03-01' } })).toEqual([])
  })

  it('checks the date field', () => {
    const fields = { date: '2025-08-01', assigned_date: '2025-03-01' }
    expect(
      findingsOf('date-format', { text: '', fields, options: { today: '2025-07-01' } })
    ).toEqual([expect.objectContaining({ field: 'date', excerpt: '2025-08-01' })])
    expect(
      findingsOf('date-format', { text: '', fields, options: { today: '2025-09-01' } })
    ).toEqual([])
    expect(findingsOf('date-format', { text: '', fields: { date: '2025-02-30' } })).toHaveLength(1)
  })
})

describe('salutation', () => {
  it('accepts 代表 for a 建议 and 委员, a party or a group for a 提案', () => {
    expect(findingsOf('salutation', reply('正文。'))).toEqual([])
    const head = (s: string) => `对岳阳市政协九届三次会议第167号提案的答复\n${s}`
    for (const s of ['致公党岳阳市委：', '李明委员：', '市工商联：', '尊敬的李明等3位委员：']) {
      expect(findingsOf('salutation', reply('正文。', head(s))), s).toEqual([])
    }
  })

  it('reports 委员 for a 建议 and 代表 for a 提案', () => {
    const wrong = findingsOf(
      'salutation',
      reply('正文。', '对市六届人大三次会议第68号建议的答复\n许国欣委员：')
    )
    expect(wrong.map((f) => f.excerpt)).toEqual(['许国欣委员'])
    expect(wrong[0]?.message).toContain('代表')
    const proposal = reply('正文。', '对岳阳市政协九届三次会议第167号提案的答复\n李明代表：')
    expect(excerptsOf('salutation', proposal)).toEqual(['李明代表'])
  })

  it('reports a bare name and a salutation that does not fit the proposer type', () => {
    expect(
      excerptsOf('salutation', reply('正文。', '对市六届人大三次会议第68号建议的答复\n许国欣：'))
    ).toEqual(['许国欣'])
    const party = {
      text: '致公党岳阳市委委员：\n贵委提出的提案收悉，现答复如下：',
      fields: { kind: '提案' as const, proposer_type: '党派' as const }
    }
    expect(excerptsOf('salutation', party)).toEqual(['致公党岳阳市委委员'])
  })

  it('reads the kind from a title broken over lines', () => {
    const head = '株洲市渌口区卫生健康局关于对区政协二届五次会议\n第23号提案的\n答 复\n李明代表：'
    expect(excerptsOf('salutation', reply('正文。', head))).toEqual(['李明代表'])
  })

  it('checks the kind against the proposer type field', () => {
    const [f] = findingsOf('salutation', {
      text: '',
      fields: { kind: '提案', proposer_type: '代表' }
    })
    expect(f).toMatchObject({ field: 'proposer_type', excerpt: '代表' })
  })

  it('says nothing about documents that are not replies', () => {
    expect(findingsOf('salutation', '各县市区人民政府：\n现将有关事项通知如下。')).toEqual([])
  })
})

describe('class-wording', () => {
  const classed = (mark: string, body: string) =>
    `渌卫复〔2025〕1号　${mark}\n株洲市渌口区卫生健康局关于对区人大二届五次会议第17号建议的答复\n龙钺文等代表：\n${body}`

  it('reports a C reply that says the matter is solved and an A reply that says it cannot be', () => {
    expect(excerptsOf('class-wording', classed('C类', '该问题已解决。'))).toEqual(['已解决'])
    expect(excerptsOf('class-wording', classed('A类', '目前暂不具备条件。'))).toEqual([
      '暂不具备条件'
    ])
    const field = { text: '该问题已全部落实。', fields: { classification: 'C' } }
    expect(findingsOf('class-wording', field)[0]?.fix).toBeUndefined()
  })

  it('accepts wording that fits the class', () => {
    expect(findingsOf('class-wording', classed('A类', '该问题已解决。'))).toEqual([])
    expect(findingsOf('class-wording', classed('C类', '目前暂不具备条件。'))).toEqual([])
    expect(findingsOf('class-wording', classed('B类', '部分已完成，其余正在推进。'))).toEqual([])
  })
})

describe('phone-number', () => {
  it('accepts mobiles and landlines with area code', () => {
    const text = '主管领导：曹虎，联系电话：13874100819；\n承办人及联系电话：高大为 0730-8206079'
    expect(findingsOf('phone-number', text)).toEqual([])
  })

  it('fixes a landline without hyphen and a mobile written in groups', () => {
    const text = '联系电话：07308206079\n手机：138 7410 0819\n电话：0730—8206079'
    expect(excerptsOf('phone-number', text)).toEqual([
      '07308206079',
      '138 7410 0819',
      '0730—8206079'
    ])
    expect(applyFixes(text, proofread({ text }))).toBe(
      '联系电话：0730-8206079\n手机：13874100819\n电话：0730-8206079'
    )
  })

  it('reports a number with a digit missing, without a fix', () => {
    const [f] = findingsOf('phone-number', '经办人：刘海茵，联系电话：1587330421')
    expect(f?.excerpt).toBe('1587330421')
    expect(f?.fix).toBeUndefined()
  })

  it('reads a contact note in brackets below the body', () => {
    const text = reply(
      '正文。\n（承办人：高大为，联系电话：0730－8206079；邮政编码：414000）\n2024年8月20日'
    )
    const found = findingsOf('phone-number', text)
    expect(found.map((f) => f.excerpt)).toEqual(['0730－8206079'])
    expect(applyFixes(text, found)).toContain('联系电话：0730-8206079；')
  })

  it('reads only the stretch after a phone label, and only in contact lines', () => {
    expect(findingsOf('phone-number', '联系电话：13971800781，邮政编码：437000')).toEqual([])
    expect(findingsOf('phone-number', '开通热线电话后，全年接听咨询35000余次。')).toEqual([])
  })

  it('checks the phone fields', () => {
    const fields = { leader_phone: '8206079', handler_phone: '0730 8206079' }
    const found = findingsOf('phone-number', { text: '', fields })
    expect(found.map((f) => [f.field, f.fix?.[0]?.replacement])).toEqual([
      ['leader_phone', undefined],
      ['handler_phone', '0730-8206079']
    ])
  })
})

describe('cc-punctuation', () => {
  it('adds the final full stop, or replaces a comma', () => {
    for (const [text, corrected] of [
      ['抄送：市人大常委会代工委，市政府督查室', '抄送：市人大常委会代工委，市政府督查室。'],
      [
        '抄送：区人大常委会联工委一式两份，\n区政府督查室一式两份，',
        '抄送：区人大常委会联工委一式两份，\n区政府督查室一式两份。'
      ]
    ]) {
      const found = findingsOf('cc-punctuation', text!)
      expect(found).toHaveLength(1)
      expect(applyFixes(text!, found)).toBe(corrected)
    }
  })

  it('accepts a 抄送 that ends with 。 on its last line', () => {
    const text = '抄送：区人大常委会联工委一式两份，\n区政府督查室一式两份。\n'
    expect(findingsOf('cc-punctuation', text)).toEqual([])
  })
})

describe('required-field', () => {
  it('reports fields the template requires that are neither in the fields nor in the text', () => {
    const found = findingsOf('required-field', {
      text: reply('正文。'),
      options: { requiredFields: ['doc_number', 'handler_phone'] }
    })
    expect(found.map((f) => [f.field, f.start, f.end, f.excerpt])).toEqual([
      ['doc_number', 0, 0, ''],
      ['handler_phone', 0, 0, '']
    ])
    expect(found[0]?.message).toContain('文号')
  })

  it('finds the contact people on one line', () => {
    const text = reply(
      '正文。\n主管领导：曹虎，联系电话：13874100819；经办人：刘海茵，联系电话：15873304217'
    )
    const options = {
      requiredFields: ['leader' as const, 'handler' as const, 'handler_phone' as const]
    }
    expect(findingsOf('required-field', { text, options })).toEqual([])
  })

  it('accepts them from the fields or from the text', () => {
    const options = { requiredFields: ['doc_number' as const, 'cc' as const] }
    const fields = { doc_number: '渌卫复〔2025〕1号', cc: ['区政府督查室'] }
    expect(findingsOf('required-field', { text: '正文。', fields, options })).toEqual([])
    const text = `渌卫复〔2025〕1号\n${reply('正文。\n抄送：区政府督查室。')}`
    expect(findingsOf('required-field', { text, options })).toEqual([])
  })
})

describe('term-consistency', () => {
  it('reports the variant when both forms occur and offers the preferred one', () => {
    const text = '推进县域医共体建设，医共同体内检查结果互认。'
    const found = findingsOf('term-consistency', text)
    expect(found.map((f) => f.excerpt)).toEqual(['医共同体'])
    expect(applyFixes(text, found)).toBe('推进县域医共体建设，医共体内检查结果互认。')
  })

  it('leaves a document that uses one form, and titles quoted in 《》, alone', () => {
    expect(findingsOf('term-consistency', '医共同体建设成效明显。')).toEqual([])
    expect(findingsOf('term-consistency', '医共体建设按《县域医共同体建设指南》推进。')).toEqual([])
  })

  it('uses the configured pairs instead of the defaults', () => {
    const options = { termPairs: [['家庭医生', '家医']] as [string, string][] }
    const text = '家庭医生签约率提升，家医团队下沉。医共同体和医共体并存。'
    expect(excerptsOf('term-consistency', { text, options })).toEqual(['家医'])
  })
})
