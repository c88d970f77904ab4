import { accessSync, constants, existsSync, renameSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { openDatabase, openReadOnlyDatabase, type DB } from './db'
import { recordSetAside } from './set-aside-log'

// A database file SQLite cannot read at all would stop the app before any window could offer a
// way out. Such a file is set aside under a new name, never deleted, and the app starts on an
// empty archive from which the user restores a backup.

const DAMAGED = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB'])

/**
 * readOnly: the folder or the file cannot be written, so the archive was opened for reading and
 * db refuses every write (inTransaction) with a Chinese message.
 */
export type OpenedStore = { db: DB; setAside: string | null; readOnly: boolean }

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
}

const BUSY_TRIES = 3

/** Another process holding the archive for a moment (a backup, a CLI run) is waited out. */
function openWhenFree(file: string): DB {
  for (let attempt = 1; ; attempt++) {
    try {
      return openDatabase(file)
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_BUSY' || attempt >= BUSY_TRIES) throw e
    }
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK)
    return true
  } catch {
    return false
  }
}

/** A folder on a read-only share, a CD or with its permissions taken away still shows its replies. */
export function canWriteStore(file: string): boolean {
  return writable(dirname(file)) && (!existsSync(file) || writable(file))
}

export function openStore(file: string, now = new Date()): OpenedStore {
  if (existsSync(file) && !canWriteStore(file)) {
    // Writes are refused by inTransaction before they reach SQLite; the type says otherwise only
    // because every service takes the one context connection.
    return { db: openReadOnlyDatabase(file) as DB, setAside: null, readOnly: true }
  }
  try {
    return { db: openWhenFree(file), setAside: null, readOnly: false }
  } catch (e) {
    if (!DAMAGED.has((e as { code?: string }).code ?? '')) throw e
    const aside = join(dirname(file), `${basename(file, '.db')}-damaged-${stamp(now)}.db`)
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix)
    }
    recordSetAside(dirname(file), { path: aside, at: now.toISOString() })
    return { db: openDatabase(file), setAside: aside, readOnly: false }
  }
}
