import type Database from 'better-sqlite3'

// 协办意见 received from co-units or sent to the lead unit. An attached letter is kept as the
// text the importer read from it, so the opinion can be read and searched without the file.
export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE item_opinions (
      id TEXT PRIMARY KEY,
      item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      direction TEXT NOT NULL,
      unit TEXT NOT NULL,
      date TEXT NOT NULL,
      doc_number TEXT NOT NULL DEFAULT '',
      summary TEXT NOT NULL DEFAULT '',
      file_name TEXT NOT NULL DEFAULT '',
      file_text TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX item_opinions_item ON item_opinions(item_id, date);
  `)
}
