import { stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { readDocumentFile } from '../../../import/read-document'
import { bodyText } from '../../../domain/body'
import { bodyFromEditorState } from '../../../domain/lexical-body'
import { fixAll, proofread, type Finding } from '../../../domain/proofread'
import type { ReplyFields } from '../../../domain/reply'
import { FIELD_LABELS } from '../../../domain/reply'
import {
  CliError,
  requirePositional,
  stringOption,
  type CliCommand,
  type CliContext
} from '../command'
import { forEachFile } from '../many-files'

type Key = keyof ReplyFields

const SEVERITY_WORDS: Record<Finding['severity'], string> = {
  error: '错误',
  warning: '警告',
  info: '提示'
}

/** Today in the local time zone, as yyyy-mm-dd: the date a clerk sees on the calendar. */
function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

function requiredOption(value: unknown): Key[] {
  const names = (stringOption(value) ?? '').split(/[,，、\s]+/).filter(Boolean)
  const unknown = names.filter((n) => !(n in FIELD_LABELS))
  if (unknown.length > 0) {
    throw new CliError(`--require 中有未知的字段：${unknown.join('、')}。`, 2)
  }
  return names as Key[]
}

async function isFile(target: string): Promise<boolean> {
  try {
    return (await stat(target)).isFile()
  } catch {
    return extname(target) !== ''
  }
}

/** A file needs no archive: it is read and proofread here, with the fields named by --require. */
async function lintFile(path: string, required: Key[]) {
  const read = await readDocumentFile(path)
  if (!read.ok) throw new CliError(read.message)
  const options = { today: today(), requiredFields: required }
  return { text: read.text, findings: proofread({ text: read.text, options }), options }
}

/** --fix: the file's text with every automatic fix, proofread again until nothing changes. */
async function fixFile(path: string, required: Key[]) {
  const { text, options } = await lintFile(path, required)
  const fixed = fixAll({ text, options })
  const findings = proofread({ text: fixed.text, options })
  return {
    json: { fixed: fixed.text, passes: fixed.passes, ...lintJson(findings) },
    text: fixed.text
  }
}

/** A draft goes through the service, so its template decides the required fields as in the app. */
async function lintDraft(id: string, ctx: CliContext) {
  const draft = await ctx.call('drafts:get', { id })
  const text = bodyText(bodyFromEditorState(draft.body))
  const report = await ctx.call('proofread:run', { text, fields: draft.fields, draftId: id })
  return { text, findings: report.findings }
}

/** The findings as `cli lint --json` prints them. */
export function lintJson(findings: Finding[]) {
  return {
    findings: findings.map(({ rule, severity, start, end, excerpt, message, fix, field }) => ({
      rule,
      severity,
      start,
      end,
      excerpt,
      message,
      ...(fix ? { fix } : {}),
      ...(field ? { field } : {})
    }))
  }
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) if (text[i] === '\n') line++
  return line
}

function describe(findings: Finding[], text: string): string {
  if (findings.length === 0) return '未发现问题。'
  const lines = findings.map((f) => {
    const where = f.field ? FIELD_LABELS[f.field] : `第${lineOf(text, f.start)}行`
    const excerpt = f.excerpt ? `“${f.excerpt}”` : ''
    return `${where}［${SEVERITY_WORDS[f.severity]}］${excerpt}${f.message}${f.fix ? '（可自动修正）' : ''}`
  })
  return [...lines, '', `共发现 ${findings.length} 处问题。`].join('\n')
}

export const lintCommand: CliCommand = {
  name: 'lint',
  summary: '校对答复（TXT、DOCX 等文件或草稿编号），列出格式和文字问题',
  usage: 'lint <文件|草稿编号>… [--require 字段,字段（仅用于文件）] [--fix] [--json]',
  options: { require: { type: 'string' }, fix: { type: 'boolean' } },
  async run({ positionals, values }, ctx) {
    requirePositional(positionals, 0, '文件路径或草稿编号')
    const required = requiredOption(values.require)
    return forEachFile(positionals, async (target) => {
      if (values.fix === true) {
        if (!(await isFile(target)))
          throw new CliError('--fix 只用于文件，草稿请在编辑器中修正。', 2)
        return fixFile(target, required)
      }
      const { text, findings } = (await isFile(target))
        ? await lintFile(target, required)
        : await lintDraft(target, ctx)
      return { json: lintJson(findings), text: describe(findings, text) }
    })
  }
}
