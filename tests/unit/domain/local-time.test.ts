import JSZip from 'jszip'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/store/db'
import { createBackup, listBackups } from '../../../electron/store/backup'
import { migrate } from '../../../electron/store/migrations'
import { localDateTime, localIsoDate } from '../../../electron/domain/local-time'
import { runCli } from '../../../electron/host/cli/main'
import { tempDir } from '../helpers'
import { openApp } from '../services/open'
import { grantSigning } from '../services/review/signer'

// Times are stored as UTC instants and read in the PC's own zone, through one helper that the window
// shares. These run in China's zone (UTC+8), where a UTC time shown as is reads eight hours early,
// and 01:30Z is 09:30 local.

beforeAll(() => {
  process.env.TZ = 'Asia/Shanghai'
})

const AT = '2025-07-16T01:30:00.000Z'

describe('local time wherever a person reads a time', () => {
  it('formats one way on both sides of the app, in local time', () => {
    expect(localDateTime(AT)).toBe('2025年7月16日 09:30')
    expect(localDateTime('not a time')).toBe('')
    expect(localIsoDate(new Date('2025-07-15T20:00:00.000Z'))).toBe('2025-07-16')
  })

  it('lists backups with the instant they were made, so any reader shows its local time', async () => {
    const dir = tempDir()
    const db = openDatabase(join(dir, 'replydesk.db'))
    migrate(db)
    await createBackup(db, dir, 'manual', new Date(AT))
    db.close()
    const [backup] = listBackups(dir)
    expect(backup!.name).toBe('replydesk-20250716-093000-manual.db')
    expect(backup!.created_at).toBe(AT)
    expect(localDateTime(backup!.created_at)).toBe('2025年7月16日 09:30')
  })

  it('shows the CLI list’s times in local time', async () => {
    const dataDir = tempDir()
    const out: string[] = []
    const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => out.push(s) }
    expect(await runCli(['new', '--json', '--data-dir', dataDir], io, {})).toBe(0)
    const { updated_at } = JSON.parse(out.pop()!) as { updated_at: string }
    expect(await runCli(['list', '--data-dir', dataDir], io, {})).toBe(0)
    expect(out.pop()).toContain(localDateTime(updated_at))
  })

  it('writes the audit log and the DOCX 签发时间 in local time', async () => {
    const app = openApp(AT)
    const { id } = await app.call('drafts:create', {
      bodyText: '一、基本情况\n全区已建成医共体3个。'
    })
    await app.call('review:signIn', { name: '李明' })
    await app.call('review:submit', { id })
    app.tick()
    await grantSigning(app.services.handlers, '王局长')
    await app.call('review:approve', { id, opinion: '同意' })

    const audit = await app.call('review:exportAudit', { id })
    const csv = Buffer.from(audit.base64, 'base64').toString('utf8')
    expect(csv).toContain('2025年7月16日 09:30')
    expect(csv).toContain('2025年7月16日 09:31')

    const docx = await app.call('drafts:exportDocx', { id, comments: true })
    const zip = await JSZip.loadAsync(Buffer.from(docx.base64, 'base64'))
    const custom = await zip.file('docProps/custom.xml')!.async('string')
    expect(custom).toMatch(/签发时间[\s\S]*?2025年7月16日 09:31/)
  })
})
