import { extname } from 'node:path'
import type { ImportResult, ImportStatus } from '../contract/archive'
import {
  insertArchivedReply,
  recordImport,
  replyDoc,
  replyIdByContentHash
} from '../store/archive-repo'
import type { DB } from '../store/db'
import { isDiskFull } from '../store/disk-full'
import { archivedReply } from './archive-record'
import { fieldLabels } from './archive-fields'
import { SUPPORTED_EXTENSIONS } from '../domain/import-files'
import { collectFiles, extensionOf } from './collect'
import type { ReadJob } from './read-and-parse'
import { readInWorker } from './worker-reader'

export type ImportOptions = {
  onProgress?: (done: number, total: number, current: string) => void
  /** each file's outcome as soon as it is known */
  onResult?: (result: ImportResult) => void
  signal?: AbortSignal
  /** import files the parser does not take for replies as well */
  force?: boolean
  now?: () => Date
}

type Source = { path: string; problem?: 'missing' | 'unreadable'; job: ReadJob }

/** A file the page sent: its bytes, or where the host stored them (a path of the host's naming). */
export type Upload = { fileName: string; bytes: Uint8Array } | { fileName: string; path: string }

const MESSAGES = {
  cancelled: '导入已取消，此文件未处理。',
  diskFullStop: '磁盘空间已满，导入已停止，此文件未处理。',
  diskFull: '磁盘空间已满，此文件未能导入，档案未作任何修改。请清理磁盘后重新导入。',
  missing: '找不到该文件或文件夹，请确认它仍在原来的位置。',
  unreadable: '无法打开该文件夹，请检查读取权限。',
  notReply:
    '未识别为建议或提案的答复（可能是政策文件或新闻稿），未导入。如确为答复，可选择“仍然导入”。'
}

function unsupportedMessage(path: string): string {
  return `不支持此类文件（${extname(path) || '无扩展名'}），请选择 DOCX、DOC、WPS、PDF 或 TXT 文件。`
}

/** Imports files and folders (recursively), one transaction per file; never throws. */
export async function importFiles(
  db: DB,
  paths: readonly string[],
  options: ImportOptions = {}
): Promise<ImportResult[]> {
  const files = await collectFiles(paths)
  return importSources(
    db,
    files.map((f) => ({ ...f, job: { path: f.path } })),
    options
  )
}

/** Files the page sent, reported under the names the page gave them. */
export async function importUploads(
  db: DB,
  uploads: readonly Upload[],
  options: ImportOptions = {}
): Promise<ImportResult[]> {
  return importSources(
    db,
    uploads.map((u) => ({ path: u.fileName, job: u })),
    options
  )
}

async function importSources(
  db: DB,
  sources: readonly Source[],
  options: ImportOptions
): Promise<ImportResult[]> {
  const results: ImportResult[] = []
  let stop: string | null = null
  for (const [i, source] of sources.entries()) {
    if (options.signal?.aborted) stop ??= MESSAGES.cancelled
    if (stop) {
      const cancelled: ImportResult = {
        path: source.path,
        status: 'cancelled',
        message: stop,
        uncertain: []
      }
      results.push(cancelled)
      options.onResult?.(cancelled)
      continue
    }
    options.onProgress?.(i, sources.length, source.path)
    const { result, diskFull } = await importSource(db, source, options)
    results.push(result)
    options.onResult?.(result)
    if (diskFull) stop = MESSAGES.diskFullStop
    // Let the host answer progress polls and the cancel button between two files.
    await new Promise((resolve) => setImmediate(resolve))
  }
  options.onProgress?.(sources.length, sources.length, '')
  return results
}

type Outcome = { result: ImportResult; diskFull?: boolean }

async function importSource(db: DB, source: Source, options: ImportOptions): Promise<Outcome> {
  const now = (options.now ?? (() => new Date()))().toISOString()
  let hash: string | null = null
  const finish = (status: ImportStatus, message: string, id?: string): Outcome => {
    try {
      recordImport(db, {
        path: source.path,
        content_hash: hash,
        status,
        reply_id: id ?? null,
        message,
        uncertain_json: '[]',
        imported_at: now
      })
    } catch {
      // The outcome is still reported; only the history line is missing (e.g. the disk is full).
    }
    return { result: { path: source.path, status, message, uncertain: [], ...(id ? { id } : {}) } }
  }
  try {
    if (source.problem) return finish('failed', MESSAGES[source.problem])
    if (!SUPPORTED_EXTENSIONS.has(extensionOf(source.path))) {
      return finish('unsupported', unsupportedMessage(source.path))
    }
    const read = await readInWorker(source.job, options.signal)
    if (options.signal?.aborted) return finish('cancelled', MESSAGES.cancelled)
    if (!read.ok) {
      return finish(read.code === 'unsupported-type' ? 'unsupported' : 'failed', read.message)
    }
    const { parsed } = read
    hash = read.hash
    const existing = replyIdByContentHash(db, hash)
    if (existing) {
      const title = replyDoc(db, existing)?.title
      return finish(
        'duplicate',
        `与已导入的${title ? `《${title}》` : '答复'}内容相同，未重复导入。`,
        existing
      )
    }
    if (!parsed.is_reply && !options.force) return finish('not-a-reply', MESSAGES.notReply)
    const record = archivedReply(source.path, parsed, hash, now)
    insertArchivedReply(db, record)
    const uncertain = JSON.parse(record.source.uncertain_json) as string[]
    return {
      result: {
        path: source.path,
        status: 'imported',
        id: record.reply.id,
        message: uncertain.length ? `已导入，请核对：${fieldLabels(uncertain)}。` : '已导入。',
        uncertain
      }
    }
  } catch (e) {
    if (isDiskFull(e)) return { ...finish('failed', MESSAGES.diskFull), diskFull: true }
    return finish(
      'failed',
      `导入此文件时出错，档案未作任何修改。（${e instanceof Error ? e.message : String(e)}）`
    )
  }
}
