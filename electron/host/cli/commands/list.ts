import { localDateTime } from '../../../domain/local-time'
import { statusLabel } from '../../../domain/review/status'
import type { CliCommand } from '../command'

export const listCommand: CliCommand = {
  name: 'list',
  summary: '列出答复草稿',
  usage: 'list [--json]',
  async run(_args, ctx) {
    const drafts = await ctx.call('drafts:list', {})
    const lines = drafts.map(
      (d) =>
        `${d.id}  ${statusLabel(d.status)}  ${localDateTime(d.updated_at)}  ${d.title || '（未命名）'}`
    )
    return { json: drafts, text: lines.length ? lines.join('\n') : '还没有草稿。' }
  }
}
