import { writeFile } from 'node:fs/promises'
import { readDocumentFile } from '../../../import/read-document'
import { parseReply, textWithBoldMarks } from '../../../domain/parse'
import { composeFromParsed } from '../../../domain/retypeset'
import { withoutExtractionSpaces } from '../../../domain/retypeset-spaces'
import { CliError, outputPath, requirePositional, stringOption, type CliCommand } from '../command'

export const retypesetCommand: CliCommand = {
  name: 'retypeset',
  summary: '把旧答复（PDF 提取的文本或 DOCX）按 GB/T 9704-2012 重新排版为 DOCX，正文一字不改',
  usage: 'retypeset <旧答复.txt|.docx|.pdf> -o <文件.docx> [--force] [--json]',
  options: { output: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
  async run({ positionals, values }, _ctx) {
    const input = requirePositional(positionals, 0, '旧答复文件')
    const path = outputPath(stringOption(values.output), values.force, [input])
    const read = await readDocumentFile(input)
    if (!read.ok) throw new CliError(read.message)
    const spaced = withoutExtractionSpaces(read.blocks ? textWithBoldMarks(read.blocks) : read.text)
    const parsed = parseReply(spaced.text)
    if (!parsed.is_reply) throw new CliError('这份文件看起来不是建议提案答复，没有重新排版。')
    // the DOCX writer is large: loaded only by the commands that write one
    const { buildDocx } = await import('../../../export/docx')
    const { checkDocx } = await import('../../../export/check')
    const bytes = await buildDocx(composeFromParsed(parsed))
    await writeFile(path, bytes)
    const violations = await checkDocx(bytes)
    return {
      json: {
        path,
        spacesRemoved: spaced.removed,
        fields: parsed.fields,
        uncertain: parsed.uncertain,
        violations
      },
      text: [
        `已重新排版：${path}`,
        spaced.removed ? `已去掉 ${spaced.removed} 处从 PDF 提取带入的多余空格。` : '',
        violations.length
          ? `格式检查发现 ${violations.length} 处问题：\n${violations.map((v) => `  ${v.message}`).join('\n')}`
          : '格式检查通过。',
        parsed.uncertain.length ? `以下字段是推断的，请核对：${parsed.uncertain.join('、')}` : ''
      ]
        .filter(Boolean)
        .join('\n')
    }
  }
}
