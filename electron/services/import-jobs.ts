import { randomUUID } from 'node:crypto'
import type { ImportJob, ImportResult } from '../contract/archive'
import { AppFailure } from '../contract/result'
import type { ImportOptions } from '../import/pipeline'

// An import can take minutes, longer than an IPC or HTTP call should wait: it runs as a job the
// UI polls (archive:job) and can cancel (archive:cancel), the same way over every transport.

const KEEP_FINISHED = 10

type Running = { job: ImportJob; controller: AbortController }

export type ImportRunner = (
  options: Pick<ImportOptions, 'onProgress' | 'onResult' | 'signal'>
) => Promise<ImportResult[]>

export class ImportJobs {
  private readonly jobs = new Map<string, Running>()

  constructor(private readonly now: () => Date) {}

  start(total: number, run: ImportRunner): ImportJob {
    const job: ImportJob = {
      id: randomUUID(),
      state: 'running',
      done: 0,
      total,
      current: '',
      results: [],
      started_at: this.now().toISOString(),
      finished_at: null
    }
    const controller = new AbortController()
    this.jobs.set(job.id, { job, controller })
    this.prune()
    run({
      signal: controller.signal,
      onProgress: (done, count, current) => Object.assign(job, { done, total: count, current }),
      onResult: (result) => job.results.push(result)
    })
      .catch((e: unknown) => {
        job.results.push({
          path: job.current,
          status: 'failed',
          message: `导入中断：${e instanceof Error ? e.message : String(e)}`,
          uncertain: []
        })
      })
      .finally(() => {
        job.state = controller.signal.aborted ? 'cancelled' : 'done'
        job.done = job.total
        job.current = ''
        job.finished_at = this.now().toISOString()
      })
    return { ...job }
  }

  get(id: string): ImportJob {
    const running = this.jobs.get(id)
    if (!running)
      throw new AppFailure('not-found', '找不到这个导入任务，它可能已经结束很久，请重新导入。')
    return { ...running.job, results: [...running.job.results] }
  }

  cancel(id: string): ImportJob {
    const running = this.jobs.get(id)
    running?.controller.abort()
    return this.get(id)
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((r) => r.job.state !== 'running')
    for (const r of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) {
      this.jobs.delete(r.job.id)
    }
  }
}
