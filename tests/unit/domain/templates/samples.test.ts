import { describe, expect, it } from 'vitest'
import {
  composeReply,
  defaultTemplateFor,
  fillFromProfile,
  requiredFieldsMissing,
  skeletonBody
} from '../../../../electron/domain/compose'
import { fieldsFromJson } from '../../../../electron/domain/fields-json'
import type { ProposerType } from '../../../../electron/domain/reply'
import { emptyFields } from '../../../../electron/domain/reply-schema'
import { expectedReply, shippedProfile, shippedTemplates } from './shipped'

// Each sample bureau's profile, given the fields a careful reader takes from its published reply
// (fixtures/seeds/expected.json), must reproduce that reply's wording exactly.

function compose(file: string, profileName: 'lukou' | 'yueyang' | 'xianning', type: ProposerType) {
  const profile = shippedProfile(profileName)
  const given = {
    ...emptyFields(),
    ...fieldsFromJson(expectedReply(file)),
    proposer_type: type,
    title: ''
  }
  const template = defaultTemplateFor(given.kind, given.proposer_type, shippedTemplates, profile)
  const fields = fillFromProfile(given, profile, template)
  return {
    template,
    fields,
    composed: composeReply(fields, skeletonBody(template, fields, profile), template, profile),
    missing: requiredFieldsMissing(fields, template, profile)
  }
}

describe('the three sample layouts', () => {
  it('渌口: 回复, 文号 line with （A）类, 主管领导/经办人, 抄送 with copies', () => {
    const { template, composed, missing } = compose(
      'reply-lukou-2025-renda-17.txt',
      'lukou',
      '代表'
    )
    expect(template.id).toBe('renda-reply')
    expect(composed.letterhead).toBe('株洲市渌口区卫生健康局')
    expect(composed.title).toBe('株洲市渌口区卫生健康局关于对区人大二届五次会议第17号建议的回复')
    expect(composed.salutation).toBe('龙钺文等代表：')
    expect(composed.docNumberLine).toBe('渌卫复〔2025〕1号（A）类')
    expect(composed.marks.lines).toEqual([])
    expect(composed.opening[0]).toMatch(/^您好！/)
    expect(composed.opening[0]).toContain('《关于推进基层医疗服务的建议》收悉')
    expect(composed.signature).toEqual({
      organ: '株洲市渌口区卫生健康局',
      date: '2025年7月16日',
      sealed: true
    })
    expect(composed.contact).toEqual({
      placement: 'after-signature',
      lines: [
        '主管领导：曹虎，联系电话：13874100819；',
        '经 办 人：刘海茵，联系电话：15873304217；'
      ]
    })
    expect(composed.cc).toBe('抄送：区人大常委会联工委一式两份，区政府督查室一式两份。')
    expect(missing).toEqual([])
  })

  it('岳阳: 答复 without 机关名, 文号 line with A1类 同意公开, 承办负责人/承办人, no 抄送', () => {
    const { template, composed, missing } = compose(
      'reply-yueyang-2024-zhengxie-167.txt',
      'yueyang',
      '党派'
    )
    expect(template.id).toBe('zhengxie-org')
    expect(composed.title).toBe('对岳阳市政协九届三次会议第167号提案的答复')
    expect(composed.salutation).toBe('致公党岳阳市委：')
    expect(composed.opening[0]).toMatch(
      /^贵委提出的《关于加强农村基层医疗保障体系建设的提案》收悉。/
    )
    expect(composed.closing).toEqual(['感谢致公党岳阳市委对卫生健康工作的关心和支持。'])
    expect(composed.docNumberLine).toBe('岳卫字〔2024〕12号 A1类 同意公开')
    expect(composed.signature).toBeNull()
    expect(composed.contact.lines).toEqual([
      '承办负责人：吴艳辉',
      '承办人及联系电话：高大为 0730-8206079'
    ])
    expect(composed.cc).toBe('')
    expect(missing).toEqual([])
  })

  it('咸宁: marks on their own lines, no 文号, 邮政编码, 抄送 with copies and a delivery note', () => {
    const { composed, fields, missing } = compose(
      'reply-xianning-2024-renda-068.txt',
      'xianning',
      '代表'
    )
    expect(fields.item_number).toBe('068')
    expect(composed.title).toBe('对市六届人大三次会议第068号建议的答复')
    expect(composed.salutation).toBe('许国欣代表：')
    expect(composed.docNumberLine).toBe('')
    expect(composed.marks).toEqual({ placement: 'lines-left', lines: ['予以公开', 'A'] })
    expect(composed.signature).toBeNull()
    expect(composed.contact.lines).toEqual([
      '主管领导 董伟峰',
      '联系电话 13971800781',
      '经办人姓名 张洁',
      '联系电话 18107155863',
      '邮政编码 437000'
    ])
    expect(composed.cc).toBe(
      '抄送：市人大常委会代工委（1份），市政府政务督查室（2份）（纸质版送市政府大楼227，正式文件扫描件和电子文档反馈至督查系统）。'
    )
    expect(missing).toEqual([])
  })

  it('writes the same names without copies in strict mode', () => {
    const profile = { ...shippedProfile('xianning'), cc_mode: 'strict' as const }
    const template = shippedTemplates.find((t) => t.id === 'renda-reply')!
    const fields = fillFromProfile(
      { ...emptyFields(), session: '市六届人大三次会议', proposer: '许国欣' },
      profile,
      template
    )
    expect(composeReply(fields, { blocks: [] }, template, profile).cc).toBe(
      '抄送：市人大常委会代工委，市政府政务督查室。'
    )
  })

  it('does not reproduce the samples’ half-width brackets in any example profile', () => {
    const samples = [
      ['reply-lukou-2025-renda-17.txt', 'lukou', '代表'],
      ['reply-yueyang-2024-zhengxie-167.txt', 'yueyang', '党派'],
      ['reply-xianning-2024-renda-068.txt', 'xianning', '代表']
    ] as const
    for (const [file, profile, type] of samples) {
      const { composed } = compose(file, profile, type)
      const printed = [
        composed.docNumberLine,
        ...composed.marks.lines,
        composed.title,
        composed.salutation,
        ...composed.opening,
        ...composed.closing,
        ...composed.contact.lines,
        composed.cc
      ]
      for (const line of printed) expect(line, `${profile}: ${line}`).not.toMatch(/[()[\]]/)
    }
  })
})
