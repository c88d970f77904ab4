import { readDocumentFile } from '../../../import/read-document'
import { FIELD_LABELS } from '../../../domain/reply'
import {
  parseReply,
  textWithBoldMarks,
  type ParsedFields,
  type ParsedReply
} from '../../../domain/parse'
import { CliError, requirePositional, type CliCommand } from '../command'
import { forEachFile } from '../many-files'

function label(key: keyof ParsedFields): string {
  if (key === 'section_headings') return '一级标题'
  if (key === 'item_number_raw') return '编号原文'
  return FIELD_LABELS[key]
}

/** is_reply, then the fields in expected.json order, item_number_raw right after item_number. */
export function parsedJson(parsed: ParsedReply): Record<string, unknown> {
  const { item_number_raw, ...fields } = parsed.fields
  const out: Record<string, unknown> = { is_reply: parsed.is_reply }
  for (const [key, value] of Object.entries(fields)) {
    out[key] = value
    if (key === 'item_number' && item_number_raw !== undefined)
      out.item_number_raw = item_number_raw
  }
  return out
}

function describe(parsed: ParsedReply): string {
  if (!parsed.is_reply) return '此文件不是建议提案答复，未读取字段。'
  const uncertain = new Set(parsed.uncertain)
  return (Object.keys(parsed.fields) as (keyof ParsedFields)[])
    .filter((key) => key !== 'item_number_raw')
    .map((key) => {
      const value =
        key === 'item_number'
          ? (parsed.fields.item_number_raw ?? parsed.fields.item_number)
          : parsed.fields[key]
      const shown = Array.isArray(value) ? value.join('；') : value
      return `${label(key)}：${shown === null || shown === '' ? '（未写明）' : shown}${uncertain.has(key) ? '（待确认）' : ''}`
    })
    .join('\n')
}

export async function runParse(file: string): Promise<ParsedReply> {
  const read = await readDocumentFile(file)
  if (!read.ok) throw new CliError(read.message)
  return parseReply(read.blocks ? textWithBoldMarks(read.blocks) : read.text)
}

export const parseCommand: CliCommand = {
  name: 'parse',
  summary: '读取一份以往的答复文件（DOCX、DOC、WPS、PDF、TXT），列出识别出的字段',
  usage: 'parse <文件>… [--json]',
  async run({ positionals }) {
    requirePositional(positionals, 0, '文件路径')
    return forEachFile(positionals, async (file) => {
      const parsed = await runParse(file)
      return { json: parsedJson(parsed), text: describe(parsed) }
    })
  }
}
