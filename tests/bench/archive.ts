import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { insertArchivedReplies, type NewArchivedReply } from '../../electron/store/archive-repo'
import { openDatabase, type DB } from '../../electron/store/db'
import { contentHash } from '../../electron/import/archive-fields'
import { importFiles } from '../../electron/import/pipeline'
import { searchReplies, type SearchInput } from '../../electron/store/search'
import { bodyText } from '../../electron/domain/body'
import { editorStateFromBody } from '../../electron/domain/lexical-body'
import { createCorpus, type GeneratedReply } from './archive-corpus'
import { replyDocx } from './archive-docx'
import { median, percentile } from './stats'

export type ArchiveFigures = {
  archive_docs: number
  import_docx_per_s: number
  search_p50_ms: number
  search_p95_ms: number
  archive_db_mb: number
  host_rss_mb_peak: number
}

const SEEDS = join(__dirname, '..', 'fixtures', 'seeds')
const DOCS = Number(process.env.BENCH_ARCHIVE_DOCS ?? 50_000)
// The import pipeline commits file by file; the bench commits 200 at a time to reach 50,000 in a
// minute or two. Batches of 2,000 kept ~60 MB of strings alive per transaction and measured the
// garbage collector's laziness (RSS 666 MB) rather than the archive's needs.
const BATCH = 200
const DOCX_FILES = 120

// 2-, 3- and 4-character terms, longer phrases, two-term queries and filtered queries: common
// words (卫生院 is in nearly every reply) as well as rarer ones.
const QUERIES: SearchInput[] = [
  { query: '医保' },
  { query: '村医' },
  { query: '卫生' },
  { query: '托育' },
  { query: '医共体' },
  { query: '卫生院' },
  { query: '中医馆' },
  { query: '胸痛中心' },
  { query: '家庭医生' },
  { query: '慢性病管理' },
  { query: '疫苗接种' },
  { query: '基层医疗卫生机构' },
  { query: '紧密型县域医共体' },
  { query: '乡镇卫生院 中医馆' },
  { query: '医保 村医' },
  { query: '远程医疗 专家' },
  { query: '医共体', filters: { year: 2023 } },
  { query: '医保', filters: { kind: '提案' } },
  { query: '卫生院', filters: { classification: 'A' } },
  { query: '家庭医生', filters: { year: 2021, kind: '建议' } },
  { query: '医共体', filters: { proposer: '王' } },
  { query: '村医', filters: { status: 'archived', year: 2025 } },
  { query: '基层医疗卫生机构', filters: { session: '岳阳政协' } },
  { query: '医', filters: {} }
]

function record(g: GeneratedReply, i: number, now: string): NewArchivedReply {
  const text = bodyText(g.body)
  const id = `bench-${i}`
  return {
    reply: {
      id,
      status: 'archived',
      fields_json: JSON.stringify(g.fields),
      body_json: JSON.stringify(editorStateFromBody(g.body)),
      body_text: text,
      template_id: '',
      created_at: now
    },
    source: {
      source_path: `bench/${id}.docx`,
      content_hash: contentHash(`${i}\n${text}`),
      year_hint: null,
      parsed_json: '{}',
      uncertain_json: '[]'
    },
    import: {
      path: `bench/${id}.docx`,
      status: 'imported',
      message: '',
      uncertain_json: '[]',
      imported_at: now
    },
    people: [
      {
        name: g.fields.leader,
        role: 'leader',
        organ: g.fields.organ,
        phone: g.fields.leader_phone
      },
      {
        name: g.fields.handler,
        role: 'handler',
        organ: g.fields.organ,
        phone: g.fields.handler_phone
      }
    ],
    session: {
      name: g.fields.session,
      body: g.fields.kind === '提案' ? '政协' : '人大',
      year: null
    },
    seen: g.fields.date
  }
}

function fileMb(file: string): number {
  const size = (f: string) => (existsSync(f) ? statSync(f).size : 0)
  return (size(file) + size(`${file}-wal`)) / 1024 / 1024
}

async function bulkInsert(db: DB, generate: (i: number) => GeneratedReply, sampleRss: () => void) {
  const now = new Date().toISOString()
  for (let start = 0; start < DOCS; start += BATCH) {
    const batch: NewArchivedReply[] = []
    for (let i = start; i < Math.min(DOCS, start + BATCH); i++)
      batch.push(record(generate(i), i, now))
    insertArchivedReplies(db, batch)
    sampleRss()
    await new Promise((resolve) => setImmediate(resolve))
  }
}

async function docxImportRate(
  db: DB,
  generate: (i: number) => GeneratedReply,
  dir: string
): Promise<number> {
  const folder = join(dir, 'docx')
  mkdirSync(folder)
  for (let i = 0; i < DOCX_FILES; i++) {
    writeFileSync(join(folder, `答复-${i}.docx`), await replyDocx(generate(DOCS + i)))
  }
  const started = performance.now()
  const results = await importFiles(db, [folder])
  const seconds = (performance.now() - started) / 1000
  const imported = results.filter((r) => r.status === 'imported').length
  if (imported !== DOCX_FILES) throw new Error(`DOCX 导入只成功 ${imported}/${DOCX_FILES} 份`)
  return imported / seconds
}

function searchTimes(db: DB): number[] {
  const times: number[] = []
  for (let round = 0; round < 6; round++) {
    for (const q of QUERIES) {
      const started = performance.now()
      const result = searchReplies(db, { ...q, limit: 20 })
      const elapsed = performance.now() - started
      if (round > 0) times.push(elapsed)
      if (round === 0 && q.query === '医共体' && !q.filters && result.hits.length === 0) {
        throw new Error('检索“医共体”没有结果')
      }
    }
  }
  return times
}

export async function benchArchive(): Promise<ArchiveFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'replydesk-bench-'))
  let rssPeak = 0
  const sampleRss = () => {
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss)
  }
  const timer = setInterval(sampleRss, 50)
  try {
    const file = join(dir, 'archive.db')
    const db = openDatabase(file)
    const generate = createCorpus(SEEDS)
    const insertStarted = performance.now()
    await bulkInsert(db, generate, sampleRss)
    const insertSeconds = (performance.now() - insertStarted) / 1000
    const rssDuringImport = rssPeak
    const importRate = await docxImportRate(db, generate, dir)
    const times = searchTimes(db)
    db.pragma('wal_checkpoint(TRUNCATE)')
    const mb = fileMb(file)
    db.close()
    console.error(`archive: ${DOCS} replies inserted in ${insertSeconds.toFixed(1)} s`)
    return {
      archive_docs: DOCS,
      import_docx_per_s: Math.round(importRate * 10) / 10,
      search_p50_ms: Math.round(median(times) * 100) / 100,
      search_p95_ms: Math.round(percentile(times, 95) * 100) / 100,
      archive_db_mb: Math.round(mb),
      host_rss_mb_peak: Math.round(rssDuringImport / 1024 / 1024)
    }
  } finally {
    clearInterval(timer)
    rmSync(dir, { recursive: true, force: true })
  }
}
