import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase, type DB } from '../../../electron/store/db'
import { importFiles } from '../../../electron/import/pipeline'
import { SEED_REPLIES, SEEDS } from '../../fixtures/seeds'
import { tempDir } from '../helpers'

// Real SQLite on temp files, the real parser and readers, the seed replies of tests/fixtures/seeds.

export { NON_REPLIES, SEED_REPLIES, SEEDS } from '../../fixtures/seeds'

export function openTestDb(): { db: DB; dir: string; file: string } {
  const dir = tempDir()
  const file = join(dir, 'replydesk.db')
  return { db: openDatabase(file), dir, file }
}

/** Copies fixture files into a fresh folder (names may change: [from, to] pairs). */
export function folderWith(files: (string | [string, string])[]): string {
  const dir = join(tempDir(), '答复档案')
  mkdirSync(dir, { recursive: true })
  for (const f of files) {
    const [from, to] = typeof f === 'string' ? [f, f] : f
    copyFileSync(join(SEEDS, from), join(dir, to))
  }
  return dir
}

/** The three seed replies imported; returns their ids by file name. */
export async function importSeeds(db: DB): Promise<Record<string, string>> {
  const results = await importFiles(db, [folderWith(SEED_REPLIES)])
  const ids: Record<string, string> = {}
  for (const r of results) {
    if (r.status !== 'imported' || !r.id) throw new Error(`${r.path}: ${r.status} ${r.message}`)
    ids[r.path.split('/').pop()!] = r.id
  }
  return ids
}
