import type { DB } from './db'
import { inTransaction } from './db'
import {
  DEFAULT_PROFILE,
  loadProfile,
  profileSchema,
  validateProfile,
  type LoadResult,
  type Profile
} from '../domain/templates'

// The active bureau profile. Until the first-run wizard saves one, the defaults apply.

type ProfileRow = { json: string }

export class ProfileError extends Error {}

export function hasProfile(db: DB): boolean {
  return db.prepare('SELECT 1 FROM profile WHERE id = 1').get() !== undefined
}

export function getProfile(db: DB): Profile {
  const row = db.prepare('SELECT json FROM profile WHERE id = 1').get() as ProfileRow | undefined
  if (!row) return DEFAULT_PROFILE
  // Stored profiles were validated on save; parsing again fills keys added by later versions.
  const parsed = profileSchema.safeParse(JSON.parse(row.json))
  if (!parsed.success) {
    throw new ProfileError('已保存的单位设置无法读取，请在“设置”中重新导入或填写单位设置。')
  }
  return parsed.data
}

/** Validates before writing; throws ProfileError with every problem in Chinese. */
export function saveProfile(db: DB, profile: unknown, now = new Date()): Profile {
  const result = validateProfile(profile)
  if (!result.ok) throw new ProfileError(`单位设置有误：\n${result.error}`)
  writeProfile(db, result.value, now)
  return result.value
}

function writeProfile(db: DB, profile: Profile, now: Date): void {
  inTransaction(db, () => {
    db.prepare(
      `INSERT INTO profile (id, json, updated_at) VALUES (1, @json, @updated_at)
       ON CONFLICT (id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at`
    ).run({ json: JSON.stringify(profile), updated_at: now.toISOString() })
  })
}

/** The profile as a file another PC of the bureau can import. */
export function exportProfile(db: DB): string {
  return `${JSON.stringify(getProfile(db), null, 2)}\n`
}

/** Reads an exported profile file; saves it only when it is valid. */
export function importProfile(
  db: DB,
  text: string,
  fileName: string,
  now = new Date()
): LoadResult<Profile> {
  const result = loadProfile(text, fileName)
  if (result.ok) writeProfile(db, result.value, now)
  return result
}
