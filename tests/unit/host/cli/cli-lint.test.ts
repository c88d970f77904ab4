import { Document, Packer, Paragraph } from 'docx'
import fc from 'fast-check'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../../electron/host/cli/main'
import { tempDir } from '../../helpers'
import { FIXTURES } from '../../domain/proofread/helpers'
import { SEEDS, seedText } from '../../../fixtures/seeds'

type Printed = {
  findings: { rule: string; excerpt: string; start: number; end: number; field?: string }[]
}

async function cli(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(args, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) }, {})
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

const has = (printed: Printed, rule: string, excerpt: string) =>
  printed.findings.some((f) => f.rule === rule && f.excerpt === excerpt)

describe('cli lint', () => {
  it('prints the findings of a text file as JSON', async () => {
    const file = join(SEEDS, 'reply-xianning-2024-renda-068.txt')
    const result = await cli(['lint', file, '--json', '--require', 'doc_number'])
    expect(result.code).toBe(0)
    const printed = JSON.parse(result.stdout) as Printed
    const text = seedText('reply-xianning-2024-renda-068.txt')
    expect(has(printed, 'stray-space', '第 068 号')).toBe(true)
    expect(has(printed, 'term-consistency', '医共同体')).toBe(true)
    expect(printed.findings[0]).toEqual({
      rule: 'required-field',
      severity: 'error',
      start: 0,
      end: 0,
      excerpt: '',
      message: expect.stringContaining('文号'),
      field: 'doc_number'
    })
    for (const f of printed.findings.filter((x) => !x.field)) {
      expect(f.excerpt).toBe(text.slice(f.start, f.end))
    }
  })

  it('reads a DOCX file', async () => {
    const paragraphs = seedText('reply-lukou-2025-renda-17.txt')
      .split('\n')
      .map((line) => new Paragraph(line))
    const file = join(tempDir(), 'reply.docx')
    writeFileSync(
      file,
      await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }))
    )
    const printed = JSON.parse((await cli(['lint', file, '--json'])).stdout) as Printed
    expect(has(printed, 'heading-sequence', '(二)')).toBe(true)
    expect(has(printed, 'stray-space', '2025 年 7 月 16 日')).toBe(true)
    expect(has(printed, 'doc-number-format', '(A)类')).toBe(true)
  })

  it('lints a draft by its id, with its fields', async () => {
    const dataDir = tempDir()
    const fieldsFile = join(tempDir(), 'fields.json')
    writeFileSync(
      fieldsFile,
      JSON.stringify({ kind: '建议', proposer: '王建华委员', doc_number: '渌卫复[2025]1号' })
    )
    const bodyFile = join(tempDir(), 'body.txt')
    writeFileSync(
      bodyFile,
      '一、基本情况\n今年争取 200 万元用于设备更新。\n三、下一步工作\n持续推进。'
    )
    const created = await cli([
      'new',
      '--fields',
      fieldsFile,
      '--body',
      bodyFile,
      '--json',
      '--data-dir',
      dataDir
    ])
    const id = (JSON.parse(created.stdout) as { id: string }).id
    const result = await cli(['lint', id, '--json', '--data-dir', dataDir])
    expect(result.stderr).toBe('')
    const printed = JSON.parse(result.stdout) as Printed
    expect(has(printed, 'stray-space', '取 200 万元')).toBe(true)
    expect(has(printed, 'heading-sequence', '三、')).toBe(true)
    expect(printed.findings.find((f) => f.rule === 'doc-number-format')?.field).toBe('doc_number')
    expect(printed.findings.find((f) => f.rule === 'salutation')?.field).toBe('proposer')
  })

  it('says so in Chinese when the file is missing or an option is wrong', async () => {
    const missing = await cli(['lint', join(tempDir(), 'none.txt')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('找不到该文件')
    const wrong = await cli(['lint', join(FIXTURES, 'clean-reply.txt'), '--require', 'nonsense'])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain('未知的字段')
  })

  it('prints a plain summary without --json', async () => {
    const clean = await cli(['lint', join(FIXTURES, 'clean-reply.txt')])
    expect(clean.stdout).toBe('未发现问题。')
  })

  it('never crashes on arbitrary text', async () => {
    const dir = tempDir()
    const pieces = [...'一二（）(),.“”《》 \n代表：抄送：电话：0730 2025年07月**和。']
    const text = fc.oneof(
      fc.string({ minLength: 1, maxLength: 200 }),
      fc
        .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 200 })
        .map((cs) => cs.join(''))
    )
    await fc.assert(
      fc.asyncProperty(text, async (s) => {
        const file = join(dir, 'input.txt')
        writeFileSync(file, s)
        const result = await cli(['lint', file, '--json'])
        if (result.code === 0) {
          expect(Array.isArray((JSON.parse(result.stdout) as Printed).findings)).toBe(true)
        } else {
          expect(result.code).toBe(1)
          expect(result.stderr).toMatch(/\p{Script=Han}/u)
        }
      }),
      { numRuns: 40 }
    )
  })
})

describe('cli lint --fix', () => {
  it('prints the text with every automatic fix, proofread again until stable', async () => {
    const file = join(tempDir(), 'reply.txt')
    writeFileSync(file, '渌卫复[2025]1号\n截止2024 年底，共建成 12 个站点。\n')
    const result = await cli(['lint', file, '--fix', '--json'])
    expect(result.code).toBe(0)
    const printed = JSON.parse(result.stdout) as Printed & { fixed: string; passes: number }
    expect(printed.fixed).toContain('渌卫复〔2025〕1号')
    expect(printed.fixed).toContain('截至2024年底，共建成12个站点。')
    expect(printed.findings.filter((f) => f.rule === 'stray-space')).toEqual([])
  })
})
