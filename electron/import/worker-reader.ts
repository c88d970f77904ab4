import { existsSync } from 'node:fs'
import { extname, join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { LIMITS } from './limits'
import type { ReadJob, ReadOutcome } from './read-and-parse'
import { failure } from './read-result'

// Reading and parsing run on a worker thread, never on the thread that answers the window: a file
// that takes long or balloons is cut off at the time or heap limit and reported as too complex,
// and the worker is replaced. One worker serves every import, one file at a time; it does not keep
// the process alive while idle.

type Pending = { resolve: (outcome: ReadOutcome) => void; timer: NodeJS.Timeout }

const CONVERTED = new Set(['doc', 'wps', 'rtf'])
const TOO_COMPLEX = failure('too-complex')
const CANCELLED: ReadOutcome = { ok: false, code: 'read-failed', message: '导入已取消。' }

function spawn(): Worker {
  const options = {
    resourceLimits: { maxOldGenerationSizeMb: LIMITS.heapMb, maxYoungGenerationSizeMb: 32 }
  }
  // The bundled app ships read-worker.js beside its main file; under tsx and vitest the TypeScript
  // source is run through tsx's require hook.
  const built = join(__dirname, 'read-worker.js')
  if (existsSync(built)) return new Worker(built, options)
  const source = join(__dirname, 'read-worker.ts')
  const tsx = require.resolve('tsx/cjs')
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(source)})`, {
    ...options,
    eval: true
  })
}

function timeLimit(job: ReadJob): number {
  const name = 'bytes' in job ? job.fileName : (job.fileName ?? job.path)
  return CONVERTED.has(extname(name).slice(1).toLowerCase())
    ? LIMITS.convertedFileMs
    : LIMITS.fileMs
}

class WorkerReader {
  private worker: Worker | null = null
  private readonly pending = new Map<number, Pending>()
  private nextId = 0

  read(job: ReadJob, signal?: AbortSignal): Promise<ReadOutcome> {
    if (signal?.aborted) return Promise.resolve(CANCELLED)
    const worker = this.ensure()
    const id = this.nextId++
    return new Promise<ReadOutcome>((resolve) => {
      const timer = setTimeout(() => this.fail(TOO_COMPLEX), timeLimit(job))
      const onAbort = () => this.fail(CANCELLED)
      signal?.addEventListener('abort', onAbort, { once: true })
      this.pending.set(id, {
        timer,
        resolve: (outcome) => {
          signal?.removeEventListener('abort', onAbort)
          resolve(outcome)
        }
      })
      worker.ref()
      worker.postMessage({ id, job })
    })
  }

  /** Starts the worker ahead of the first import: starting one stalls the caller's thread. */
  warm(): void {
    this.ensure().unref()
  }

  private ensure(): Worker {
    if (this.worker) return this.worker
    const worker = spawn()
    worker.on('message', (message: { id: number; outcome: ReadOutcome }) =>
      this.settle(message.id, message.outcome)
    )
    // Out of heap (ERR_WORKER_OUT_OF_MEMORY) or any crash: the file was too much for it.
    worker.on('error', () => this.fail(TOO_COMPLEX))
    worker.on('exit', () => this.fail(TOO_COMPLEX, worker))
    this.worker = worker
    return worker
  }

  private settle(id: number, outcome: ReadOutcome): void {
    const pending = this.pending.get(id)
    if (!pending) return
    this.pending.delete(id)
    clearTimeout(pending.timer)
    pending.resolve(outcome)
    if (this.pending.size === 0) this.worker?.unref()
  }

  /** Ends the worker and everything it was doing; the next read starts a fresh one. */
  private fail(outcome: ReadOutcome, which: Worker | null = this.worker): void {
    if (!which || which !== this.worker) return
    this.worker = null
    void which.terminate()
    for (const id of [...this.pending.keys()]) this.settle(id, outcome)
  }
}

let shared: WorkerReader | undefined

export function readInWorker(job: ReadJob, signal?: AbortSignal): Promise<ReadOutcome> {
  shared ??= new WorkerReader()
  return shared.read(job, signal)
}

/** For hosts that serve a window: the worker is ready before the first import is asked for. */
export function warmImportWorker(): void {
  shared ??= new WorkerReader()
  shared.warm()
}
