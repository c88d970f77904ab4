import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/store/db'
import { DatabaseFromFutureError, latestVersion, migrate } from '../../../electron/store/migrations'
import { searchReplies } from '../../../electron/store/search'
import { tempDir } from '../helpers'

const DRAFT = `INSERT INTO replies (id, status, fields_json, body_json, body_text, created_at, updated_at)
  VALUES ('d1', 'draft', '{"title":"关于村医待遇的答复","proposer":"许国欣代表","kind":"建议","date":"2024-06-01"}',
    '{}', '提高村医补助标准。', '2024-05-01', '2024-05-01')`

function plan(db: Database.Database, sql: string, ...params: unknown[]): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
    .map((r) => r.detail)
    .join('\n')
}

describe('migration 3: archive', () => {
  it('creates the archive tables, the search index and its triggers on a fresh database', () => {
    const db = openDatabase(join(tempDir(), 'fresh.db'))
    const names = (type: string) =>
      db.prepare('SELECT name FROM sqlite_master WHERE type = ?').pluck().all(type) as string[]
    expect(names('table')).toEqual(
      expect.arrayContaining([
        'imports',
        'archive_sources',
        'people',
        'sessions',
        'reply_docs',
        'reply_fts',
        'search_pending'
      ])
    )
    expect(names('trigger')).toEqual(
      expect.arrayContaining([
        'replies_search_insert',
        'replies_search_update',
        'replies_search_delete'
      ])
    )
    db.close()
  })

  it.each([1, 2])('upgrades a version %i database and indexes the drafts it holds', (version) => {
    const file = join(tempDir(), `v${version}.db`)
    const old = new Database(file)
    migrate(old, version)
    old.prepare(DRAFT).run()
    old.close()
    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion())
    expect(
      db.prepare('SELECT reply_id, year, kind, proposer, title FROM reply_docs').get()
    ).toEqual({
      reply_id: 'd1',
      year: 2024,
      kind: '建议',
      proposer: '许国欣代表',
      title: '关于村医待遇的答复'
    })
    expect(searchReplies(db, { query: '村医' }).hits.map((h) => h.id)).toEqual(['d1'])
    expect(searchReplies(db, { query: '补助' }).hits.map((h) => h.id)).toEqual(['d1'])
    db.close()
  })

  it('indexes rows written by a connection that only ran the migrations', () => {
    const file = join(tempDir(), 'raw.db')
    const raw = new Database(file)
    migrate(raw)
    raw.prepare(DRAFT).run()
    raw.close()
    const db = openDatabase(file)
    expect(searchReplies(db, { query: '村医' }).total).toBe(1)
    db.close()
  })

  it('refuses a database written by a newer version and leaves it untouched', () => {
    const file = join(tempDir(), 'future.db')
    const future = new Database(file)
    future.pragma(`user_version = ${latestVersion() + 1}`)
    future.close()
    expect(() => openDatabase(file)).toThrow(DatabaseFromFutureError)
    const after = new Database(file)
    expect(
      after.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'reply_docs'").pluck().get()
    ).toBe(0)
    after.close()
  })

  it('answers the archive lookups from indexes, not table scans', () => {
    const db = openDatabase(join(tempDir(), 'plan.db'))
    expect(plan(db, 'SELECT reply_id FROM archive_sources WHERE content_hash = ?', 'x')).toContain(
      'USING INDEX sqlite_autoindex_archive_sources'
    )
    expect(
      plan(
        db,
        `SELECT reply_id FROM reply_docs WHERE kind = ? AND status IN ('archived') AND leader != ''
         ORDER BY date DESC, year DESC, doc_id DESC LIMIT 1`,
        '建议'
      )
    ).toContain('reply_docs_kind_date')
    expect(plan(db, 'SELECT doc_id FROM reply_docs WHERE reply_id = ?', 'x')).toContain(
      'sqlite_autoindex_reply_docs'
    )
    db.close()
  })
})
