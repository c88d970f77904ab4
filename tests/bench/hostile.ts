import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { openDatabase } from '../../electron/store/db'
import { startBrowserHost } from '../../electron/host/browser-host'
import { importFiles } from '../../electron/import/pipeline'
import { hostClient } from './host-client'

// Hostile files (made by hostile_files.py, HOSTILE_TOOL below) imported one at a time: the
// slowest file's time and the process's peak RSS (the import worker lives in this process). Then
// a 20 MB text uploaded through the browser-mode host the way the window sends it, measuring the
// longest stall of the host's event loop, which is what the window waits on.

const HOSTILE_TOOL = join(__dirname, '..', '..', '..', 'shared', 'tools', 'hostile_files.py')
const MB = 1024 * 1024

function sampleRss(): { peak: () => number; stop: () => void } {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  return { peak: () => peak, stop: () => clearInterval(timer) }
}

async function hostileImports(dir: string) {
  const files = join(dir, 'hostile')
  execFileSync('python3', [HOSTILE_TOOL, files])
  const db = openDatabase(join(dir, 'hostile.db'))
  const rss = sampleRss()
  let slowest = 0
  for (const name of readdirSync(files)) {
    const started = performance.now()
    await importFiles(db, [join(files, name)])
    slowest = Math.max(slowest, performance.now() - started)
  }
  rss.stop()
  db.close()
  return {
    hostile_import_max_s: Math.round(slowest / 100) / 10,
    hostile_import_max_rss_mb: Math.round(rss.peak() / MB)
  }
}

function twentyMegabytesOfText(): Buffer {
  const paragraph = '关于加强基层医疗卫生服务能力建设的答复，现将有关情况说明如下。\n'
  return Buffer.from(paragraph.repeat(Math.ceil((20 * MB) / Buffer.byteLength(paragraph))))
}

async function uiBlockDuringLargeImport(dir: string): Promise<number> {
  const host = await startBrowserHost({ dataDir: join(dir, 'data') })
  type Job = { id: string; state: string }
  const { call, upload } = hostClient(host)
  const file = join(dir, '大文件.txt')
  writeFileSync(file, twentyMegabytesOfText())
  const delay = monitorEventLoopDelay({ resolution: 5 })
  // As the window sends it: the file streamed to /api/upload (by another process, as Chromium
  // is), then the import names the upload. Starting curl forks this process, which holds the
  // 20 MB and the host, synchronously (100–250 ms on a busy machine): that is the bench's own
  // cost, not the host's, so the measure starts once curl is running. The host reads nothing
  // before this function yields, so none of its work is missed.
  const uploading = upload(file)
  delay.enable()
  const uploadId = await uploading
  let job = await call<Job>('archive:importBytes', {
    files: [{ fileName: '大文件.txt', uploadId }]
  })
  while (job.state === 'running') {
    await new Promise((r) => setTimeout(r, 100))
    job = await call<Job>('archive:job', { jobId: job.id })
  }
  delay.disable()
  await host.close()
  return Math.round(delay.max / 1e6)
}

export async function benchHostile(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'replydesk-bench-hostile-'))
  try {
    const figures = await hostileImports(dir)
    return { ...figures, import_20mb_txt_ui_block_ms: await uiBlockDuringLargeImport(dir) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
