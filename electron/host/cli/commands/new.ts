import { readFile } from 'node:fs/promises'
import { fieldsFromJson } from '../../../domain/fields-json'
import { FIELD_LABELS } from '../../../domain/reply'
import { CliError, stringOption, type CliCommand } from '../command'

export const newCommand: CliCommand = {
  name: 'new',
  summary: '新建答复草稿（字段来自 JSON 文件，正文可来自文本文件）',
  usage: 'new [--template <模板>] --fields <fields.json> [--body <正文.txt>] [--json]',
  options: {
    fields: { type: 'string' },
    body: { type: 'string' },
    template: { type: 'string' }
  },
  async run({ values }, ctx) {
    const fieldsFile = stringOption(values.fields)
    let fields = {}
    if (fieldsFile) {
      let parsed: unknown
      try {
        parsed = JSON.parse(await readFile(fieldsFile, 'utf8'))
      } catch (e) {
        if ((e as { code?: string }).code === 'ENOENT') throw e
        throw new CliError(`字段文件 ${fieldsFile} 不是有效的 JSON：${(e as Error).message}`)
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new CliError(`字段文件 ${fieldsFile} 应当是一个 JSON 对象。`)
      }
      fields = fieldsFromJson(parsed as Record<string, unknown>)
      // The services would refuse the key with a message meant for the window; a file's author
      // needs the names it may use.
      const unknown = Object.keys(fields).filter((key) => !(key in FIELD_LABELS))
      if (unknown.length) {
        const known = Object.entries(FIELD_LABELS).map(([key, label]) => `${key}（${label}）`)
        throw new CliError(
          `字段文件 ${fieldsFile} 中没有名为“${unknown.join('、')}”的字段。可用的字段：${known.join('、')}。`
        )
      }
    }
    const bodyFile = stringOption(values.body)
    const bodyText = bodyFile ? await readFile(bodyFile, 'utf8') : undefined
    const template = stringOption(values.template)
    const draft = await ctx.call('drafts:create', {
      fields,
      ...(template ? { templateId: template } : {}),
      ...(bodyText !== undefined ? { bodyText } : {})
    })
    const { composed, missing, notices } = await ctx.call('drafts:compose', { id: draft.id })
    const rendered = {
      title: composed.title,
      salutation: composed.salutation,
      opening: composed.opening,
      doc_number_line: composed.docNumberLine,
      marks: composed.marks.lines,
      contact: composed.contact.lines,
      cc: composed.cc,
      closing: composed.closing
    }
    return {
      json: { ...draft, rendered, missing, notices },
      text: [
        `已新建草稿：${draft.id}`,
        `标题：${rendered.title}`,
        `称谓：${rendered.salutation}`,
        rendered.doc_number_line ? `文号：${rendered.doc_number_line}` : '文号：（无）',
        missing.length ? `尚未填写：${missing.map((m) => m.label).join('、')}` : '必填项已齐全。',
        ...notices.map((n) => `注意：${n}`)
      ].join('\n')
    }
  }
}
