import { pageSummaries } from '../../../domain/pages'
import { CliError, requirePositional, stringOption, type CliCommand } from '../command'

export const pagesCommand: CliCommand = {
  name: 'pages',
  summary: '列出答复每页的首尾文字（与导出的 DOCX 分页一致）',
  usage: 'pages <id> [--format letter|standard] [--json]',
  options: { format: { type: 'string' } },
  async run({ positionals, values }, ctx) {
    const id = requirePositional(positionals, 0, '答复编号')
    const format = stringOption(values.format)
    if (format !== undefined && format !== 'letter' && format !== 'standard') {
      throw new CliError('--format 只能是 letter（信函格式）或 standard（文件格式）。', 2)
    }
    const preview = await ctx.call('drafts:preview', { id, ...(format ? { format } : {}) })
    const pages = pageSummaries(preview.pages)
    return {
      json: pages,
      text: [
        `共 ${pages.length} 页`,
        ...pages.map((p) => `第 ${p.page} 页：${p.first} …… ${p.last}`)
      ].join('\n')
    }
  }
}
