import type Database from 'better-sqlite3'

export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE replies (
      id TEXT PRIMARY KEY,
      status TEXT NOT NULL DEFAULT 'draft',
      fields_json TEXT NOT NULL,
      body_json TEXT NOT NULL,
      body_text TEXT NOT NULL DEFAULT '',
      template_id TEXT NOT NULL DEFAULT '',
      revision INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX replies_updated ON replies(updated_at DESC);
  `)
}
