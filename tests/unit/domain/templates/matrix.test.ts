import { describe, expect, it } from 'vitest'
import {
  composeReplies,
  composeReply,
  defaultTemplateFor,
  fillFromProfile,
  requiredFieldsMissing,
  skeletonBody
} from '../../../../electron/domain/compose'
import { bodyText } from '../../../../electron/domain/body'
import { PROPOSER_TYPES, REPLY_KINDS, type ReplyFields } from '../../../../electron/domain/reply'
import { emptyFields } from '../../../../electron/domain/reply-schema'
import {
  CODE_LISTS,
  DEFAULT_PROFILE,
  type Profile,
  type Template
} from '../../../../electron/domain/templates'
import { shippedProfile, shippedTemplates } from './shipped'

// Every shipped template, for every kind and proposer type it declares and every class of every
// code list, under every sample profile: the worded parts are complete and no placeholder is left.

const PROFILES: [string, Profile][] = [
  ['默认', DEFAULT_PROFILE],
  ['渌口', shippedProfile('lukou')],
  ['岳阳', shippedProfile('yueyang')],
  ['咸宁', shippedProfile('xianning')]
]

const PROPOSERS = {
  代表: '许国欣',
  委员: '李明',
  党派: '致公党岳阳市委',
  团体: '市工商业联合会'
} as const

function filled(
  template: Template,
  kind: ReplyFields['kind'],
  type: ReplyFields['proposer_type'],
  code: string
): ReplyFields {
  return {
    ...emptyFields(),
    kind,
    proposer_type: type,
    proposer: PROPOSERS[type],
    session: kind === '提案' ? '岳阳市政协九届三次会议' : '区人大二届五次会议',
    item_number: '068',
    subject: '关于加强农村基层医疗保障体系建设的建议',
    lead_unit: '市医疗保障局',
    organ: '株洲市渌口区卫生健康局',
    doc_number: '渌卫复〔2025〕1号',
    classification: code,
    disclosure: '同意公开',
    date: '2025-07-16',
    leader: '曹虎',
    leader_phone: '13874100819',
    handler: '高大为',
    handler_phone: '0730-8206079',
    postcode: '437000',
    cc: template.kinds.includes('建议') ? ['区人大常委会联工委'] : []
  }
}

const LEFTOVER = /[{}【】]/
const allCodes = Object.values(CODE_LISTS).flatMap((list) => list.map((c) => c.code))

describe('every template × kind × class × proposer type', () => {
  for (const template of shippedTemplates) {
    it(`${template.name}（${template.id}）composes without missing wording`, () => {
      let combos = 0
      for (const [, base] of PROFILES) {
        for (const kind of template.kinds) {
          for (const type of template.proposer_types) {
            for (const code of allCodes) {
              const profile = { ...base, classification_codes: Object.values(CODE_LISTS).flat() }
              const fields = filled(template, kind, type, code)
              const c = composeReply(fields, { blocks: [] }, template, profile)
              const worded = [
                c.title,
                c.salutation,
                ...c.opening,
                ...c.closing,
                ...c.contact.lines,
                c.docNumberLine,
                ...c.marks.lines,
                c.cc
              ]
              for (const text of worded)
                expect(text, `${kind}/${type}/${code}: ${text}`).not.toMatch(LEFTOVER)
              expect(c.title).toContain('068')
              expect(c.salutation).toMatch(/：$/)
              expect(c.opening.length).toBeGreaterThan(0)
              expect(c.closing.length).toBeGreaterThan(0)
              expect(c.opening.join('')).not.toMatch(/^[，。、]/)
              expect(c.contact.lines.length).toBeGreaterThan(0)
              expect(requiredFieldsMissing(fields, template, profile)).toEqual([])
              combos++
            }
          }
        }
      }
      expect(combos).toBe(
        PROFILES.length * template.kinds.length * template.proposer_types.length * allCodes.length
      )
    })
  }

  it('words the opening and closing by the grade behind each code', () => {
    const template = shippedTemplates.find((t) => t.id === 'renda-reply')!
    const profile = { ...DEFAULT_PROFILE, classification_codes: [...CODE_LISTS.ABCD] }
    const opening = (code: string) =>
      composeReply(
        filled(template, '建议', '代表', code),
        { blocks: [] },
        template,
        profile
      ).opening.join('')
    expect(opening('A')).toContain('已予采纳并落实')
    expect(opening('B')).toContain('正在推进落实')
    expect(opening('C')).toBe(opening('B'))
    expect(opening('D')).toContain('暂时难以实施')
    expect(opening('X')).toContain('认真研究办理，现答复如下：')
  })

  it('addresses each proposer type as the samples do', () => {
    const salutation = (template: Template, type: ReplyFields['proposer_type']) =>
      composeReply(
        filled(template, template.kinds[0]!, type, 'A'),
        { blocks: [] },
        template,
        DEFAULT_PROFILE
      )
    const renda = shippedTemplates.find((t) => t.id === 'renda-reply')!
    const org = shippedTemplates.find((t) => t.id === 'zhengxie-org')!
    const member = shippedTemplates.find((t) => t.id === 'zhengxie-member')!
    expect(salutation(renda, '代表').salutation).toBe('许国欣代表：')
    expect(salutation(member, '委员').salutation).toBe('李明委员：')
    expect(salutation(org, '党派').salutation).toBe('致公党岳阳市委：')
    expect(salutation(org, '党派').opening[0]).toMatch(/^贵委提出的/)
    expect(salutation(org, '团体').salutation).toBe('市工商业联合会：')
    expect(salutation(org, '团体').opening[0]).toMatch(/^贵会提出的/)
  })

  it('has a default template for every kind and proposer type under every profile', () => {
    for (const [name, profile] of PROFILES) {
      for (const kind of REPLY_KINDS) {
        for (const type of PROPOSER_TYPES) {
          const t = defaultTemplateFor(kind, type, shippedTemplates, profile)
          expect(t.kinds, `${name} ${kind} ${type}`).toContain(kind)
          const fields = fillFromProfile(filled(t, kind, type, 'A'), profile, t)
          const [c] = composeReplies(fields, skeletonBody(t, fields, profile), t, profile)
          expect(c!.salutation).toMatch(/：$/)
          expect(bodyText(c!.body)).toContain('一、')
        }
      }
    }
  })

  it('lists in Chinese what an empty reply still needs, and leaves the gaps visible', () => {
    const template = shippedTemplates.find((t) => t.id === 'renda-reply')!
    const profile = shippedProfile('lukou')
    const missing = requiredFieldsMissing(emptyFields(), template, profile)
    expect(missing.map((m) => m.label)).toEqual([
      '文号',
      '发文机关',
      '届次',
      '编号',
      '提出人',
      '建议提案题目',
      '成文日期',
      '主管领导',
      '主管领导电话',
      '经办人',
      '经办人电话',
      '办理结果类别'
    ])
    expect(missing[0]).toEqual({ field: 'doc_number', label: '文号' })
    const c = composeReply(emptyFields(), { blocks: [] }, template, profile)
    expect(c.title).toBe('【发文机关】关于对【届次】第【编号】号建议的回复')
    expect(c.salutation).toBe('【提出人】代表：')
    expect(c.docNumberLine).toBe('【文号】')
  })
})
