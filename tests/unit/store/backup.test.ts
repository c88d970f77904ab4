import Database from 'better-sqlite3'
import { closeSync, mkdirSync, openSync, readdirSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  BACKUP_DIR,
  KEEP_DAILY,
  KEEP_LATEST,
  backupIfDue,
  createBackup,
  listBackups,
  restoreBackup
} from '../../../electron/store/backup'
import { openDatabase, type DB } from '../../../electron/store/db'
import { integrityCheck, rebuildSearchIndex } from '../../../electron/store/integrity'
import { latestVersion } from '../../../electron/store/migrations'
import { searchReplies } from '../../../electron/store/search'
import { AppFailure } from '../../../electron/contract/result'
import { importSeeds, openTestDb } from '../import/archive-fixtures'

function replyCount(db: DB): number {
  return db.prepare('SELECT count(*) FROM replies').pluck().get() as number
}

async function rejection(p: Promise<unknown>): Promise<AppFailure> {
  const e: unknown = await p.then(
    () => null,
    (error: unknown) => error
  )
  expect(e).toBeInstanceOf(AppFailure)
  return e as AppFailure
}

describe('backups', () => {
  it('copies the open archive and restores it in place, saving the current state first', async () => {
    const { db, dir } = openTestDb()
    await importSeeds(db)
    const backup = await createBackup(db, dir, 'manual', new Date(2026, 2, 1, 9, 30, 0))
    expect(backup).toMatchObject({ name: 'replydesk-20260301-093000-manual.db', kind: 'manual' })
    expect(backup.bytes).toBeGreaterThan(0)

    db.prepare('DELETE FROM replies').run()
    expect(searchReplies(db, { query: '医共体' }).total).toBe(0)

    const result = await restoreBackup(db, dir, backup.name, new Date(2026, 2, 1, 10, 0, 0))
    expect(result.restored).toBe(backup.name)
    expect(result.saved.kind).toBe('before-restore')
    expect(replyCount(db)).toBe(3)
    expect(searchReplies(db, { query: '医共体' }).total).toBe(3)
    expect(integrityCheck(db, { searchIndex: true })).toEqual({ ok: true, problems: [] })

    const undo = await restoreBackup(db, dir, result.saved.name)
    expect(undo.restored).toBe(result.saved.name)
    expect(replyCount(db)).toBe(0)
  })

  it('keeps the newest backups and one a day, deleting the rest', async () => {
    const { db, dir } = openTestDb()
    for (let day = 1; day <= 12; day++) {
      for (const hour of [9, 15]) await createBackup(db, dir, 'auto', new Date(2026, 0, day, hour))
    }
    const kept = listBackups(dir)
    const days = new Set(kept.map((b) => new Date(b.created_at).getDate()))
    expect(kept.length).toBeLessThanOrEqual(KEEP_LATEST + KEEP_DAILY)
    expect(kept[0]!.created_at).toBe(new Date(2026, 0, 12, 15).toISOString())
    expect(kept.slice(0, KEEP_LATEST).map((b) => b.created_at)).toEqual(
      Array.from({ length: KEEP_LATEST }, (_, i) =>
        new Date(2026, 0, 12 - Math.floor(i / 2), i % 2 ? 9 : 15).toISOString()
      )
    )
    expect(days.size).toBe(KEEP_DAILY)
    expect(readdirSync(join(dir, BACKUP_DIR)).filter((f) => f.endsWith('.partial'))).toEqual([])
  })

  it('makes the daily backup only when the newest one is a day old', async () => {
    const { db, dir } = openTestDb()
    expect(await backupIfDue(db, dir, new Date(2026, 0, 1, 8))).not.toBeNull()
    expect(await backupIfDue(db, dir, new Date(2026, 0, 1, 20))).toBeNull()
    expect((await backupIfDue(db, dir, new Date(2026, 0, 2, 9)))?.kind).toBe('auto')
  })

  it('refuses unknown names, damaged files and backups from a newer version', async () => {
    const { db, dir } = openTestDb()
    expect((await rejection(restoreBackup(db, dir, '../replydesk.db'))).code).toBe('not-found')

    const future = await createBackup(db, dir, 'manual', new Date(2026, 0, 1))
    const copy = new Database(join(dir, BACKUP_DIR, future.name))
    copy.pragma(`user_version = ${latestVersion() + 1}`)
    copy.close()
    const refused = await rejection(restoreBackup(db, dir, future.name))
    expect(refused.code).toBe('db-from-future')
    expect(refused.message).toContain('更新版本')

    const damaged = await createBackup(db, dir, 'manual', new Date(2026, 0, 2))
    const path = join(dir, BACKUP_DIR, damaged.name)
    const fd = openSync(path, 'r+')
    writeSync(fd, Buffer.alloc(statSync(path).size - 4096, 0x5a), 0, undefined, 4096)
    closeSync(fd)
    expect((await rejection(restoreBackup(db, dir, damaged.name))).message).toContain('损坏')
    expect(replyCount(db)).toBe(0)
  })
})

describe('integrityCheck', () => {
  it('passes a healthy archive', async () => {
    const { db } = openTestDb()
    await importSeeds(db)
    expect(integrityCheck(db)).toEqual({ ok: true, problems: [] })
    expect(integrityCheck(db, { quick: true, searchIndex: true }).ok).toBe(true)
  })

  it('reports a damaged file in Chinese', async () => {
    const { db, file } = openTestDb()
    await importSeeds(db)
    db.pragma('wal_checkpoint(TRUNCATE)')
    db.close()
    const fd = openSync(file, 'r+')
    writeSync(fd, Buffer.alloc(8192, 0xa5), 0, undefined, 3 * 4096)
    closeSync(fd)
    const damaged = new Database(file)
    const report = integrityCheck(damaged)
    damaged.close()
    expect(report.ok).toBe(false)
    expect(report.problems[0]).toMatch(/^数据库文件/)
  })

  it('rebuilds the search index from the replies', async () => {
    const { db } = openTestDb()
    await importSeeds(db)
    db.exec("INSERT INTO reply_fts (reply_fts) VALUES ('delete-all')")
    expect(searchReplies(db, { query: '医共体' }).total).toBe(0)
    expect(rebuildSearchIndex(db)).toBe(3)
    expect(searchReplies(db, { query: '医共体' }).total).toBe(3)
  })
})

describe('openDatabase after a restore from an older backup', () => {
  it('upgrades the restored data to the current schema', async () => {
    const { db, dir } = openTestDb()
    const old = new Database(join(dir, 'old.db'))
    old.exec(`CREATE TABLE replies (
      id TEXT PRIMARY KEY, status TEXT NOT NULL DEFAULT 'draft', fields_json TEXT NOT NULL,
      body_json TEXT NOT NULL, body_text TEXT NOT NULL DEFAULT '', template_id TEXT NOT NULL DEFAULT '',
      revision INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, updated_at TEXT NOT NULL) STRICT;
      CREATE INDEX replies_updated ON replies(updated_at DESC);
      INSERT INTO replies (id, fields_json, body_json, body_text, created_at, updated_at)
      VALUES ('old', '{"title":"关于村医养老的答复"}', '{}', '村医养老保险。', '2024-01-01', '2024-01-01');
      PRAGMA user_version = 1;`)
    mkdirSync(join(dir, BACKUP_DIR))
    await old.backup(join(dir, BACKUP_DIR, 'replydesk-20240101-080000-manual.db'))
    old.close()
    await restoreBackup(db, dir, 'replydesk-20240101-080000-manual.db')
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion())
    expect(searchReplies(db, { query: '村医' }).hits.map((h) => h.id)).toEqual(['old'])
    db.close()
    expect(openDatabase(join(dir, 'replydesk.db')).pragma('user_version', { simple: true })).toBe(
      latestVersion()
    )
  })
})
