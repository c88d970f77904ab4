import type Database from 'better-sqlite3'

// The bureau profile is one JSON document (validated by the domain schema on save and on import).
// The 文号 register keeps every number ever given out: void numbers stay, so they are never reissued.
export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE profile (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      json TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE doc_numbers (
      prefix TEXT NOT NULL,
      year INTEGER NOT NULL,
      number INTEGER NOT NULL CHECK (number > 0),
      status TEXT NOT NULL CHECK (status IN ('allocated', 'reserved', 'void')),
      reply_id TEXT REFERENCES replies(id) ON DELETE SET NULL,
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (prefix, year, number)
    ) STRICT;
    CREATE INDEX doc_numbers_reply ON doc_numbers(reply_id);
  `)
}
