import Database from 'better-sqlite3'
import { chmodSync, existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { pathToFileURL } from 'node:url'
import { AppFailure, READ_ONLY_MESSAGE } from '../domain/failure'
import { DatabaseFromFutureError, latestVersion, migrate } from './migrations'
import { flushSearchIndex, searchIndexPending } from './search-sync'

// better-sqlite3 reads this once, when its first connection opens: openReadOnlyDatabase needs a URI
// filename to open an archive in a folder nobody may write to (see there). Our own file names are
// absolute paths, which SQLite reads the same way with URIs on.
process.env.SQLITE_USE_URI ??= '1'

declare const writable: unique symbol

/** A connection that may only be read: searches, lists, exports. */
export type ReadDb = Database.Database
/** A connection the app writes through (inTransaction); a ReadDb is not one. */
export type WriteDb = Database.Database & { readonly [writable]: true }
export type DB = WriteDb

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

export function openDatabase(file: string, options: OpenOptions = {}): WriteDb {
  if (file !== ':memory:') {
    if (!existsSync(dirname(file))) mkdirSync(dirname(file), { recursive: true, mode: 0o700 })
    refuseNewer(file)
  }
  const db = new Database(file) as WriteDb
  try {
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    if (file !== ':memory:') {
      const mode = options.journal ?? (isNetworkPath(file) ? 'delete' : 'wal')
      db.pragma(`journal_mode = ${mode}`)
      db.pragma('synchronous = NORMAL')
      makePrivate(file)
    }
    upgradeArchive(db)
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

/**
 * Brings an archive to this version's schema and its search index up to date: replies another
 * SQLite tool wrote, or an older version queued, are indexed now (inTransaction flushes the queue).
 */
export function upgradeArchive(db: WriteDb): void {
  migrate(db)
  if (searchIndexPending(db)) inTransaction(db, () => undefined)
}

/**
 * Opens an archive this user may read but not write (a read-only folder or file). It must already
 * be at this app's version: upgrading it would be a write.
 */
export function openReadOnlyDatabase(file: string): ReadDb {
  const db = openForReading(file)
  try {
    const version = db.pragma('user_version', { simple: true }) as number
    if (version > latestVersion()) throw new DatabaseFromFutureError(version, latestVersion())
    if (version < latestVersion()) {
      throw new AppFailure(
        'read-only',
        '档案需要升级到本程序的版本，但数据文件夹只读，无法升级。请检查数据文件夹的权限后重新启动。'
      )
    }
  } catch (e) {
    db.close()
    throw e
  }
  return db
}

/**
 * Reading a WAL archive needs its -shm file, which SQLite cannot create in a read-only folder. When
 * the last writer closed cleanly (no -wal left) the file alone is complete, and `immutable` tells
 * SQLite to read it without one.
 */
function openForReading(file: string): ReadDb {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    db.pragma('user_version', { simple: true })
    return db
  } catch (e) {
    db.close()
    const code = (e as { code?: string }).code ?? ''
    if (existsSync(file + '-wal') || !/^SQLITE_(READONLY|CANTOPEN)/.test(code)) throw e
  }
  return new Database(`${pathToFileURL(file).href}?immutable=1`, {
    readonly: true,
    fileMustExist: true
  })
}

/**
 * Runs fn in one IMMEDIATE transaction: every write in the app goes through here. Before the
 * outermost one commits, the search index takes in what fn wrote (search-sync.ts).
 */
export function inTransaction<T>(db: WriteDb, fn: () => T): T {
  if (db.readonly) throw new AppFailure('read-only', READ_ONLY_MESSAGE)
  if (db.inTransaction) return db.transaction(fn).immediate()
  return db
    .transaction(() => {
      const result = fn()
      flushSearchIndex(db)
      return result
    })
    .immediate()
}
