import Database from 'better-sqlite3'
import { existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { migrate } from './migrations'
import { registerSearchFunctions } from './search-index'

export type DB = Database.Database

export type OpenOptions = {
  /** Data dirs on network shares or redirected profiles cannot use WAL reliably. */
  journal?: 'wal' | 'delete'
}

export function openDatabase(file: string, options: OpenOptions = {}): DB {
  if (file !== ':memory:' && !existsSync(dirname(file)))
    mkdirSync(dirname(file), { recursive: true })
  const db = new Database(file)
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  if (file !== ':memory:') {
    const mode = options.journal ?? (isNetworkPath(file) ? 'delete' : 'wal')
    db.pragma(`journal_mode = ${mode}`)
    db.pragma('synchronous = NORMAL')
  }
  // The search triggers call these on every write to replies.
  registerSearchFunctions(db)
  migrate(db)
  return db
}

/** UNC paths (\\server\share) are the common way a redirected profile shows up on Windows. */
export function isNetworkPath(file: string): boolean {
  return file.startsWith('\\\\') || file.startsWith('//')
}

/** Runs fn in one IMMEDIATE transaction: every write in the app goes through here. */
export function inTransaction<T>(db: DB, fn: () => T): T {
  return db.transaction(fn).immediate()
}
