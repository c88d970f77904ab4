import JSZip from 'jszip'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, tempDir } from '../../helpers'

const fixtures = join(__dirname, '..', '..', '..', 'fixtures', 'cli')

describe('cli', () => {
  it('creates a draft from a fields file and a text body, lists, shows and exports it', async () => {
    const dataDir = tempDir()
    const created = await cli([
      'new',
      '--fields',
      join(fixtures, 'lukou-fields.json'),
      '--body',
      join(fixtures, 'body.txt'),
      '--json',
      '--data-dir',
      dataDir
    ])
    expect(created.stderr).toBe('')
    expect(created.code).toBe(0)
    const draft = JSON.parse(created.stdout) as {
      id: string
      fields: { item_number: string; proposer: string }
      rendered: { salutation: string; doc_number_line: string }
    }
    expect(draft.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(draft.fields).toMatchObject({ item_number: '17', proposer: '龙钺文等代表' })
    expect(draft.rendered.salutation).toBe('龙钺文等代表：')

    const listed = await cli(['list', '--json', '--data-dir', dataDir])
    expect(JSON.parse(listed.stdout)).toHaveLength(1)

    const shown = await cli(['show', draft.id, '--data-dir', dataDir])
    expect(shown.stdout).toContain('（一）设备与项目升级')

    const file = join(tempDir(), 'out.docx')
    const exported = await cli(['export', draft.id, '-o', file, '--data-dir', dataDir])
    expect(exported.stderr).toBe('')
    expect(exported.code).toBe(0)
    const xml = await (
      await JSZip.loadAsync(readFileSync(file))
    )
      .file('word/document.xml')!
      .async('string')
    expect(xml.replace(/<[^>]+>/g, '')).toContain('今年完成血透机、彩超机等20余台设备更新。')
    expect(exported.stdout).toContain('未签发稿')

    const copy = join(tempDir(), 'review.docx')
    const review = await cli([
      'export',
      draft.id,
      '-o',
      copy,
      '--comments',
      '--json',
      '--data-dir',
      dataDir
    ])
    expect(JSON.parse(review.stdout)).toMatchObject({ path: copy, approval: null, comments: 0 })
  })

  it('fails with a Chinese message and a non-zero exit code', async () => {
    const dataDir = tempDir()
    const unknown = await cli(['frobnicate'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('未知的命令')
    const missing = await cli(['show', 'no-such-id', '--data-dir', dataDir])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('找不到这份答复')
    const noFile = await cli(['new', '--fields', join(dataDir, 'none.json'), '--data-dir', dataDir])
    expect(noFile.code).toBe(1)
    expect(noFile.stderr).toContain('找不到文件')
    const misnamed = join(dataDir, 'misnamed.json')
    writeFileSync(misnamed, JSON.stringify({ title: '关于村医的建议', result_class: 'A' }))
    const misnamedKey = await cli(['new', '--fields', misnamed, '--data-dir', dataDir])
    expect(misnamedKey.code).toBe(1)
    expect(misnamedKey.stderr).toContain('没有名为“result_class”的字段')
    expect(misnamedKey.stderr).toContain('classification（办理结果）')
    expect(misnamedKey.stderr).not.toContain('刷新')
    const noOutput = await cli(['export', 'x', '--data-dir', dataDir])
    expect(noOutput.code).toBe(2)
    expect(noOutput.stderr).toContain('-o')
  })

  it('lists the shipped templates and example profiles with no file problems', async () => {
    const listed = await cli(['templates', '--json', '--data-dir', tempDir()])
    const json = JSON.parse(listed.stdout) as {
      templates: { id: string }[]
      profiles: { file: string }[]
      problems: string[]
    }
    expect(json.templates.map((t) => t.id)).toEqual(
      expect.arrayContaining(['renda-reply', 'zhengxie-member', 'zhengxie-org', 'xieban', 'huiban'])
    )
    expect(json.profiles.map((p) => p.file).sort()).toEqual([
      'lukou.json',
      'xianning.json',
      'yueyang.json'
    ])
    expect(json.problems).toEqual([])
  })

  it('prints help listing the commands', async () => {
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    for (const name of ['new', 'list', 'show', 'export']) expect(help.stdout).toContain(name)
  })
})
