import Database from 'better-sqlite3'
import { chmodSync, existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { DatabaseFromFutureError, latestVersion, migrate } from './migrations'
import { registerSearchFunctions } from './search-index'

export type DB = Database.Database

export type OpenOptions = {
  /** Data dirs on network shares or redirected profiles cannot use WAL reliably. */
  journal?: 'wal' | 'delete'
}

/** A database from a newer version of the app is refused before anything is written to it. */
function refuseNewer(file: string): void {
  if (!existsSync(file)) return
  const peek = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const version = peek.pragma('user_version', { simple: true }) as number
    if (version > latestVersion()) throw new DatabaseFromFutureError(version, latestVersion())
  } finally {
    peek.close()
  }
}

/** Replies, names and PIN hashes are this user's alone: owner-only on systems with modes. */
function makePrivate(file: string): void {
  if (process.platform === 'win32') return
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(file + suffix)) chmodSync(file + suffix, 0o600)
  }
}

export function openDatabase(file: string, options: OpenOptions = {}): DB {
  if (file !== ':memory:') {
    if (!existsSync(dirname(file))) mkdirSync(dirname(file), { recursive: true, mode: 0o700 })
    refuseNewer(file)
  }
  const db = new Database(file)
  try {
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    if (file !== ':memory:') {
      const mode = options.journal ?? (isNetworkPath(file) ? 'delete' : 'wal')
      db.pragma(`journal_mode = ${mode}`)
      db.pragma('synchronous = NORMAL')
      makePrivate(file)
    }
    // The search triggers call these on every write to replies.
    registerSearchFunctions(db)
    migrate(db)
  } catch (e) {
    // A connection left open would hold the file (and its lock) for the life of the process.
    db.close()
    throw e
  }
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
