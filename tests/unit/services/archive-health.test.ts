import { openSync, readFileSync, readdirSync, writeFileSync, writeSync, closeSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listBackups } from '../../../electron/store/backup'
import { runCli } from '../../../electron/host/cli/main'
import { DATABASE_FILE, openServices } from '../../../electron/services'
import { tempDir } from '../helpers'

const TEMPLATES = join(__dirname, '..', '..', '..', 'templates')

function open(dataDir: string, backups: false | { firstAfterMs: number; everyMs: number } = false) {
  return openServices({
    dataDir,
    mode: 'browser',
    version: 'test',
    templatesDir: TEMPLATES,
    backups
  })
}

async function until(condition: () => boolean) {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10))
  expect(condition()).toBe(true)
}

describe('archive health at start', () => {
  it('sets aside a file that is not a database, starts empty and says how to get the data back', async () => {
    const dir = tempDir()
    const garbage = Buffer.from('这不是数据库文件'.repeat(400))
    writeFileSync(join(dir, DATABASE_FILE), garbage)
    const services = open(dir)
    try {
      const health = await services.handlers['archive:integrity']({})
      expect(health.ok).toBe(false)
      expect(health.setAside).toMatch(/replydesk-damaged-\d{8}-\d{6}\.db$/)
      expect(health.problems[0]).toContain('已损坏')
      expect(health.problems[0]).toContain('从最近的备份恢复')
      expect(readFileSync(health.setAside!)).toEqual(garbage)
      expect(await services.handlers['drafts:list']({})).toEqual([])
    } finally {
      services.close()
    }
  })

  it('keeps saying so at every start, in the window and on the CLI, until dismissed', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, DATABASE_FILE), '这不是数据库文件'.repeat(400))
    const cli = async () => {
      const out: string[] = []
      const err: string[] = []
      const code = await runCli(['list', '--json', '--data-dir', dir], {
        stdout: (s) => out.push(s),
        stderr: (s) => err.push(s)
      })
      return { code, out: out.join('\n'), err: err.join('\n') }
    }
    const first = await cli()
    expect(first.code).toBe(0)
    expect(JSON.parse(first.out)).toEqual([])
    expect(first.err).toMatch(/已损坏[^]*replydesk-damaged-/)
    // A later start, window and CLI alike, still says it.
    expect((await cli()).err).toContain('已损坏')
    const again = open(dir)
    try {
      const health = await again.handlers['archive:integrity']({})
      expect(health.problems[0]).toContain('已损坏')
      expect(await again.handlers['archive:dismissSetAside']({})).toMatchObject({
        ok: true,
        setAside: null
      })
    } finally {
      again.close()
    }
    expect((await cli()).err).toBe('')
    const later = open(dir)
    try {
      expect((await later.handlers['archive:integrity']({})).ok).toBe(true)
    } finally {
      later.close()
    }
  })

  it('restoring a backup after that brings the data back and clears the report', async () => {
    const dir = tempDir()
    const before = open(dir)
    const draft = await before.handlers['drafts:create']({
      fields: { title: '关于村医待遇的建议' }
    })
    const backup = await before.handlers['archive:backupNow']({})
    before.close()
    writeFileSync(join(dir, DATABASE_FILE), 'not a database')
    const services = open(dir)
    try {
      expect((await services.handlers['archive:integrity']({})).setAside).not.toBeNull()
      await services.handlers['archive:restore']({ name: backup.name })
      expect(await services.handlers['archive:integrity']({})).toEqual({
        ok: true,
        problems: [],
        setAside: null
      })
      expect((await services.handlers['drafts:get']({ id: draft.id })).fields.title).toBe(
        '关于村医待遇的建议'
      )
    } finally {
      services.close()
    }
  })

  it('reports a database damaged in the middle, whether or not SQLite can still open it', async () => {
    const dir = tempDir()
    const first = open(dir)
    const insert = first.ctx.db.prepare(
      "INSERT INTO people (name, role, last_seen) VALUES (?, 'leader', '2026')"
    )
    first.ctx.db.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run(`人员${i}`.repeat(8))
    })()
    first.ctx.db.pragma('wal_checkpoint(TRUNCATE)')
    first.close()
    // Scribble over pages in the middle of the file, past the schema on page 1.
    const fd = openSync(join(dir, DATABASE_FILE), 'r+')
    writeSync(fd, Buffer.alloc(4096 * 8, 0x5a), 0, 4096 * 8, 4096 * 20)
    closeSync(fd)
    const services = open(dir)
    try {
      const health = await services.handlers['archive:integrity']({})
      expect(health.ok).toBe(false)
      expect(health.problems.join('')).toMatch(/数据库文件(结构有误|已损坏)/)
    } finally {
      services.close()
    }
  })

  it('a healthy archive passes, and the check is made once unless asked again', async () => {
    const services = open(tempDir())
    try {
      const health = await services.handlers['archive:integrity']({})
      expect(health).toEqual({ ok: true, problems: [], setAside: null })
      expect(await services.handlers['archive:integrity']({})).toBe(health)
      expect(await services.handlers['archive:integrity']({ recheck: true })).not.toBe(health)
    } finally {
      services.close()
    }
  })
})

describe('automatic backups', () => {
  it('back up a running archive on schedule, once a day', async () => {
    const dir = tempDir()
    const services = open(dir, { firstAfterMs: 0, everyMs: 20 })
    try {
      await until(() => listBackups(dir).length === 1)
      await new Promise((r) => setTimeout(r, 100))
      expect(listBackups(dir)).toEqual([expect.objectContaining({ kind: 'auto' })])
      expect(readdirSync(join(dir, 'backups')).some((n) => n.endsWith('.partial'))).toBe(false)
    } finally {
      services.close()
    }
  })

  it('are off for the command line', () => {
    const dir = tempDir()
    const services = openServices({
      dataDir: dir,
      mode: 'cli',
      version: 'test',
      templatesDir: TEMPLATES
    })
    services.close()
    expect(listBackups(dir)).toEqual([])
  })
})

describe('start-up failures', () => {
  it('says in Chinese what is wrong with the data folder and what to do', async () => {
    const notAFolder = join(tempDir(), 'data')
    writeFileSync(notAFolder, '')
    expect(() => open(notAFolder)).toThrow(/^无法打开数据文件夹“.*”中的档案：.*REPLYDESK_DATA_DIR/)
    const err: string[] = []
    const code = await runCli(['list', '--data-dir', notAFolder], {
      stdout: () => {},
      stderr: (s) => err.push(s)
    })
    expect(code).toBe(1)
    expect(err.join('\n')).toContain('无法打开数据文件夹')
    expect(err.join('\n')).not.toMatch(/ENOTDIR|EEXIST|unable to open/)
  })
})
