import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readOnlyRunner } from '../../../fixtures/read-only'
import { cli, newLukouDraft, tempDir } from '../../helpers'

// Issue 12 item 5: a data folder this user may read but not write (a read-only share, a folder
// whose permissions were taken away) opens the archive read-only instead of failing.

const ROOT = join(__dirname, '..', '..', '..', '..')

/** Runs the real CLI in a child process that may only read dataDir. */
function asReader(dataDir: string) {
  const readOnly = readOnlyRunner(dataDir)
  return (args: string[]) => {
    const run = readOnly(['node', '--import', 'tsx', 'electron/host/cli.ts', ...args])
    const result = spawnSync(run[0]!, run.slice(1), {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, HOME: dataDir, REPLYDESK_DATA_DIR: dataDir }
    })
    return { code: result.status, stdout: result.stdout, stderr: result.stderr }
  }
}

describe('a read-only data folder', () => {
  it('lists, shows, searches and exports, and refuses a save in Chinese', async () => {
    const dataDir = tempDir()
    const id = await newLukouDraft(dataDir)
    expect((await cli(['list', '--data-dir', dataDir])).code).toBe(0)
    // The app closed cleanly: no -wal or -shm, which SQLite cannot create in this folder.
    expect(existsSync(join(dataDir, 'replydesk.db-wal'))).toBe(false)
    const reader = asReader(dataDir)

    const listed = reader(['list', '--json'])
    expect(listed.stderr).toContain('数据文件夹只读：可以查看和导出，不能保存修改。')
    expect(listed.code).toBe(0)
    expect((JSON.parse(listed.stdout) as { id: string }[]).map((d) => d.id)).toEqual([id])

    const found = reader(['search', '设备更新', '--json'])
    expect(found.code).toBe(0)
    expect(found.stdout).toContain(id)

    const out = join(tempDir(), 'copy.docx')
    chmodSync(join(out, '..'), 0o777)
    const exported = reader(['export', id, '-o', out])
    expect(exported.stderr).not.toMatch(/SQLITE|内部错误/)
    expect(exported.code).toBe(0)
    expect(existsSync(out)).toBe(true)

    const created = reader([
      'new',
      '--fields',
      join(ROOT, 'tests', 'fixtures', 'cli', 'lukou-fields.json')
    ])
    expect(created.code).not.toBe(0)
    expect(created.stderr).toContain('不能保存修改')
    expect(created.stderr).not.toMatch(/readonly|SQLITE|内部错误/)
  }, 120_000)
})
