import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { archiveContract, type ImportJob } from '../../../electron/contract/archive'
import { AppFailure } from '../../../electron/contract/result'
import { archiveHealth } from '../../../electron/services/archive-health'
import { archiveHandlers } from '../../../electron/services/archive-service'
import type { ServiceContext } from '../../../electron/services/context'
import {
  SEEDS,
  folderWith,
  NON_REPLIES,
  openTestDb,
  SEED_REPLIES
} from '../import/archive-fixtures'

function service() {
  const { db, dir } = openTestDb()
  const ctx: ServiceContext = {
    db,
    readOnly: false,
    dataDir: dir,
    mode: 'cli',
    version: 'test',
    templatesDir: join(__dirname, '..', '..', '..', 'templates'),
    now: () => new Date('2026-03-01T08:00:00.000Z'),
    health: archiveHealth({ db, dataDir: dir }),
    session: { person: null }
  }
  return { ctx, api: archiveHandlers(ctx) }
}

type Api = ReturnType<typeof service>['api']

async function finished(api: Api, job: ImportJob): Promise<ImportJob> {
  let current = job
  while (current.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 5))
    current = await api['archive:job']({ jobId: job.id })
  }
  return current
}

describe('archive service', () => {
  it('runs an import as a job the UI polls, then finds, opens and confirms the replies', async () => {
    const { api } = service()
    const started = await api['archive:import']({
      paths: [folderWith([...SEED_REPLIES, ...NON_REPLIES])]
    })
    expect(started.state).toBe('running')
    const job = await finished(api, started)
    expect(job).toMatchObject({ state: 'done', done: 5, total: 5, current: '' })
    expect(job.results.map((r) => r.status).sort()).toEqual(
      ['imported', 'imported', 'imported', 'not-a-reply', 'not-a-reply'].sort()
    )
    expect(job.finished_at).toBe('2026-03-01T08:00:00.000Z')

    const search = await api['archive:search']({ query: '医共体', filters: { kind: '提案' } })
    expect(search.hits).toHaveLength(1)
    const entry = await api['archive:get']({ id: search.hits[0]!.id })
    expect(entry.fields.proposer).toBe('致公党岳阳市委')
    expect(entry.year).toBe(2024)
    expect(entry.body.blocks.length).toBeGreaterThan(5)
    expect(entry.source).toMatchObject({
      section_headings: [
        '一、农村基层医疗保障体系基本情况',
        '二、近年来主要工作及成效',
        '三、下一步工作打算'
      ],
      confirmed_at: null
    })

    const confirmed = await api['archive:confirm']({ id: entry.id, fields: { date: '2024-05-20' } })
    expect(confirmed.fields.date).toBe('2024-05-20')
    expect(confirmed.source).toMatchObject({
      uncertain: [],
      confirmed_at: '2026-03-01T08:00:00.000Z'
    })
    const pieces = await api['archive:paragraphs']({ id: entry.id })
    expect(pieces.some((p) => p.kind === 'section' && p.heading === '三、下一步工作打算')).toBe(
      true
    )
    const contact = await api['archive:latestContact']({ kind: '提案' })
    expect(contact).toMatchObject({ from_id: entry.id, date: '2024-05-20', leader: '吴艳辉' })
  })

  it('cancels a running job between files', async () => {
    const { api } = service()
    const started = await api['archive:import']({
      paths: [folderWith([...SEED_REPLIES, ...NON_REPLIES])]
    })
    const cancelled = await api['archive:cancel']({ jobId: started.id })
    const job = await finished(api, cancelled)
    expect(job.state).toBe('cancelled')
    expect(job.results.filter((r) => r.status === 'cancelled').length).toBeGreaterThanOrEqual(4)
  })

  it('imports uploaded bytes in browser mode', async () => {
    const { api } = service()
    const base64 = readFileSync(join(SEEDS, SEED_REPLIES[0]!)).toString('base64')
    const job = await finished(
      api,
      await api['archive:importBytes']({ files: [{ fileName: '渌口.txt', base64 }] })
    )
    expect(job.results).toEqual([
      expect.objectContaining({ path: '渌口.txt', status: 'imported', message: '已导入。' })
    ])
  })

  it('makes, lists and restores backups', async () => {
    const { api, ctx } = service()
    const backup = await api['archive:backupNow']({})
    expect(await api['archive:backups']({})).toEqual([backup])
    ctx.db
      .prepare("INSERT INTO people (name, role, last_seen) VALUES ('张三', 'leader', '2026')")
      .run()
    const restored = await api['archive:restore']({ name: backup.name })
    expect(restored.saved.kind).toBe('before-restore')
    expect(ctx.db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0)
    expect(await api['archive:integrity']({ recheck: true })).toEqual({
      ok: true,
      problems: [],
      setAside: null
    })
  })

  it('answers an unknown id or job with not-found in Chinese', async () => {
    const { api } = service()
    const calls: (() => unknown)[] = [
      () => api['archive:get']({ id: 'none' }),
      () => api['archive:paragraphs']({ id: 'none' }),
      () => api['archive:job']({ jobId: 'none' })
    ]
    for (const call of calls) {
      const error = await Promise.resolve()
        .then(call)
        .then(
          () => null,
          (e: unknown) => e
        )
      expect(error).toBeInstanceOf(AppFailure)
      expect(error).toMatchObject({ code: 'not-found', message: expect.stringMatching(/^找不到/) })
    }
  })

  it('rejects unknown keys and out-of-range input at the contract', () => {
    expect(
      archiveContract['archive:search'].input.safeParse({ query: '医保', sort: 'x' }).success
    ).toBe(false)
    expect(
      archiveContract['archive:search'].input.safeParse({ query: '医保', filters: { year: 20 } })
        .success
    ).toBe(false)
    expect(archiveContract['archive:import'].input.safeParse({ paths: [] }).success).toBe(false)
  })
})
