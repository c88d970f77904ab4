import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadProfilesDir, loadTemplatesDir } from '../../../../electron/store/templates-store'
import { loadProfile, loadTemplate } from '../../../../electron/domain/templates'
import { tempDir } from '../../helpers'
import { TEMPLATES_DIR } from './shipped'

const rendaSource = readFileSync(join(TEMPLATES_DIR, 'renda-reply.json'), 'utf8')
const lines = rendaSource.split('\n')
const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1

function problem(source: string, file = 'renda-reply.json') {
  const result = loadTemplate(source, file)
  if (result.ok) throw new Error('expected a problem')
  return result
}

describe('loading templates and profiles', () => {
  it('loads every shipped template and profile without a problem', () => {
    const templates = loadTemplatesDir(TEMPLATES_DIR)
    expect(templates.problems).toEqual([])
    expect(templates.templates.map((t) => t.id).sort()).toEqual([
      'huiban',
      'joint-count',
      'joint-each',
      'renda-reply',
      'xieban',
      'zhengxie-member',
      'zhengxie-org'
    ])
    const profiles = loadProfilesDir(join(TEMPLATES_DIR, 'profiles'))
    expect(profiles.problems).toEqual([])
    expect(profiles.profiles.map((p) => p.file)).toEqual([
      'lukou.json',
      'xianning.json',
      'yueyang.json'
    ])
  })

  it('names the file and line of a JSON syntax error', () => {
    const at = lineOf('"order"')
    const broken = rendaSource.replace('"order": 10,', '"order": 10')
    const r = problem(broken)
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]!.line).toBe(at + 1)
    expect(r.error).toBe(
      `renda-reply.json 第 ${at + 1} 行：不是有效的 JSON：此处应为英文逗号“,”或“}”，出现了意外的“"”`
    )
  })

  it('points at a full-width comma typed in a Chinese input method', () => {
    const at = lineOf('"order"')
    const r = problem(rendaSource.replace('"order": 10,', '"order": 10，'))
    expect(r.error).toContain(`第 ${at} 行`)
    expect(r.error).toContain('全角符号“，”')
  })

  it('reports duplicate keys, unterminated text and bad escapes at their lines', () => {
    const dup = loadProfile('{\n  "organ": "甲",\n  "organ": "乙"\n}', 'dup.json')
    expect(!dup.ok && dup.error).toBe('dup.json 第 3 行：不是有效的 JSON：设置项“organ”重复出现')
    const open = loadProfile('{\n  "organ": "甲\n}', 'open.json')
    expect(!open.ok && open.error).toBe(
      'open.json 第 2 行：不是有效的 JSON：文字缺少结尾的英文双引号'
    )
    const esc = loadProfile('{ "organ": "C:\\x" }', 'esc.json')
    expect(!esc.ok && esc.error).toContain('无效的转义')
    const ok = loadProfile('{ "organ": "\\u6E0C\\u53E3\\n" }', 'ok.json')
    expect(ok.ok && ok.value.organ).toBe('渌口\n')
  })

  it('names the line of an unknown placeholder', () => {
    const at = lineOf('"代表": "{proposer}代表："')
    const r = problem(
      rendaSource.replace('"代表": "{proposer}代表："', '"代表": "{proposor}代表："')
    )
    expect(r.problems).toEqual([expect.objectContaining({ file: 'renda-reply.json', line: at })])
    expect(r.error).toContain('（salutation → 代表）不认识的占位符“{proposor}”')
  })

  it('names the line of a misspelt key and of a wrong value', () => {
    const keyAt = lineOf('"joint":')
    const r = problem(rendaSource.replace('"joint":', '"jiont":'))
    expect(r.error).toContain(`renda-reply.json 第 ${keyAt} 行：不认识的设置项“jiont”`)
    const marksAt = lineOf('"marks":')
    const m = problem(rendaSource.replace('"marks": "top-right"', '"marks": "右上角"'))
    expect(m.error).toContain(
      `第 ${marksAt} 行：（layout → marks）应为“docline”、“lines-left”、“top-right”、“none”之一`
    )
    const t = problem(rendaSource.replace('"order": 10', '"order": "10"'))
    expect(t.error).toContain(`第 ${lineOf('"order"')} 行：（order）应为数字，这里写的是文字`)
  })

  it('reports a missing salutation for a proposer type the template declares', () => {
    const r = problem(
      rendaSource.replace('"proposer_types": ["代表"]', '"proposer_types": ["代表", "委员"]')
    )
    expect(r.error).toContain('模板适用于“委员”，但没有写“委员”的称谓')
    expect(r.problems[0]!.line).toBe(lineOf('"salutation":'))
  })

  it('reports unbalanced optional parts and a missing key at the object that lacks it', () => {
    const r = problem(
      rendaSource.replace('[，联系电话：{leader_phone}]', '[，联系电话：{leader_phone}')
    )
    expect(r.error).toContain('可选部分缺少“]”')
    const noTitle = JSON.parse(rendaSource) as Record<string, unknown>
    delete noTitle.title
    const m = problem(JSON.stringify(noTitle, null, 2))
    expect(m.error).toBe('renda-reply.json 第 1 行：缺少设置项“title”')
  })

  it('reports profile problems with their lines', () => {
    const source = [
      '{',
      '  "organ": "某局",',
      '  "postcode": "43700",',
      '  "handlers": [{ "name": "张洁", "phone": "07308206079" }]',
      '}'
    ].join('\n')
    const r = loadProfile(source, 'bad.json')
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems.map((p) => p.line)).toEqual([3, 4])
    expect(r.error).toContain('bad.json 第 3 行：（postcode）邮政编码应为 6 位数字')
    expect(r.error).toContain(
      'bad.json 第 4 行：（handlers → 第1项 → phone）固定电话的区号与号码之间请加“-”'
    )
  })

  it('fills a minimal profile with defaults', () => {
    const r = loadProfile('{ "organ": "咸宁市卫生健康委员会" }', 'min.json')
    expect(r.ok && r.value).toMatchObject({
      organ: '咸宁市卫生健康委员会',
      format: 'letter',
      cc_mode: 'strict',
      deadlines: { reply_months: 3, extended_months: 6, assist_months: 1 },
      classification_codes: [{ code: 'A' }, { code: 'B' }, { code: 'C' }]
    })
  })

  it('collects problems of broken files and keeps loading the others', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'renda-reply.json'), rendaSource)
    writeFileSync(join(dir, 'copy.json'), rendaSource)
    writeFileSync(join(dir, 'broken.json'), '{ "id": ')
    writeFileSync(join(dir, 'notes.txt'), 'not a template')
    const loaded = loadTemplatesDir(dir)
    expect(loaded.templates.map((t) => t.id)).toEqual(['renda-reply'])
    expect(loaded.problems).toEqual([
      'broken.json 第 1 行：不是有效的 JSON：此处应为一个值（文字要加英文双引号），文件提前结束',
      'renda-reply.json：模板编号“renda-reply”与 copy.json 重复，已忽略此文件'
    ])
    mkdirSync(join(dir, 'profiles'))
    expect(loadProfilesDir(join(dir, 'profiles'))).toEqual({ profiles: [], problems: [] })
    expect(loadProfilesDir(join(dir, 'none')).problems[0]).toContain('找不到文件夹')
  })
})
