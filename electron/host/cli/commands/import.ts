import type { ImportJob, ImportStatus } from '../../../contract/archive'
import { CliError, type CliCommand } from '../command'

const STATUS_LABELS: Record<ImportStatus, string> = {
  imported: '已导入',
  duplicate: '重复',
  'not-a-reply': '非答复',
  failed: '失败',
  unsupported: '不支持',
  cancelled: '未处理'
}

const POLL_MS = 100

export const importCommand: CliCommand = {
  name: 'import',
  summary: '把以往的答复文件（DOCX、DOC、WPS、PDF、TXT）或整个文件夹导入档案',
  usage: 'import <文件或文件夹>… [--force] [--json]',
  options: { force: { type: 'boolean' } },
  async run({ positionals, values }, ctx) {
    if (positionals.length === 0) throw new CliError('缺少参数：要导入的文件或文件夹。', 2)
    let job: ImportJob = await ctx.call('archive:import', {
      paths: positionals,
      ...(values.force === true ? { force: true } : {})
    })
    let reported = 0
    const report = () => {
      // Every outcome once, as it arrives: polling may skip a fast file's "current" moment.
      for (const r of job.results.slice(reported)) {
        ctx.progress(`[${++reported}/${job.total}] ${STATUS_LABELS[r.status]} ${r.path}`)
      }
    }
    while (job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      job = await ctx.call('archive:job', { jobId: job.id })
      report()
    }
    const counts = new Map<ImportStatus, number>()
    for (const r of job.results) counts.set(r.status, (counts.get(r.status) ?? 0) + 1)
    const summary = [...counts].map(([status, n]) => `${STATUS_LABELS[status]} ${n}`).join('，')
    const lines = job.results.map((r) => `${STATUS_LABELS[r.status]}  ${r.path}  ${r.message}`)
    return {
      json: job.results,
      text: [...lines, `共 ${job.results.length} 个文件：${summary || '无'}。`].join('\n')
    }
  }
}
