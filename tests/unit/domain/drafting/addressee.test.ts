import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { composeReply } from '../../../../electron/domain/compose'
import { inferProposerType } from '../../../../electron/domain/drafting/proposer'
import { emptyFields, type ReplyFields } from '../../../../electron/domain/reply-schema'
import { DEFAULT_PROFILE } from '../../../../electron/domain/templates'
import { runCli } from '../../../../electron/host/cli/main'
import { tempDir } from '../../helpers'
import { shippedTemplate } from '../templates/shipped'

// A party or organisation is addressed by its name and 贵委/贵党派/贵会, never as a person
// (…代表：, …委员：, 您); a person's 提案 is a 委员's. The document says so whatever the form's
// 提出人类型 still holds.

function compose(templateId: string, patch: Partial<ReplyFields>) {
  const template = shippedTemplate(templateId)
  const fields: ReplyFields = {
    ...emptyFields(),
    session: '岳阳市政协九届三次会议',
    item_number: '167',
    subject: '关于加强农村基层医疗保障体系建设的提案',
    organ: '岳阳市卫生健康委员会',
    classification: 'A',
    ...patch
  }
  return composeReply(fields, { blocks: [] }, template, DEFAULT_PROFILE)
}

describe('addressing the proposer', () => {
  it('reads what the proposer is from the name', () => {
    expect(inferProposerType('提案', '致公党岳阳市委')).toBe('党派')
    expect(inferProposerType('提案', '九三学社岳阳市委员会')).toBe('党派')
    expect(inferProposerType('提案', '民革岳阳市委')).toBe('党派')
    expect(inferProposerType('提案', '市工商联')).toBe('团体')
    expect(inferProposerType('提案', '医药卫生界别')).toBe('团体')
    expect(inferProposerType('提案', '政协教科卫体委员会')).toBe('团体')
    expect(inferProposerType('提案', '君山区政协委员小组')).toBe('团体')
    expect(inferProposerType('提案', '李明')).toBe('委员')
    expect(inferProposerType('提案', '李明等委员')).toBe('委员')
    expect(inferProposerType('建议', '龙钺文等代表')).toBe('代表')
  })

  it('addresses parties and organisations by name with 贵委, 贵党派 or 贵会', () => {
    const cases: [string, ReplyFields['proposer_type'], string, string][] = [
      ['致公党岳阳市委', '党派', '致公党岳阳市委：', '贵委'],
      ['九三学社岳阳市委员会', '党派', '九三学社岳阳市委员会：', '贵委'],
      ['致公党', '党派', '致公党：', '贵党派'],
      ['市工商联', '团体', '市工商联：', '贵会'],
      ['政协教科卫体委员会', '团体', '政协教科卫体委员会：', '贵委']
    ]
    for (const [proposer, type, salutation, you] of cases) {
      const c = compose('zhengxie-org', { kind: '提案', proposer, proposer_type: type })
      expect(c.salutation, proposer).toBe(salutation)
      expect(c.opening[0], proposer).toMatch(new RegExp(`^${you}提出的`))
    }
  })

  it('never addresses an organisation as a person, whatever type the form still says', () => {
    for (const id of ['renda-reply', 'zhengxie-member']) {
      const c = compose(id, { kind: '提案', proposer: '致公党岳阳市委', proposer_type: '代表' })
      expect(c.salutation, id).toBe('致公党岳阳市委：')
      expect(c.opening.join(''), id).not.toMatch(/您|代表|委员：/)
      expect(c.opening[0], id).toContain('贵委')
    }
  })

  it('addresses a person’s 提案 as 委员 even when the form says 代表', () => {
    const c = compose('zhengxie-member', { kind: '提案', proposer: '李明', proposer_type: '代表' })
    expect(c.salutation).toBe('李明委员：')
  })

  it('cli new for the 岳阳 sample renders 致公党岳阳市委： and 贵委', async () => {
    const seeds = join(__dirname, '..', '..', '..', 'fixtures', 'seeds', 'expected.json')
    const all = JSON.parse(readFileSync(seeds, 'utf8')) as { file: string }[]
    const sample = all.find((e) => e.file === 'reply-yueyang-2024-zhengxie-167.txt')!
    const file = join(tempDir(), 'fields.json')
    writeFileSync(file, JSON.stringify(sample))
    const out: string[] = []
    const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => out.push(s) }
    const code = await runCli(['new', '--fields', file, '--json', '--data-dir', tempDir()], io, {})
    expect(code).toBe(0)
    const created = JSON.parse(out.join('')) as {
      template_id: string
      fields: ReplyFields
      rendered: { salutation: string; opening: string[]; closing: string[] }
    }
    expect(created.fields.proposer_type).toBe('党派')
    expect(created.template_id).toBe('zhengxie-org')
    expect(created.rendered.salutation).toBe('致公党岳阳市委：')
    expect(created.rendered.opening[0]).toMatch(
      /^贵委提出的《关于加强农村基层医疗保障体系建设的提案》收悉/
    )
    expect([...created.rendered.opening, ...created.rendered.closing].join('')).not.toContain('您')
  })
})
