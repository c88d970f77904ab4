import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { insertReply } from '../../../electron/store/drafts-repo'
import { openServices } from '../../../electron/services'
import { openTestDb, SEEDS } from '../import/archive-fixtures'
import { tempDir } from '../helpers'

// Issue 12 item 5: SQLITE_BUSY ("database is locked") is waited out before it reaches anyone.

const TEMPLATES = join(__dirname, '..', '..', '..', 'templates')
const BETTER_SQLITE3 = require.resolve('better-sqlite3')

/** Another process takes the archive's write lock, says so, and holds it for ms. */
function holdWriteLock(file: string, ms: number): Promise<() => Promise<number | null>> {
  const script = `
    const Database = require(${JSON.stringify(BETTER_SQLITE3)})
    const db = new Database(${JSON.stringify(file)})
    db.exec('BEGIN IMMEDIATE')
    process.stdout.write('locked\\n')
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms})
    db.exec('COMMIT')
    db.close()`
  const child = spawn(process.execPath, ['-e', script])
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  return new Promise((resolve, reject) => {
    child.stdout.on('data', () => resolve(() => exited))
    child.on('exit', (code) => reject(new Error(`lock holder ended early (${code})`)))
  })
}

describe('a busy archive', () => {
  it('waits for another connection that holds the write lock briefly, then writes', async () => {
    const { db, file } = openTestDb()
    const released = await holdWriteLock(file, 400)
    const started = Date.now()
    insertReply(db, {
      id: 'after-lock',
      status: 'draft',
      fields_json: '{"title":"关于村医待遇的答复"}',
      body_json: '{}',
      body_text: '村医待遇。',
      template_id: '',
      created_at: '2026-03-01T08:00:00.000Z'
    })
    // The write really met the lock: it waited for the other process instead of failing.
    expect(Date.now() - started).toBeGreaterThan(200)
    expect(await released()).toBe(0)
    expect(db.prepare('SELECT count(*) FROM replies').pluck().get()).toBe(1)
    db.close()
  })

  it('restores a backup while an import is running, five times out of five', async () => {
    const seed = readFileSync(join(SEEDS, 'reply-lukou-2025-renda-17.txt'), 'utf8')
    for (let run = 0; run < 5; run++) {
      const dataDir = tempDir()
      const folder = join(tempDir(), '答复档案')
      mkdirSync(folder)
      for (let i = 0; i < 40; i++)
        writeFileSync(join(folder, `${i}.txt`), `${seed}\n备注${run}-${i}。`)
      const services = openServices({
        dataDir,
        mode: 'cli',
        version: 'test',
        templatesDir: TEMPLATES
      })
      try {
        const { handlers } = services
        await handlers['drafts:create']({ fields: { title: '关于村医待遇的建议' } })
        const backup = await handlers['archive:backupNow']({})
        const job = await handlers['archive:import']({ paths: [folder] })
        // Restore in the middle of the import, a little later each run.
        let state = await handlers['archive:job']({ jobId: job.id })
        while (state.state === 'running' && state.done < 2 + 4 * run) {
          await new Promise((r) => setTimeout(r, 5))
          state = await handlers['archive:job']({ jobId: job.id })
        }
        expect(state.state).toBe('running')
        await handlers['archive:restore']({ name: backup.name })
        while (state.state === 'running') {
          await new Promise((r) => setTimeout(r, 20))
          state = await handlers['archive:job']({ jobId: job.id })
        }
        const failed = state.results.filter((r) => r.status === 'failed')
        expect(failed.map((r) => r.message)).toEqual([])
        expect(await handlers['archive:integrity']({ recheck: true })).toMatchObject({ ok: true })
      } finally {
        services.close()
      }
    }
  }, 120_000)
})
