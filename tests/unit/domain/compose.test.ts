import { describe, expect, it } from 'vitest'
import {
  composeReplies,
  composeReply,
  defaultTemplateFor,
  docPrefixFor,
  fillFromProfile,
  renderTextBody,
  replyDueDate,
  skeletonBody,
  unfilledPrompts
} from '../../../electron/domain/compose'
import { chineseDate, countInChinese } from '../../../electron/domain/drafting/chinese'
import { emptyFields, type ReplyFields } from '../../../electron/domain/reply-schema'
import { DEFAULT_PROFILE, type Profile } from '../../../electron/domain/templates'
import { shippedProfile, shippedTemplate, shippedTemplates } from './templates/shipped'

const fields = (patch: Partial<ReplyFields>): ReplyFields => ({ ...emptyFields(), ...patch })

describe('joint items', () => {
  const joint = fields({
    session: '区人大二届五次会议',
    item_number: '17',
    proposer: '柳春龙',
    co_signers: ['王芳', '李强'],
    classification: 'A'
  })

  it('writes 等N位代表 when one reply goes to all signers', () => {
    const c = composeReply(joint, { blocks: [] }, shippedTemplate('joint-count'), DEFAULT_PROFILE)
    expect(c.salutation).toBe('柳春龙等3位代表：')
    expect(c.opening[0]).toMatch(/^你们提出的/)
    expect(
      composeReply(
        fields({ proposer: '柳春龙等3位代表' }),
        { blocks: [] },
        shippedTemplate('joint-count'),
        DEFAULT_PROFILE
      ).salutation
    ).toBe('柳春龙等3位代表：')
  })

  it('writes 等代表 in the 渌口 form', () => {
    const c = composeReply(joint, { blocks: [] }, shippedTemplate('renda-reply'), DEFAULT_PROFILE)
    expect(c.salutation).toBe('柳春龙等代表：')
  })

  it('gives each co-signer a reply of their own', () => {
    const replies = composeReplies(
      joint,
      { blocks: [] },
      shippedTemplate('joint-each'),
      DEFAULT_PROFILE
    )
    expect(replies.map((r) => r.salutation)).toEqual(['柳春龙代表：', '王芳代表：', '李强代表：'])
    expect(replies.every((r) => r.opening[0]!.startsWith('您提出的'))).toBe(true)
    const noNames = fields({
      proposer: '龙钺文等代表',
      session: '区人大二届五次会议',
      item_number: '17'
    })
    expect(
      composeReplies(noNames, { blocks: [] }, shippedTemplate('joint-each'), DEFAULT_PROFILE).map(
        (r) => r.salutation
      )
    ).toEqual(['龙钺文等代表：'])
  })

  it('joins organisations that proposed together', () => {
    const c = composeReply(
      fields({
        kind: '提案',
        proposer_type: '党派',
        proposer: '民盟岳阳市委',
        co_signers: ['民进岳阳市委']
      }),
      { blocks: [] },
      shippedTemplate('zhengxie-org'),
      DEFAULT_PROFILE
    )
    expect(c.salutation).toBe('民盟岳阳市委、民进岳阳市委：')
  })
})

describe('协办 and 会办 opinions', () => {
  const assisting = fields({
    kind: '协办意见',
    session: '岳阳市政协九届三次会议',
    item_number: '167',
    proposer: '致公党岳阳市委',
    proposer_type: '党派',
    subject: '关于加强农村基层医疗保障体系建设的提案',
    lead_unit: '岳阳市医疗保障局',
    organ: '岳阳市卫生健康委员会',
    classification: 'A1',
    doc_number: '岳卫函〔2024〕3号',
    disclosure: '同意公开'
  })

  it('is a letter to the 主办 unit without class marks or 抄送', () => {
    const profile = shippedProfile('yueyang')
    const template = defaultTemplateFor('协办意见', '党派', shippedTemplates, profile)
    expect(template.id).toBe('xieban')
    const filled = fillFromProfile(assisting, profile, template)
    expect(filled.cc).toEqual([])
    const c = composeReply(filled, { blocks: [] }, template, profile)
    expect(c.title).toBe('关于岳阳市政协九届三次会议第167号提案的协办意见')
    expect(c.salutation).toBe('岳阳市医疗保障局：')
    expect(c.opening[0]).toBe(
      '致公党岳阳市委提出的岳阳市政协九届三次会议第167号提案《关于加强农村基层医疗保障体系建设的提案》由贵单位主办、我委协办。我委对此高度重视，认真研究，现将协办意见函告如下：'
    )
    expect(c.docNumberLine).toBe('岳卫函〔2024〕3号')
    expect(c.marks.lines).toEqual([])
    expect(c.cc).toBe('')
  })

  it('titles a 会办 reply …的会办意见', () => {
    const c = composeReply(
      { ...assisting, kind: '会办意见' },
      { blocks: [] },
      shippedTemplate('huiban'),
      DEFAULT_PROFILE
    )
    expect(c.title).toBe('关于岳阳市政协九届三次会议第167号提案的会办意见')
    expect(c.opening[0]).toContain('由贵单位主办、我委会办')
  })
})

describe('filling from the profile', () => {
  const profile: Profile = {
    ...shippedProfile('lukou'),
    leaders: [
      { name: '曹虎', phone: '13874100819', title: '' },
      { name: '王局长', phone: '13800000000', title: '' }
    ]
  }

  it('fills only what is empty and finds a named person’s phone', () => {
    const f = fillFromProfile(fields({ leader: '王局长', handler: '', organ: '' }), profile)
    expect(f).toMatchObject({
      organ: '株洲市渌口区卫生健康局',
      leader: '王局长',
      leader_phone: '13800000000',
      handler: '刘海茵',
      handler_phone: '15873304217',
      format: 'letter'
    })
    const typed = fillFromProfile(
      fields({ organ: '另一个局', leader_phone: '0731-1234567' }),
      profile
    )
    expect(typed.organ).toBe('另一个局')
    expect(typed.leader_phone).toBe('0731-1234567')
  })

  it('takes 抄送 from the preset for the item’s source, else the template’s default', () => {
    expect(fillFromProfile(fields({ kind: '建议' }), profile).cc).toEqual([
      '区人大常委会联工委',
      '区政府督查室'
    ])
    expect(fillFromProfile(fields({ kind: '提案' }), profile).cc).toEqual([
      '区政协提案委员会',
      '区政府督查室'
    ])
    const generic = fillFromProfile(
      fields({ session: '市六届人大三次会议' }),
      DEFAULT_PROFILE,
      shippedTemplate('renda-reply')
    )
    expect(generic.cc).toEqual(['市人大常委会代表工作委员会', '市人民政府督查室'])
    expect(fillFromProfile(fields({ cc: ['某室'] }), profile).cc).toEqual(['某室'])
  })

  it('keeps the session as written and as data', () => {
    const f = fillFromProfile(fields({ session: '市六届人大三次会议' }), profile)
    expect(f.session_info).toEqual({ level: '市', body: '人大', term: '六', meeting: '三' })
    const g = fillFromProfile(
      fields({ session_info: { level: '市', body: '人大', term: '六', meeting: '三' } }),
      shippedProfile('xianning')
    )
    expect(g.session).toBe('市六届人大三次会议')
  })

  it('writes the class as the code list does', () => {
    expect(fillFromProfile(fields({ classification: '（a）类' }), profile).classification).toBe('A')
    expect(
      fillFromProfile(fields({ classification: 'a1' }), shippedProfile('yueyang')).classification
    ).toBe('A1')
    expect(fillFromProfile(fields({ classification: '甲' }), profile).classification).toBe('甲')
  })

  it('picks the 文号 代字 by kind and year', () => {
    const p: Profile = { ...profile, doc_prefixes_by_year: { '2024': { 建议: '渌卫建' } } }
    expect(docPrefixFor(p, '建议', 2025)).toBe('渌卫复')
    expect(docPrefixFor(p, '建议', 2024)).toBe('渌卫建')
    expect(docPrefixFor(p, '协办意见', 2024)).toBe('渌卫函')
    expect(docPrefixFor(DEFAULT_PROFILE, '建议', 2025)).toBe('')
  })

  it('computes the due date from the deadline rules', () => {
    expect(replyDueDate('建议', '2025-03-20', profile)).toBe('2025-06-20')
    expect(replyDueDate('协办意见', '2025-01-31', profile)).toBe('2025-02-28')
    expect(replyDueDate('建议', '', profile)).toBe('')
  })
})

describe('templates pick and skeleton', () => {
  it('prefers the profile’s template when it fits the proposer', () => {
    const profile = { ...DEFAULT_PROFILE, default_templates: { 建议: 'joint-count' } }
    expect(defaultTemplateFor('建议', '代表', shippedTemplates, profile).id).toBe('joint-count')
    expect(defaultTemplateFor('建议', '代表', shippedTemplates, DEFAULT_PROFILE).id).toBe(
      'renda-reply'
    )
    expect(defaultTemplateFor('提案', '团体', shippedTemplates, shippedProfile('lukou')).id).toBe(
      'zhengxie-org'
    )
    expect(() => defaultTemplateFor('建议', '代表', [], DEFAULT_PROFILE)).toThrow(
      '没有适用于“建议”的答复模板'
    )
  })

  it('starts the body with headings and visible prompts', () => {
    const body = skeletonBody(shippedTemplate('xieban'), fields({ organ: '岳阳市卫生健康委员会' }))
    expect(body.blocks[0]).toEqual({
      type: 'heading',
      level: 1,
      runs: [{ text: '一、我委相关工作情况' }]
    })
    expect(body.blocks[1]).toEqual({
      type: 'paragraph',
      runs: [{ text: '【请简要介绍本单位与所提事项有关的工作情况】' }]
    })
    expect(unfilledPrompts(body)).toEqual([
      '【请简要介绍本单位与所提事项有关的工作情况】',
      '【请说明本单位职责范围内的办理意见】',
      '【请说明本单位下一步工作打算】'
    ])
    expect(unfilledPrompts(renderTextBody('一、基本情况\n已完成。'))).toEqual([])
  })
})

describe('plain-text bodies', () => {
  it('turns 一、（一）1.（1） lines into heading levels 1–4', () => {
    const body = renderTextBody(
      '一、基本情况\n正文。\n（一）设备与项目升级\n1.血透机\n（1）彩超机\n'
    )
    expect(body.blocks.map((b) => (b.type === 'heading' ? b.level : 0))).toEqual([1, 0, 2, 3, 4])
  })

  it('writes half-width and spaced ordinals the standard way', () => {
    const body = renderTextBody(
      '(二) 共享中心建设\r\n三 、 下一步\n2．培训\n( 3 )  细则\n(一) 专科建设与资源下沉。区人民医院通过二甲复审。'
    )
    expect(body.blocks).toEqual([
      { type: 'heading', level: 2, runs: [{ text: '（二）共享中心建设' }] },
      { type: 'heading', level: 1, runs: [{ text: '三、下一步' }] },
      { type: 'heading', level: 3, runs: [{ text: '2.培训' }] },
      { type: 'heading', level: 4, runs: [{ text: '（3）细则' }] },
      { type: 'paragraph', runs: [{ text: '（一）专科建设与资源下沉。区人民医院通过二甲复审。' }] }
    ])
  })

  it('keeps bold run-in phrases and drops blank lines', () => {
    const body = renderTextBody('\n**一是建机制。**按照要求出台了细化措施。\n\n2024年完成。')
    expect(body.blocks).toEqual([
      {
        type: 'paragraph',
        runs: [{ text: '一是建机制。', bold: true }, { text: '按照要求出台了细化措施。' }]
      },
      { type: 'paragraph', runs: [{ text: '2024年完成。' }] }
    ])
  })
})

describe('numbers and dates', () => {
  it('writes dates in Arabic numerals without padding', () => {
    expect(chineseDate('2025-07-16')).toBe('2025年7月16日')
    expect(chineseDate('2024-12-01')).toBe('2024年12月1日')
    expect(chineseDate('')).toBe('')
  })

  it('writes copy counts as 一式两份 does', () => {
    expect([1, 2, 3, 10, 12, 20, 25].map(countInChinese)).toEqual([
      '一',
      '两',
      '三',
      '十',
      '十二',
      '二十',
      '二十五'
    ])
  })
})
