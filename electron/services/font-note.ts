import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FontStatus } from '../contract/app'

// The missing-font note is dismissed per PC and user (the data folder), not per bureau profile:
// it is about this machine's fonts. It comes back once the set of missing fonts changes.

const FILE = 'font-note.json'

/** The missing fonts as one key: the same fonts missing in any order read the same. */
export function missingKey(fonts: readonly FontStatus[]): string {
  return fonts
    .filter((f) => !f.installed)
    .map((f) => f.name)
    .sort()
    .join('|')
}

export function dismissedKey(dataDir: string): string | null {
  try {
    const saved = JSON.parse(readFileSync(join(dataDir, FILE), 'utf8')) as { missing?: unknown }
    return typeof saved.missing === 'string' ? saved.missing : null
  } catch {
    return null
  }
}

export function saveDismissed(dataDir: string, key: string): void {
  mkdirSync(dataDir, { recursive: true })
  const file = join(dataDir, FILE)
  writeFileSync(`${file}.tmp`, JSON.stringify({ missing: key }))
  renameSync(`${file}.tmp`, file)
}
