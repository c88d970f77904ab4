import { join } from 'node:path'
import type { Handlers } from '../contract'
import { openDatabase } from '../archive/db'
import { appHandlers } from './app-service'
import { archiveHandlers } from './archive-service'
import type { ServiceContext } from './context'
import { draftsHandlers } from './drafts-service'
import { profileHandlers } from './profile-service'
import { proofreadHandlers } from './proofread-service'
import { reviewHandlers } from './review-service'

export type { ServiceContext } from './context'

export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    ...appHandlers(ctx),
    ...archiveHandlers(ctx),
    ...draftsHandlers(ctx),
    ...profileHandlers(ctx),
    ...proofreadHandlers(ctx),
    ...reviewHandlers(ctx)
  }
}

export type OpenServicesOptions = Omit<ServiceContext, 'db' | 'now'> & { now?: () => Date }

export type OpenedServices = { ctx: ServiceContext; handlers: Handlers; close: () => void }

export const DATABASE_FILE = 'replydesk.db'

export function openServices(options: OpenServicesOptions): OpenedServices {
  const db = openDatabase(join(options.dataDir, DATABASE_FILE))
  const ctx: ServiceContext = { ...options, db, now: options.now ?? (() => new Date()) }
  return { ctx, handlers: createHandlers(ctx), close: () => db.close() }
}
