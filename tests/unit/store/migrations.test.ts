import Database from 'better-sqlite3'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/store/db'
import {
  DatabaseFromFutureError,
  MIGRATIONS,
  latestVersion,
  migrate
} from '../../../electron/store/migrations'
import { DATABASE_FILE, openServices } from '../../../electron/services'
import { tempDir } from '../helpers'

const TEMPLATES = join(__dirname, '..', '..', '..', 'templates')

describe('migrations', () => {
  it('creates a fresh database at the latest version in WAL mode', () => {
    const db = openDatabase(join(tempDir(), 'a.db'))
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion())
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
  })

  it('upgrades from every earlier version and keeps existing rows', () => {
    for (const start of MIGRATIONS.map((m) => m.version)) {
      const file = join(tempDir(), `v${start}.db`)
      const db = new Database(file)
      migrate(db, start)
      expect(db.pragma('user_version', { simple: true })).toBe(start)
      db.prepare(
        `INSERT INTO replies (id, status, fields_json, body_json, created_at, updated_at)
         VALUES ('r1', 'draft', '{}', '{}', '2025-01-01', '2025-01-01')`
      ).run()
      db.close()
      const upgraded = openDatabase(file)
      expect(upgraded.pragma('user_version', { simple: true })).toBe(latestVersion())
      expect(upgraded.prepare("SELECT id FROM replies WHERE id = 'r1'").get()).toEqual({ id: 'r1' })
      upgraded.close()
    }
  })

  it('refuses a database written by a newer version of the app, untouched', () => {
    const file = join(tempDir(), 'future.db')
    const db = new Database(file)
    db.pragma(`user_version = ${latestVersion() + 1}`)
    db.close()
    const before = readFileSync(file)
    expect(() => openDatabase(file)).toThrow(DatabaseFromFutureError)
    // Not even the journal mode (WAL is written into the file's header) was changed.
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(existsSync(`${file}-wal`)).toBe(false)
    const after = new Database(file)
    expect(after.pragma('user_version', { simple: true })).toBe(latestVersion() + 1)
    after.close()
  })

  it('keeps the data folder and the database private to the user (0700 / 0600)', () => {
    if (process.platform === 'win32') return
    const dataDir = join(tempDir(), 'data')
    openServices({ dataDir, mode: 'cli', version: '0', templatesDir: TEMPLATES }).close()
    expect(statSync(dataDir).mode & 0o777).toBe(0o700)
    expect(statSync(join(dataDir, DATABASE_FILE)).mode & 0o777).toBe(0o600)
  })

  it('numbers migrations 1..n', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1))
  })
})
