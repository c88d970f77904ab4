import { localDateTime } from '../../../domain/local-time'
import type { CliCommand } from '../command'

const STATUS_LABELS: Record<string, string> = {
  draft: '草稿',
  review: '待审核',
  returned: '退回修改',
  approved: '已签发',
  closed: '已办结',
  archived: '档案'
}

export const listCommand: CliCommand = {
  name: 'list',
  summary: '列出答复草稿',
  usage: 'list [--json]',
  async run(_args, ctx) {
    const drafts = await ctx.call('drafts:list', {})
    const lines = drafts.map(
      (d) =>
        `${d.id}  ${STATUS_LABELS[d.status] ?? d.status}  ${localDateTime(d.updated_at)}  ${d.title || '（未命名）'}`
    )
    return { json: drafts, text: lines.length ? lines.join('\n') : '还没有草稿。' }
  }
}
