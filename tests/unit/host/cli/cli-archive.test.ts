import { describe, expect, it } from 'vitest'
import type { ImportResult, SearchResult } from '../../../../electron/contract/archive'
import { cli, tempDir } from '../../helpers'
import { folderWith, NON_REPLIES, SEED_REPLIES } from '../../import/archive-fixtures'

describe('cli import and search', () => {
  it('imports a folder with progress on stderr and a line per file, then searches it', async () => {
    const dataDir = tempDir()
    const folder = folderWith([...SEED_REPLIES, NON_REPLIES[0]!])
    const imported = await cli(['import', folder, '--data-dir', dataDir])
    expect(imported.code).toBe(0)
    expect(imported.stderr.split('\n')).toHaveLength(4)
    expect(imported.stderr).toMatch(/^\[1\/4\] (已导入|非答复) .+\.txt$/m)
    expect(imported.stdout).toContain('共 4 个文件：')
    expect(imported.stdout.match(/^已导入 /gm)).toHaveLength(3)
    expect(imported.stdout).toMatch(/^非答复 .*policy-zhuzhou-primary-care\.txt/m)

    const again = await cli(['import', folder, '--json', '--data-dir', dataDir])
    const results = JSON.parse(again.stdout) as ImportResult[]
    expect(results.map((r) => r.status).sort()).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
      'not-a-reply'
    ])

    const text = await cli(['search', '医共体', '--kind', '建议', '--data-dir', dataDir])
    expect(text.stdout).toMatch(/^找到 2 份答复。/)
    expect(text.stdout).toContain('【医共体】')

    const json = await cli([
      'search',
      '村医',
      '--year',
      '2024',
      '--class',
      'A1',
      '--json',
      '--data-dir',
      dataDir
    ])
    const result = JSON.parse(json.stdout) as SearchResult
    expect(result.total).toBe(1)
    expect(result.hits[0]).toMatchObject({ proposer: '致公党岳阳市委', classification: 'A1' })
    expect(result.hits[0]!.snippet).toContain('\u0002村医\u0003')
  })

  it('explains a bad filter or a missing argument with the usage', async () => {
    const dataDir = tempDir()
    const badYear = await cli(['search', '医保', '--year', '二〇二四', '--data-dir', dataDir])
    expect(badYear.code).toBe(2)
    expect(badYear.stderr).toContain('--year 应为四位年份')
    const noPaths = await cli(['import', '--data-dir', dataDir])
    expect(noPaths.code).toBe(2)
    expect(noPaths.stderr).toContain('用法：npm run cli -- import')
    const badStatus = await cli(['search', '医保', '--status', 'lost', '--data-dir', dataDir])
    expect(badStatus.code).toBe(1)
    expect(badStatus.stderr).toMatch(/^输入有误/)
  })
})
