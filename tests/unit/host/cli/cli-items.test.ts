import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openServices } from '../../../../electron/services'
import { cli, tempDir } from '../../helpers'

const TEMPLATES = join(__dirname, '..', '..', '..', '..', 'templates')

describe('cli items', () => {
  it('imports a 交办清单, lists with filters, shows an item and prints the statistics', async () => {
    const dataDir = tempDir()
    const list = join(dataDir, '交办清单.csv')
    writeFileSync(
      list,
      [
        '编号,标题,提出人,届次,交办日期,承办科室',
        '068,关于加强村医队伍建设的建议,王明,市九届三次会议,2025-03-10,基层卫生科',
        '012,关于发展中医药的提案,李红,市政协九届三次会议,2024-03-01,中医科'
      ].join('\n')
    )
    const at = ['--data-dir', dataDir]
    const imported = await cli(['items', 'import', list, '--json', ...at])
    expect(imported.stderr).toBe('')
    expect(JSON.parse(imported.stdout)).toMatchObject({ created: 2, duplicates: 0 })
    expect((await cli(['items', 'import', list, ...at])).stdout).toContain(
      '已导入 0 件，重复 2 件。'
    )

    const listed = JSON.parse(
      (await cli(['items', 'list', '--year', '2025', '--json', ...at])).stdout
    ) as {
      id: string
      number: string
      kind: string
    }[]
    expect(listed.map((i) => [i.number, i.kind])).toEqual([['068', '建议']])
    const byStatus = await cli([
      'items',
      'list',
      '--status',
      '待签收',
      '--department',
      '中医科',
      ...at
    ])
    expect(byStatus.stdout).toContain('关于发展中医药的提案')
    expect(byStatus.stdout).not.toContain('村医')

    const shown = await cli(['items', 'show', listed[0]?.id ?? '', ...at])
    expect(shown.stdout).toContain('市九届三次会议建议第068号　关于加强村医队伍建设的建议')
    expect(shown.stdout).toContain('期限：2025-06-10')

    const stats = JSON.parse((await cli(['items', 'stats', '--json', ...at])).stdout) as {
      overall: { total: number }
      byKind: Record<string, number>
      byYear: { name: string; total: number }[]
    }
    expect(stats.overall.total).toBe(2)
    expect(stats.byKind).toEqual({ 建议: 1, 提案: 1 })
    expect(stats.byYear.map((y) => [y.name, y.total])).toEqual([
      ['2025', 1],
      ['2024', 1]
    ])

    const bad = await cli(['items', 'list', '--status', '不存在', ...at])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--status 无法识别“不存在”')
  })
})

describe('cli items show', () => {
  it('includes the 协办意见 in the JSON and the text', async () => {
    const dataDir = tempDir()
    const services = openServices({
      dataDir,
      mode: 'cli',
      version: 'test',
      templatesDir: TEMPLATES
    })
    const api = services.handlers
    const { item } = await api['items:create']({
      fields: {
        session: '市九届三次会议',
        number: '071',
        title: '关于完善医保报销的建议',
        co_units: ['市医保局'],
        assigned_date: '2025-03-10'
      }
    })
    await api['items:addOpinion']({
      id: item.id,
      direction: '收到',
      unit: '市医保局',
      date: '2025-04-02',
      doc_number: '医保函〔2025〕3号',
      summary: '异地就医结算已纳入省平台'
    })
    services.close()

    const at = ['--data-dir', dataDir]
    const json = JSON.parse((await cli(['items', 'show', item.id, '--json', ...at])).stdout) as {
      opinions: { due_date: string; list: { unit: string; doc_number: string }[] }
    }
    expect(json.opinions.due_date).toBe('2025-04-10')
    expect(json.opinions.list).toMatchObject([
      { unit: '市医保局', doc_number: '医保函〔2025〕3号' }
    ])
    expect((await cli(['items', 'show', item.id, ...at])).stdout).toContain(
      '协办意见：收到 2025-04-02 市医保局 医保函〔2025〕3号 异地就医结算已纳入省平台'
    )
  })
})
