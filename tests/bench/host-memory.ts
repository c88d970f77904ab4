import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startBrowserHost } from '../../electron/host/browser-host'
import { hostClient } from './host-client'

// Issue 12 item 9: what the browser-mode host keeps after large requests. A 20 MB text uploaded and
// imported, searches over it, a DOCX exported; then the host idles for a few seconds, as between a
// clerk's actions, and its RSS is read. Measured in a process of its own (host-memory-run.ts).

const MB = 1024 * 1024

function largeText(): Buffer {
  const paragraph = '关于加强基层医疗卫生服务能力建设的答复，现将村医待遇和医保报销情况说明如下。\n'
  return Buffer.from(paragraph.repeat(Math.ceil((20 * MB) / Buffer.byteLength(paragraph))))
}

export async function benchHostMemory(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'replydesk-bench-memory-'))
  const host = await startBrowserHost({ dataDir: join(dir, 'data') })
  try {
    const { call, upload } = hostClient(host)
    const file = join(dir, '大文件.txt')
    writeFileSync(file, largeText())
    const uploadId = await upload(file)
    type Job = { id: string; state: string }
    let job = await call<Job>('archive:importBytes', {
      files: [{ fileName: '大文件.txt', uploadId }]
    })
    while (job.state === 'running') {
      await new Promise((r) => setTimeout(r, 100))
      job = await call<Job>('archive:job', { jobId: job.id })
    }
    for (const query of ['村医', '医保报销', '基层医疗卫生', '说明']) {
      await call('archive:search', { query })
    }
    const draft = await call<{ id: string }>('drafts:create', {
      fields: { title: '关于提高村医待遇的建议' }
    })
    await call('drafts:exportDocx', { id: draft.id })
    await new Promise((r) => setTimeout(r, 3000))
    return { host_rss_after_large_requests_mb: Math.round(process.memoryUsage().rss / MB) }
  } finally {
    await host.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
