import { writeFile } from 'node:fs/promises'
import { CliError, outputPath, requirePositional, stringOption, type CliCommand } from '../command'

export const exportCommand: CliCommand = {
  name: 'export',
  summary: '把答复导出为符合 GB/T 9704-2012 的 DOCX',
  usage: 'export <id> -o <文件.docx> [--force] [--format letter|standard] [--comments] [--json]',
  options: {
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    format: { type: 'string' },
    comments: { type: 'boolean' }
  },
  async run({ positionals, values }, ctx) {
    const id = requirePositional(positionals, 0, '答复编号')
    const path = outputPath(stringOption(values.output), values.force)
    const format = stringOption(values.format)
    if (format !== undefined && format !== 'letter' && format !== 'standard') {
      throw new CliError('--format 只能是 letter（信函格式）或 standard（文件格式）。', 2)
    }
    const comments = values.comments === true
    const file = await ctx.call('drafts:exportDocx', {
      id,
      ...(format ? { format } : {}),
      ...(comments ? { comments } : {})
    })
    await writeFile(path, Buffer.from(file.base64, 'base64'))
    return {
      json: {
        id,
        path,
        bytes: Buffer.byteLength(file.base64, 'base64'),
        approval: file.approval,
        comments: file.comments
      },
      text: `已导出：${path}（${file.approval ? `${file.approval.by}已签发` : '未签发稿'}${
        comments ? `，含 ${file.comments} 条批注` : ''
      }）`
    }
  }
}
