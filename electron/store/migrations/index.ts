import type Database from 'better-sqlite3'
import { AppFailure } from '../../domain/failure'
import { up as drafts } from './0001-drafts'
import { up as profileRegister } from './0002-profile-register'
import { up as archive } from './0003-archive'
import { up as review } from './0004-review'
import { up as items } from './0005-items'
import { up as pinAttempts } from './0006-pin-attempts'
import { up as signingKeys } from './0007-signing-keys'
import { up as searchSql } from './0008-search-sql'
import { up as itemOpinions } from './0009-item-opinions'
import { up as releasedDocNumbers } from './0010-released-doc-numbers'

export type Migration = { version: number; name: string; up: (db: Database.Database) => void }

// Append-only: never edit or reorder a migration that has shipped; add a new one.
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'drafts', up: drafts },
  { version: 2, name: 'profile-register', up: profileRegister },
  { version: 3, name: 'archive', up: archive },
  { version: 4, name: 'review', up: review },
  { version: 5, name: 'items', up: items },
  { version: 6, name: 'pin-attempts', up: pinAttempts },
  { version: 7, name: 'signing-keys', up: signingKeys },
  { version: 8, name: 'search-sql', up: searchSql },
  { version: 9, name: 'item-opinions', up: itemOpinions },
  { version: 10, name: 'released-doc-numbers', up: releasedDocNumbers }
]

/** An AppFailure, so every transport reports it as db-from-future without knowing the store. */
export class DatabaseFromFutureError extends AppFailure {
  constructor(
    readonly dbVersion: number,
    readonly appVersion: number
  ) {
    super(
      'db-from-future',
      `数据库版本（${dbVersion}）比本程序支持的版本（${appVersion}）新，请升级本程序后再打开，数据未作任何修改。`
    )
  }
}

export function latestVersion(): number {
  return MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0
}

export function migrate(db: Database.Database, target = latestVersion()): number {
  assertMonotonic()
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > latestVersion()) throw new DatabaseFromFutureError(current, latestVersion())
  const pending = MIGRATIONS.filter((m) => m.version > current && m.version <= target)
  if (pending.length === 0) return current
  // One transaction for the whole upgrade: a crash half-way leaves the old schema intact.
  db.transaction(() => {
    for (const m of pending) {
      m.up(db)
      db.pragma(`user_version = ${m.version}`)
    }
  }).immediate()
  return target
}

function assertMonotonic(): void {
  MIGRATIONS.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`)
  })
}
