import type Database from 'better-sqlite3'

// Wrong PINs are counted per person, across restarts: a 4-digit PIN must not fall to a script
// that simply tries them all.
export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE pin_attempts (
      name TEXT PRIMARY KEY,
      failures INTEGER NOT NULL,
      blocked_until TEXT NOT NULL
    ) STRICT;
  `)
}
