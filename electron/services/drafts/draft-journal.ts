import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { UnsavedEdits } from '../../contract/drafts'
import type { ServiceContext } from '../context'

// The crash journal lives in the data folder, not in the window: in browser mode each start has
// a new port and so a new localStorage, and the next start must still find the edits.

function journalFile(ctx: ServiceContext, id: string): string {
  return join(ctx.dataDir, 'journal', `${id.replace(/[^A-Za-z0-9-]/g, '_')}.json`)
}

/** Replaces the reply's journal (written whole, then renamed into place); null removes it. */
export function writeJournal(ctx: ServiceContext, id: string, edits: UnsavedEdits | null): void {
  const file = journalFile(ctx, id)
  if (edits === null) return rmSync(file, { force: true })
  mkdirSync(join(ctx.dataDir, 'journal'), { recursive: true })
  writeFileSync(`${file}.tmp`, JSON.stringify(edits))
  renameSync(`${file}.tmp`, file)
}

export function readJournal(ctx: ServiceContext, id: string): UnsavedEdits | null {
  try {
    return JSON.parse(readFileSync(journalFile(ctx, id), 'utf8')) as UnsavedEdits
  } catch {
    return null
  }
}
