import Database from 'better-sqlite3'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync
} from 'node:fs'
import { join } from 'node:path'
import type { BackupInfo } from '../contract/archive'
import { AppFailure } from '../domain/failure'
import { upgradeArchive, type DB } from './db'
import { isDiskFull } from './disk-full'
import { latestVersion } from './migrations'

// Backups use SQLite's online backup API, so they are consistent while the app keeps writing, and
// restoring copies a backup back into the open database the same way: the app keeps its
// connection, nothing has to be closed or reopened, and a failed restore leaves the archive as it
// was. Every restore first saves the current archive as a backup of its own.

export const BACKUP_DIR = 'backups'
const NAME = /^replydesk-(\d{8})-(\d{6})-(auto|manual|before-restore)\.db$/
export const KEEP_LATEST = 10
export const KEEP_DAILY = 7

export type BackupKind = BackupInfo['kind']

function stamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const day = `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`
  return `${day}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
}

// The name carries the PC's local time (what the folder shows); created_at is that moment as a UTC
// instant, like every other time the app hands out, so each reader shows it in its own zone.
function info(dir: string, name: string): BackupInfo | null {
  const m = NAME.exec(name)
  if (!m) return null
  const [d, t] = [m[1]!, m[2]!]
  const n = (text: string, from: number) => Number(text.slice(from, from + 2))
  const year = Number(d.slice(0, 4))
  const created = new Date(year, n(d, 4) - 1, n(d, 6), n(t, 0), n(t, 2), n(t, 4))
  return {
    name,
    kind: m[3] as BackupKind,
    created_at: created.toISOString(),
    bytes: statSync(join(dir, name)).size
  }
}

/** Newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = join(dataDir, BACKUP_DIR)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .map((name) => info(dir, name))
    .filter((b): b is BackupInfo => b !== null)
    .sort((a, b) => b.name.slice(10, 25).localeCompare(a.name.slice(10, 25)))
}

export async function createBackup(
  db: DB,
  dataDir: string,
  kind: BackupKind,
  now = new Date()
): Promise<BackupInfo> {
  const dir = join(dataDir, BACKUP_DIR)
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  let name = `replydesk-${stamp(now)}-${kind}.db`
  for (let n = 1; existsSync(join(dir, name)); n++) {
    name = `replydesk-${stamp(new Date(now.getTime() + n * 1000))}-${kind}.db`
  }
  // Written under a temporary name and renamed when complete: a backup cut short by a full disk
  // or a crash is never listed as one.
  const partial = join(dir, `${name}.partial`)
  try {
    await db.backup(partial)
    const copy = new Database(partial)
    copy.pragma('journal_mode = DELETE')
    copy.close()
    renameSync(partial, join(dir, name))
    if (process.platform !== 'win32') chmodSync(join(dir, name), 0o600)
  } catch (e) {
    rmSync(partial, { force: true })
    if (isDiskFull(e)) {
      throw new AppFailure(
        'disk-full',
        '磁盘空间不足，备份没有完成，档案本身未受影响。请清理磁盘后再备份。'
      )
    }
    throw new AppFailure('io', `备份没有完成，档案本身未受影响：${(e as Error).message}`)
  }
  rotateBackups(dataDir)
  return info(dir, name)!
}

/**
 * Keeps the KEEP_LATEST newest backups and the newest one of each of the last KEEP_DAILY days
 * that have one; returns the names removed.
 */
export function rotateBackups(dataDir: string): string[] {
  const all = listBackups(dataDir)
  const keep = new Set(all.slice(0, KEEP_LATEST).map((b) => b.name))
  const days = new Set<string>()
  for (const b of all) {
    // the local day, as in the file name
    const day = b.name.slice(10, 18)
    if (days.size >= KEEP_DAILY && !days.has(day)) break
    if (!days.has(day)) keep.add(b.name)
    days.add(day)
  }
  const removed = all.filter((b) => !keep.has(b.name)).map((b) => b.name)
  for (const name of removed) rmSync(join(dataDir, BACKUP_DIR, name), { force: true })
  return removed
}

/** The daily automatic backup: made when the newest backup is older than a day. */
export async function backupIfDue(
  db: DB,
  dataDir: string,
  now = new Date()
): Promise<BackupInfo | null> {
  const newest = listBackups(dataDir)[0]
  const age = newest ? now.getTime() - new Date(newest.created_at).getTime() : Infinity
  return age >= 24 * 3600 * 1000 ? createBackup(db, dataDir, 'auto', now) : null
}

function openBackup(path: string): Database.Database {
  try {
    const source = new Database(path, { readonly: true, fileMustExist: true })
    const version = source.pragma('user_version', { simple: true }) as number
    if (version > latestVersion()) {
      source.close()
      throw new AppFailure('db-from-future', '这个备份由更新版本的程序创建，请先升级本程序再恢复。')
    }
    const check = source.pragma('quick_check', { simple: true })
    if (check !== 'ok') {
      source.close()
      throw new AppFailure('io', '这个备份文件已损坏，无法恢复，请选择其他备份。')
    }
    return source
  } catch (e) {
    if (e instanceof AppFailure) throw e
    throw new AppFailure('io', '无法打开这个备份文件，它可能已损坏，请选择其他备份。')
  }
}

/**
 * Replaces the archive's content with the backup `name`, in place, through the open connection's
 * file. The current archive is saved first (kind before-restore), and the restored data is
 * upgraded to this version's schema if it came from an older one.
 */
export async function restoreBackup(
  db: DB,
  dataDir: string,
  name: string,
  now = new Date()
): Promise<{ restored: string; saved: BackupInfo }> {
  if (!listBackups(dataDir).some((b) => b.name === name)) {
    throw new AppFailure('not-found', `找不到备份“${name}”，请刷新备份列表后再选择。`)
  }
  const source = openBackup(join(dataDir, BACKUP_DIR, name))
  try {
    const saved = await createBackup(db, dataDir, 'before-restore', now)
    await source.backup(db.name)
    upgradeArchive(db)
    return { restored: name, saved }
  } catch (e) {
    if (e instanceof AppFailure) throw e
    if (isDiskFull(e)) {
      throw new AppFailure('disk-full', '磁盘空间不足，恢复没有完成。请清理磁盘后再试。')
    }
    throw new AppFailure('io', `恢复没有完成：${(e as Error).message}`)
  } finally {
    source.close()
  }
}
