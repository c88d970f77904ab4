import type { DB } from '../archive/db'
import type { HealthCheck } from './archive-health'

export type ServiceContext = {
  db: DB
  dataDir: string
  mode: 'electron' | 'browser' | 'cli'
  version: string
  /** Folder holding templates/*.json and templates/profiles/*.json. */
  templatesDir: string
  /** Injected so tests can pin "today" and "now". */
  now: () => Date
  /** the start-up integrity check, run once on first use */
  health: HealthCheck
  /** where LibreOffice is (for PDF export); injected so tests can run without it */
  soffice?: () => string | null
}
