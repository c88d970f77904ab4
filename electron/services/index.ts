import { accessSync, chmodSync, constants, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Handlers } from '../contract'
import { warmImportWorker } from '../import/worker-reader'
import { openStore } from '../store/open-store'
import { startupError } from '../store/open-errors'
import { appHandlers } from './app-service'
import {
  archiveHealth,
  DEFAULT_SCHEDULE,
  scheduleBackups,
  type BackupSchedule
} from './archive-health'
import { archiveHandlers } from './archive-service'
import type { ServiceContext } from './context'
import { draftsHandlers } from './drafts/drafts-service'
import { itemsHandlers } from './items/items-service'
import { profileHandlers } from './profile-service'
import { proofreadHandlers } from './proofread-service'
import { reviewHandlers } from './review/review-service'

export type { ServiceContext } from './context'

export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    ...appHandlers(ctx),
    ...archiveHandlers(ctx),
    ...draftsHandlers(ctx),
    ...itemsHandlers(ctx),
    ...profileHandlers(ctx),
    ...proofreadHandlers(ctx),
    ...reviewHandlers(ctx)
  }
}

export type OpenServicesOptions = Omit<
  ServiceContext,
  'db' | 'now' | 'health' | 'readOnly' | 'session'
> & {
  now?: () => Date
  /** automatic backups; off for the CLI, whose runs are too short to need them */
  backups?: BackupSchedule | false
}

export type OpenedServices = { ctx: ServiceContext; handlers: Handlers; close: () => void }

export const DATABASE_FILE = 'replydesk.db'

/**
 * The data folder holds replies, names and PIN hashes: this user's alone (0700). One the user may
 * not write is left as it is (the archive then opens read-only), never made writable.
 */
function privateFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  try {
    accessSync(dir, constants.W_OK)
  } catch {
    return
  }
  if (process.platform !== 'win32') chmodSync(dir, 0o700)
}

export function openServices({ backups, ...options }: OpenServicesOptions): OpenedServices {
  const now = options.now ?? (() => new Date())
  let opened: ReturnType<typeof openStore>
  try {
    privateFolder(options.dataDir)
    opened = openStore(join(options.dataDir, DATABASE_FILE), now())
  } catch (e) {
    throw startupError(e, options.dataDir)
  }
  const { db, readOnly } = opened
  const ctx: ServiceContext = {
    ...options,
    db,
    readOnly,
    now,
    health: archiveHealth({ db, dataDir: options.dataDir }),
    session: { person: null }
  }
  const schedule = readOnly
    ? false
    : (backups ?? (options.mode === 'cli' ? false : DEFAULT_SCHEDULE))
  const stopBackups = schedule ? scheduleBackups(ctx, schedule, console.error) : () => {}
  // A browser window's first import should not wait for the reading worker to start.
  if (options.mode === 'browser') warmImportWorker()
  return {
    ctx,
    handlers: createHandlers(ctx),
    close: () => {
      stopBackups()
      db.close()
    }
  }
}
