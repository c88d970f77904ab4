import type Database from 'better-sqlite3'

// Sign-off by signature: each signer's private key sealed under their PIN, and the approval's
// signature on the version it signed.
export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE signing_keys (
      name TEXT PRIMARY KEY,
      public_key TEXT NOT NULL,
      salt TEXT NOT NULL,
      iv TEXT NOT NULL,
      tag TEXT NOT NULL,
      sealed TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    ALTER TABLE review_versions ADD COLUMN signature TEXT NOT NULL DEFAULT '';
  `)
}
