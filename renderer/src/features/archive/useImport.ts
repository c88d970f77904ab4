import { useCallback, useRef, useState } from 'react'
import type { ImportJob, ImportResult } from '../../../../electron/contract'
import { request, errorText, sendableFile } from '../../lib/api'
import { invalidate } from '../../lib/query'
import { batchesOf, tooLarge, uploadsFor, type Upload } from './import-files'

export type ImportRow = ImportResult & {
  upload?: Upload<File>
  /** a 仍然导入 for this file is under way */
  pending?: boolean
}

export type ImportRun = {
  phase: 'running' | 'done' | 'cancelled'
  done: number
  total: number
  current: string
  rows: ImportRow[]
  cancelling: boolean
}

const POLL_MS = 200
const CANCELLED = '导入已取消，此文件未处理。'
const TOO_LARGE = '文件超过 50 MB，未导入。答复文件通常只有几 MB，请确认是否选错了文件。'

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function failed(upload: Upload<File>, message: string, status: ImportRow['status'] = 'failed') {
  return { path: upload.name, status, message, uncertain: [], upload }
}

/** The job's results so far with the files they are about; once it has ended, every file sent. */
function rowsFor(
  batch: readonly Upload<File>[],
  results: readonly ImportResult[],
  ended: boolean
): ImportRow[] {
  const byName = new Map(batch.map((u) => [u.name, u]))
  const rows: ImportRow[] = results.map((r) => ({ ...r, upload: byName.get(r.path) }))
  if (!ended) return rows
  const answered = new Set(results.map((r) => r.path))
  return [
    ...rows,
    ...batch.filter((u) => !answered.has(u.name)).map((u) => failed(u, CANCELLED, 'cancelled'))
  ]
}

export function useImport() {
  const [run, setRun] = useState<ImportRun | null>(null)
  const jobId = useRef<string | null>(null)
  const stopped = useRef(false)

  const sendBatch = useCallback(
    async (batch: Upload<File>[], force: boolean, onJob: (job: ImportJob) => void) => {
      const files = await Promise.all(
        batch.map(async (u) => ({
          fileName: u.name,
          ...(u.send ? await sendableFile(u.file) : { base64: '' })
        }))
      )
      let job = await request('archive:importBytes', { files, ...(force ? { force } : {}) })
      jobId.current = job.id
      if (stopped.current) job = await request('archive:cancel', { jobId: job.id })
      onJob(job)
      while (job.state === 'running') {
        await delay(POLL_MS)
        job = await request('archive:job', { jobId: job.id })
        onJob(job)
      }
      jobId.current = null
      return rowsFor(batch, job.results, true)
    },
    []
  )

  const start = useCallback(
    async (files: readonly File[]) => {
      const uploads = uploadsFor(files)
      stopped.current = false
      const rows: ImportRow[] = uploads.filter(tooLarge).map((u) => failed(u, TOO_LARGE))
      let done = rows.length
      const total = uploads.length
      setRun({ phase: 'running', done, total, current: '', rows: [...rows], cancelling: false })
      for (const batch of batchesOf(uploads)) {
        if (stopped.current) {
          rows.push(...batch.map((u) => failed(u, CANCELLED, 'cancelled')))
        } else {
          const offset = done
          const before = [...rows]
          setRun((r) => r && { ...r, current: '正在读取所选文件…' })
          const progress = (job: ImportJob) =>
            setRun(
              (r) =>
                r && {
                  ...r,
                  done: offset + job.done,
                  current: job.current,
                  rows: [...before, ...rowsFor(batch, job.results, false)]
                }
            )
          const outcome = await sendBatch(batch, false, progress).catch((e: unknown) => {
            const message = errorText(e, '导入失败，请稍后重试。')
            return batch.map((u) => failed(u, message))
          })
          rows.push(...outcome)
        }
        done += batch.length
        setRun((r) => r && { ...r, done, rows: [...rows] })
      }
      setRun((r) => r && { ...r, phase: stopped.current ? 'cancelled' : 'done', current: '' })
      if (rows.some((r) => r.status === 'imported')) invalidate('archive:search')
    },
    [sendBatch]
  )

  const cancel = useCallback(() => {
    stopped.current = true
    setRun((r) => r && { ...r, cancelling: true })
    if (jobId.current) void request('archive:cancel', { jobId: jobId.current }).catch(() => null)
  }, [])

  /** 仍然导入: the user says a file the parser did not take for a reply is one. */
  const forceImport = useCallback(
    async (index: number) => {
      const upload = run?.rows[index]?.upload
      if (!upload) return
      const patch = (row: Partial<ImportRow>) =>
        setRun(
          (r) => r && { ...r, rows: r.rows.map((x, i) => (i === index ? { ...x, ...row } : x)) }
        )
      patch({ pending: true })
      const [row] = await sendBatch([upload], true, () => undefined).catch((e: unknown) => [
        failed(upload, errorText(e, '导入失败，请稍后重试。'))
      ])
      patch({ ...row, pending: false })
      if (row?.status === 'imported') invalidate('archive:search')
    },
    [run, sendBatch]
  )

  const clear = useCallback(() => setRun(null), [])

  return { run, start, cancel, forceImport, clear }
}
