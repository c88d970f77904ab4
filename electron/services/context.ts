import type { KeyObject } from 'node:crypto'
import type { DB } from '../store/db'
import type { ArchiveHealth } from '../contract/archive'

export type ServiceContext = {
  /** read-only when readOnly is set: every write through inTransaction is refused */
  db: DB
  /** the data folder or the archive file cannot be written (the window shows a banner) */
  readOnly: boolean
  dataDir: string
  mode: 'electron' | 'browser' | 'cli'
  version: string
  /** Folder holding templates/*.json and templates/profiles/*.json. */
  templatesDir: string
  /** Injected so tests can pin "today" and "now". */
  now: () => Date
  /** the start-up integrity check, run once on first use */
  health: HealthCheck
  /** who the review screens act as (我是), and the signing key their PIN unlocked, until restart */
  session: { person: SignedIn | null }
  /** where LibreOffice is (for PDF export); injected so tests can run without it */
  soffice?: () => string | null
}

export type SignedIn = { name: string; key: KeyObject | null }

export type HealthCheck = {
  /** the report, from the first check unless recheck asks for a new, full one */
  report: (recheck: boolean) => ArchiveHealth
  /** after a restore: the set-aside file is no longer news, and the archive is checked again */
  restored: () => ArchiveHealth
  /** the user has read about the set-aside files: not shown again */
  dismissed: () => ArchiveHealth
}
