import { bodyText } from '../../../domain/body'
import { bodyFromEditorState } from '../../../domain/lexical-body'
import { requirePositional, type CliCommand } from '../command'

export const showCommand: CliCommand = {
  name: 'show',
  summary: '显示一份答复的字段和正文',
  usage: 'show <id> [--json]',
  async run({ positionals }, ctx) {
    const draft = await ctx.call('drafts:get', {
      id: requirePositional(positionals, 0, '答复编号')
    })
    const f = draft.fields
    return {
      json: draft,
      text: [
        `编号：${draft.id}`,
        `类别：${f.kind}　届次：${f.session}　第${f.item_number}号　提出人：${f.proposer}`,
        `标题：${f.title || f.subject}`,
        '',
        bodyText(bodyFromEditorState(draft.body))
      ].join('\n')
    }
  }
}
