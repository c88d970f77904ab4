import { writeFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { CliError, outputPath, requirePositional, stringOption, type CliCommand } from '../command'

// The file type follows the output's extension (reply.pdf, reply.docx); --format keeps its meaning
// of the document's format (信函格式 / 文件格式). `--format pdf` is accepted too, for a .pdf output.

type Kind = 'docx' | 'pdf'

function outputKind(path: string, format: string | undefined): Kind {
  const pdf = extname(path).toLowerCase() === '.pdf'
  if (format === 'pdf' && !pdf) throw new CliError('导出 PDF 时，-o 的文件名应以 .pdf 结尾。', 2)
  return pdf ? 'pdf' : 'docx'
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: '把答复导出为符合 GB/T 9704-2012 的 DOCX，或由它生成的 PDF（-o 以 .pdf 结尾）',
  usage:
    'export <id> -o <文件.docx|文件.pdf> [--force] [--format letter|standard] [--comments] [--json]',
  options: {
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    format: { type: 'string' },
    comments: { type: 'boolean' }
  },
  async run({ positionals, values }, ctx) {
    const id = requirePositional(positionals, 0, '答复编号')
    const path = outputPath(stringOption(values.output), values.force)
    const given = stringOption(values.format)
    if (given !== undefined && given !== 'letter' && given !== 'standard' && given !== 'pdf') {
      throw new CliError('--format 只能是 letter（信函格式）或 standard（文件格式）。', 2)
    }
    const kind = outputKind(path, given)
    const format = given === 'pdf' ? undefined : given
    const comments = values.comments === true
    if (kind === 'pdf' && comments) {
      throw new CliError('带批注的审阅稿只能导出为 DOCX，请把 -o 改为 .docx 文件。', 2)
    }
    const file =
      kind === 'pdf'
        ? {
            ...(await ctx.call('drafts:exportPdf', { id, ...(format ? { format } : {}) })),
            comments: 0
          }
        : await ctx.call('drafts:exportDocx', {
            id,
            ...(format ? { format } : {}),
            ...(comments ? { comments } : {})
          })
    await writeFile(path, Buffer.from(file.base64, 'base64'))
    const state = file.approval ? `${file.approval.by}已签发` : '未签发稿'
    return {
      json: {
        id,
        path,
        type: kind,
        bytes: Buffer.byteLength(file.base64, 'base64'),
        approval: file.approval,
        comments: file.comments,
        warnings: file.warnings
      },
      text: [
        `已导出：${path}（${state}${comments ? `，含 ${file.comments} 条批注` : ''}）`,
        ...file.warnings.map((w) => `注意：${w}`)
      ].join('\n')
    }
  }
}
