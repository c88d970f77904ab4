import type { DB } from '../archive/db'

export type ServiceContext = {
  db: DB
  dataDir: string
  mode: 'electron' | 'browser' | 'cli'
  version: string
  /** Folder holding templates/*.json and templates/profiles/*.json. */
  templatesDir: string
  /** Injected so tests can pin "today" and "now". */
  now: () => Date
}
