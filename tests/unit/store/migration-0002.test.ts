import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/store/db'
import { migrate } from '../../../electron/store/migrations'
import { tempDir } from '../helpers'

describe('migration 2: profile and 文号 register', () => {
  it('upgrades a version 1 database and keeps its replies', () => {
    const file = join(tempDir(), 'v1.db')
    const old = new Database(file)
    migrate(old, 1)
    old
      .prepare(
        `INSERT INTO replies (id, status, fields_json, body_json, created_at, updated_at)
       VALUES ('r1', 'draft', '{"proposer":"许国欣"}', '{}', '2025-01-01', '2025-01-01')`
      )
      .run()
    expect(migrate(old, 2)).toBe(2)
    expect(old.prepare('SELECT id FROM replies').all()).toEqual([{ id: 'r1' }])
    expect(old.prepare('SELECT COUNT(*) AS n FROM doc_numbers').get()).toEqual({ n: 0 })
    old.close()

    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(2)
    expect(db.prepare("SELECT fields_json FROM replies WHERE id = 'r1'").get()).toEqual({
      fields_json: '{"proposer":"许国欣"}'
    })
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
      name: string
    }[]
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['profile', 'doc_numbers']))
    db.close()
  })

  it('enforces one row per 代字, year and number, valid statuses and a single profile', () => {
    const db = openDatabase(join(tempDir(), 'v2.db'))
    const insert = db.prepare(
      `INSERT INTO doc_numbers (prefix, year, number, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'now', 'now')`
    )
    insert.run('渌卫复', 2025, 1, 'reserved')
    expect(() => insert.run('渌卫复', 2025, 1, 'allocated')).toThrow(/UNIQUE|PRIMARY KEY/)
    expect(() => insert.run('渌卫复', 2025, 2, 'lost')).toThrow(/CHECK/)
    expect(() => insert.run('渌卫复', 2025, 0, 'void')).toThrow(/CHECK/)
    expect(() =>
      db.prepare("INSERT INTO profile (id, json, updated_at) VALUES (2, '{}', 'now')").run()
    ).toThrow(/CHECK/)
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT * FROM doc_numbers WHERE reply_id = 'r1' AND status = 'allocated'"
      )
      .all() as { detail: string }[]
    expect(plan.map((p) => p.detail).join(' ')).toContain('doc_numbers_reply')
    db.close()
  })
})
