import { join } from 'node:path'
import type { CliCommand } from '../command'

export const templatesCommand: CliCommand = {
  name: 'templates',
  summary: '列出答复模板和示例单位设置，并报告模板文件中的错误',
  usage: 'templates [--json]',
  async run(_args, ctx) {
    const { loadProfilesDir, loadTemplatesDir } = await import('../../../store/templates-store')
    const dir = (await ctx.services()).ctx.templatesDir
    const { templates, problems } = loadTemplatesDir(dir)
    const profiles = loadProfilesDir(join(dir, 'profiles'))
    const json = {
      templates: templates.map((t) => ({
        id: t.id,
        name: t.name,
        kinds: t.kinds,
        proposer_types: t.proposer_types
      })),
      profiles: profiles.profiles.map((p) => ({
        file: p.file,
        name: p.profile.name,
        organ: p.profile.organ
      })),
      problems: [...problems, ...profiles.problems]
    }
    const text = [
      '模板：',
      ...json.templates.map(
        (t) => `  ${t.id}  ${t.name}（${t.kinds.join('、')}；${t.proposer_types.join('、')}）`
      ),
      '示例单位设置：',
      ...json.profiles.map((p) => `  ${p.file}  ${p.name || p.organ}`),
      ...(json.problems.length ? ['模板文件中的问题：', ...json.problems.map((p) => `  ${p}`)] : [])
    ].join('\n')
    return { json, text }
  }
}
