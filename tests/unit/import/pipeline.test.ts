import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportResult } from '../../../electron/contract/archive'
import type { DB } from '../../../electron/store/db'
import { importFiles, importUploads } from '../../../electron/import/pipeline'
import { searchReplies } from '../../../electron/store/search'
import { createCorpus } from '../../bench/archive-corpus'
import { replyDocx } from '../../bench/archive-docx'
import { SEEDS, folderWith, openTestDb } from './archive-fixtures'

const LUKOU = 'reply-lukou-2025-renda-17.txt'
const XIANNING = 'reply-xianning-2024-renda-068.txt'
const POLICY = 'policy-zhuzhou-primary-care.txt'

function counts(db: DB) {
  const n = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
  return {
    replies: n('replies'),
    sources: n('archive_sources'),
    imports: n('imports'),
    docs: n('reply_docs')
  }
}

function byName(results: ImportResult[]): Record<string, ImportResult['status']> {
  return Object.fromEntries(results.map((r) => [basename(r.path), r.status]))
}

async function mixedFolder(): Promise<string> {
  const dir = folderWith([LUKOU, [LUKOU, 'reply-lukou-副本.txt'], POLICY])
  const generated = createCorpus(SEEDS)(7)
  mkdirSync(join(dir, '2022年'))
  writeFileSync(join(dir, '2022年', '答复.docx'), await replyDocx(generated))
  writeFileSync(join(dir, '损坏.docx'), Buffer.from('PK\u0003\u0004 这不是一个完整的压缩包'))
  writeFileSync(join(dir, '统计表.xlsx'), 'x')
  writeFileSync(join(dir, '~$答复.docx'), 'Word 的锁文件')
  return dir
}

describe('importFiles', () => {
  it('gives each file of a folder its own outcome and records every one', async () => {
    const { db } = openTestDb()
    const progress: string[] = []
    const results = await importFiles(db, [await mixedFolder()], {
      onProgress: (done, total, current) => progress.push(`${done}/${total} ${basename(current)}`)
    })
    expect(byName(results)).toEqual({
      '答复.docx': 'imported',
      [POLICY]: 'not-a-reply',
      [LUKOU]: 'imported',
      '损坏.docx': 'failed',
      'reply-lukou-副本.txt': 'duplicate',
      '统计表.xlsx': 'unsupported'
    })
    expect(progress[0]).toBe('0/6 答复.docx')
    expect(progress[progress.length - 1]).toBe('6/6 ')
    const duplicate = results.find((r) => r.status === 'duplicate')!
    expect(duplicate.id).toBe(results.find((r) => basename(r.path) === LUKOU)!.id)
    expect(duplicate.message).toContain(
      '《株洲市渌口区卫生健康局关于对区人大二届五次会议第17号建议的回复》'
    )
    expect(results.find((r) => r.status === 'failed')!.message).toMatch(/损坏|DOCX/)
    for (const r of results) expect(r.message).toMatch(/[\u4e00-\u9fff]/)
    expect(counts(db)).toEqual({ replies: 2, sources: 2, imports: 6, docs: 2 })
  })

  it('stores the parsed fields, the body and the people, and makes the reply searchable', async () => {
    const { db } = openTestDb()
    const [result] = await importFiles(db, [join(SEEDS, LUKOU)])
    const row = db.prepare('SELECT * FROM replies WHERE id = ?').get(result!.id) as {
      status: string
      fields_json: string
      body_text: string
    }
    expect(row.status).toBe('archived')
    expect(JSON.parse(row.fields_json)).toMatchObject({
      organ: '株洲市渌口区卫生健康局',
      doc_number: '渌卫复〔2025〕1号',
      item_number: '17',
      proposer: '龙钺文等代表',
      proposer_type: '代表',
      date: '2025-07-16',
      cc: ['区人大常委会联工委', '区政府督查室']
    })
    expect(row.body_text).toContain('一、基本情况')
    const people = db.prepare('SELECT name, role, phone FROM people ORDER BY id').all()
    expect(people).toEqual([
      { name: '龙钺文', role: 'proposer', phone: '' },
      { name: '曹虎', role: 'leader', phone: '13874100819' },
      { name: '刘海茵', role: 'handler', phone: '15873304217' }
    ])
    expect(db.prepare('SELECT name, body, year FROM sessions').get()).toEqual({
      name: '区人大二届五次会议',
      body: '人大',
      year: 2025
    })
    expect(searchReplies(db, { query: '淦口路径' }).hits.map((h) => h.id)).toEqual([result!.id])
  })

  it('takes the year from the folder name when the reply states none', async () => {
    const { db } = openTestDb()
    const dir = folderWith([])
    mkdirSync(join(dir, '2019年答复'))
    writeFileSync(join(dir, '2019年答复', '第68号.txt'), readFileSync(join(SEEDS, XIANNING)))
    const [result] = await importFiles(db, [dir])
    expect(result!.status).toBe('imported')
    expect(searchReplies(db, { query: '医联体', filters: { year: 2019 } }).hits).toHaveLength(1)
  })

  it('imports a non-reply when forced, named after its file and marked for checking', async () => {
    const { db } = openTestDb()
    const [result] = await importFiles(db, [join(SEEDS, POLICY)], { force: true })
    expect(result).toMatchObject({
      status: 'imported',
      uncertain: expect.arrayContaining(['kind', 'title'])
    })
    expect(result!.message).toContain('请核对')
    const title = db.prepare('SELECT title FROM reply_docs').pluck().get()
    expect(title).toBe('policy-zhuzhou-primary-care')
  })

  it('stops between files when cancelled and reports the rest as not processed', async () => {
    const { db } = openTestDb()
    const controller = new AbortController()
    const results = await importFiles(db, [await mixedFolder()], {
      signal: controller.signal,
      onResult: () => controller.abort()
    })
    expect(results.map((r) => r.status)).toEqual([
      'imported',
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled'
    ])
    expect(results[1]!.message).toBe('导入已取消，此文件未处理。')
    expect(counts(db)).toMatchObject({ replies: 1, sources: 1, imports: 1 })
  })

  it('reports a full disk in Chinese, stops, and leaves no half record', async () => {
    const { db } = openTestDb()
    const before = counts(db)
    const pages = db.pragma('page_count', { simple: true }) as number
    db.pragma(`max_page_count = ${pages + 1}`)
    const results = await importFiles(db, [folderWith([LUKOU, XIANNING])])
    expect(results[0]).toMatchObject({ status: 'failed' })
    expect(results[0]!.message).toContain('磁盘空间已满')
    expect(results[1]).toMatchObject({ status: 'cancelled' })
    expect(results[1]!.message).toContain('磁盘空间已满')
    expect(counts(db)).toMatchObject({
      replies: before.replies,
      sources: before.sources,
      docs: before.docs
    })
    db.pragma('max_page_count = 1073741823')
    const retried = await importFiles(db, [folderWith([LUKOU, XIANNING])])
    expect(retried.map((r) => r.status)).toEqual(['imported', 'imported'])
  })

  it('reports paths that do not exist without stopping the rest', async () => {
    const { db } = openTestDb()
    const results = await importFiles(db, ['/不存在/的/文件夹', join(SEEDS, LUKOU)])
    expect(results.map((r) => r.status)).toEqual(['failed', 'imported'])
    expect(results[0]!.message).toContain('找不到')
  })
})

describe('importUploads', () => {
  it('imports bytes sent by the browser and recognises a re-upload as a duplicate', async () => {
    const { db } = openTestDb()
    const bytes = new Uint8Array(readFileSync(join(SEEDS, XIANNING)))
    const results = await importUploads(db, [
      { fileName: '咸宁068.txt', bytes },
      { fileName: '咸宁068（再次上传）.txt', bytes },
      { fileName: '说明.md', bytes }
    ])
    expect(results.map((r) => r.status)).toEqual(['imported', 'duplicate', 'unsupported'])
    expect(results[0]!.path).toBe('咸宁068.txt')
  })
})
