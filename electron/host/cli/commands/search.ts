import type { SearchFilters } from '../../../contract/archive'
import { MARK_END, MARK_START } from '../../../domain/search-marks'
import { CliError, requirePositional, stringOption, type CliCommand } from '../command'

function filtersFrom(values: Record<string, unknown>): SearchFilters {
  const filters: Record<string, unknown> = {}
  const year = stringOption(values.year)
  if (year !== undefined) {
    if (!/^\d{4}$/.test(year)) throw new CliError('--year 应为四位年份，例如 2024。', 2)
    filters.year = Number(year)
  }
  const names = {
    kind: 'kind',
    class: 'classification',
    session: 'session',
    proposer: 'proposer',
    leader: 'leader',
    status: 'status'
  } as const
  for (const [option, key] of Object.entries(names)) {
    const value = stringOption(values[option])
    if (value !== undefined) filters[key] = value
  }
  return filters as SearchFilters
}

export const searchCommand: CliCommand = {
  name: 'search',
  summary: '在答复档案和草稿中全文检索，可按年份、类别、办理结果、届次、提出人、领导、状态筛选',
  usage:
    'search "<检索词>" [--year 2024] [--kind 建议|提案] [--class A] [--session <届次>] [--proposer <提出人>] [--leader <领导>] [--status archived|draft|…] [--limit 20] [--json]',
  options: {
    year: { type: 'string' },
    kind: { type: 'string' },
    class: { type: 'string' },
    session: { type: 'string' },
    proposer: { type: 'string' },
    leader: { type: 'string' },
    status: { type: 'string' },
    limit: { type: 'string' }
  },
  async run({ positionals, values }, ctx) {
    const query = requirePositional(positionals, 0, '检索词')
    const limit = stringOption(values.limit)
    const result = await ctx.call('archive:search', {
      query,
      filters: filtersFrom(values),
      ...(limit !== undefined ? { limit: Number(limit) } : {})
    })
    const total = result.total_exact ? `${result.total}` : `约 ${result.total}`
    const lines = result.hits.map((h, i) =>
      [
        `${i + 1}. ${h.title || '（无标题）'}  ${h.proposer}  ${h.year ?? ''} ${h.kind}  ${h.id}`,
        `   ${h.snippet.replaceAll(MARK_START, '【').replaceAll(MARK_END, '】')}`
      ].join('\n')
    )
    return {
      json: result,
      text: [`找到 ${total} 份答复。`, ...lines].join('\n')
    }
  }
}
