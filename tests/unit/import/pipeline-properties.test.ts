import fc from 'fast-check'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportResult } from '../../../electron/contract/archive'
import { IMPORT_STATUSES } from '../../../electron/domain/import-status'
import type { DB } from '../../../electron/store/db'
import { importFiles, importUploads } from '../../../electron/import/pipeline'
import { searchReplies } from '../../../electron/store/search'
import { tempDir } from '../helpers'
import { SEEDS, openTestDb, SEED_REPLIES } from './archive-fixtures'

function expectWellFormed(results: ImportResult[], db: DB): void {
  expect(results).toHaveLength(1)
  const [result] = results
  expect(IMPORT_STATUSES).toContain(result!.status)
  expect(result!.message).toMatch(/[\u4e00-\u9fff]/)
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()
  // No half records: every reply has its source and its index row, and nothing else exists.
  expect(count('archive_sources')).toBe(count('replies'))
  expect(count('reply_docs')).toBe(count('replies'))
  expect(count('search_pending')).toBe(0)
}

const seedText = readFileSync(join(SEEDS, SEED_REPLIES[0]!), 'utf8')

describe('import pipeline properties', () => {
  it.each(['docx', 'txt', 'pdf'])('never throws on arbitrary bytes saved as .%s', async (ext) => {
    const { db } = openTestDb()
    const dir = tempDir()
    let n = 0
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        const path = join(dir, `文件${n++}.${ext}`)
        writeFileSync(path, bytes)
        expectWellFormed(await importFiles(db, [path]), db)
      }),
      { numRuns: 40 }
    )
  })

  it('never throws on uploads that start like a zip or a PDF', async () => {
    const { db } = openTestDb()
    const head = fc.constantFrom('PK\u0003\u0004', '%PDF-1.7\n', '\ufeff')
    await fc.assert(
      fc.asyncProperty(
        head,
        fc.uint8Array({ maxLength: 2000 }),
        fc.constantFrom('a.docx', 'a.pdf', 'a.txt'),
        async (prefix, tail, name) => {
          const bytes = new Uint8Array([...new TextEncoder().encode(prefix), ...tail])
          expectWellFormed(await importUploads(db, [{ fileName: name, bytes }]), db)
        }
      ),
      { numRuns: 60 }
    )
  })

  it('imports any cut of a real reply it takes for one, whole, and lists it first in the archive', async () => {
    const { db } = openTestDb()
    const cuts = fc
      .tuple(fc.nat(seedText.length), fc.nat(seedText.length), fc.string({ maxLength: 30 }))
      .map(
        ([a, b, noise]) =>
          seedText.slice(0, Math.min(a, b)) + noise + seedText.slice(Math.max(a, b))
      )
    await fc.assert(
      fc.asyncProperty(cuts, async (text) => {
        const results = await importUploads(db, [
          { fileName: '答复.txt', bytes: new TextEncoder().encode(text) }
        ])
        expectWellFormed(results, db)
        if (results[0]!.status === 'imported') {
          const newest = searchReplies(db, { query: '', filters: { status: 'archived' }, limit: 1 })
          expect(newest.hits[0]!.id).toBe(results[0]!.id)
        }
      }),
      { numRuns: 40 }
    )
  })
})
