import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/store/db'
import {
  ProfileError,
  exportProfile,
  getProfile,
  hasProfile,
  importProfile,
  saveProfile
} from '../../../electron/store/profile-repo'
import { DEFAULT_PROFILE } from '../../../electron/domain/templates'
import { tempDir } from '../helpers'
import { TEMPLATES_DIR } from '../domain/templates/shipped'

const lukouFile = readFileSync(join(TEMPLATES_DIR, 'profiles', 'lukou.json'), 'utf8')

describe('bureau profile', () => {
  it('starts with the defaults until a profile is saved', () => {
    const db = openDatabase(join(tempDir(), 'p.db'))
    expect(hasProfile(db)).toBe(false)
    expect(getProfile(db)).toEqual(DEFAULT_PROFILE)
    db.close()
  })

  it('saves what the first-run wizard asks for and fills the rest with defaults', () => {
    const file = join(tempDir(), 'p.db')
    const db = openDatabase(file)
    const saved = saveProfile(db, {
      organ: '株洲市渌口区卫生健康局',
      doc_prefixes: { 建议: '渌卫复' }
    })
    expect(saved).toMatchObject({
      organ: '株洲市渌口区卫生健康局',
      format: 'letter',
      cc_mode: 'strict'
    })
    db.close()
    const reopened = openDatabase(file)
    expect(hasProfile(reopened)).toBe(true)
    expect(getProfile(reopened)).toEqual(saved)
    reopened.close()
  })

  it('refuses an invalid profile with the setting and the problem in Chinese, keeping the old one', () => {
    const db = openDatabase(join(tempDir(), 'p.db'))
    saveProfile(db, { organ: '旧局' })
    expect(() =>
      saveProfile(db, { organ: '新局', handlers: [{ name: '张洁', phone: '123' }] })
    ).toThrow(ProfileError)
    expect(() => saveProfile(db, { organ: '新局', format: 'A4' })).toThrow(
      '（format）应为“letter”、“standard”之一'
    )
    expect(getProfile(db).organ).toBe('旧局')
    db.close()
  })

  it('moves a profile to another PC through a file', () => {
    const a = openDatabase(join(tempDir(), 'a.db'))
    const imported = importProfile(a, lukouFile, 'lukou.json')
    expect(imported.ok).toBe(true)
    const text = exportProfile(a)
    const b = openDatabase(join(tempDir(), 'b.db'))
    const result = importProfile(b, text, '渌口单位设置.json')
    expect(result).toEqual({ ok: true, value: getProfile(a) })
    expect(getProfile(b).layout.reply_word).toBe('回复')
    a.close()
    b.close()
  })

  it('rejects a broken import file, naming its line, and keeps the current profile', () => {
    const db = openDatabase(join(tempDir(), 'p.db'))
    saveProfile(db, { organ: '现有局' })
    const broken = lukouFile.replace('"cc_mode": "local"', '"cc_mode": "宽松"')
    const line = lukouFile.split('\n').findIndex((l) => l.includes('"cc_mode"')) + 1
    const result = importProfile(db, broken, '渌口单位设置.json')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toBe(
      `渌口单位设置.json 第 ${line} 行：（cc_mode）应为“strict”、“local”之一`
    )
    expect(getProfile(db).organ).toBe('现有局')
    db.close()
  })
})
