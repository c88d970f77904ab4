import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, tempDir } from '../helpers'

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
