import type Database from 'better-sqlite3'

// A number a reply gave up (it took another) was deleted, so the register could not say it had
// ever been given out. It is kept now as 'released': listed with the reply that held it, and free
// to be given out again. SQLite cannot change a CHECK in place, so the table is rebuilt.
export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE doc_numbers_new (
      prefix TEXT NOT NULL,
      year INTEGER NOT NULL,
      number INTEGER NOT NULL CHECK (number > 0),
      status TEXT NOT NULL CHECK (status IN ('allocated', 'reserved', 'void', 'released')),
      reply_id TEXT REFERENCES replies(id) ON DELETE SET NULL,
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (prefix, year, number)
    ) STRICT;
    INSERT INTO doc_numbers_new
      SELECT prefix, year, number, status, reply_id, note, created_at, updated_at FROM doc_numbers;
    DROP TABLE doc_numbers;
    ALTER TABLE doc_numbers_new RENAME TO doc_numbers;
    CREATE INDEX doc_numbers_reply ON doc_numbers(reply_id);
  `)
}
