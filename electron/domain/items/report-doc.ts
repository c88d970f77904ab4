import type { Block, Run } from '../body'
import type { ComposedReply } from '../composed-reply'
import { chineseDate } from '../drafting/chinese'
import type { ItemStats, Tally } from './stats'

// The year-end report on the handling of items, laid out like any document the bureau sends
// (GB/T 9704, standard format). It states only what the register knows; the clerk adds the
// addressee, the 文号 and the next year's plans in WPS before it is signed.

export type ReportInput = {
  organ: string
  /** 2025年度 or 2025年度市九届三次会议 */
  scopeName: string
  /** ISO date of the report */
  date: string
  stats: ItemStats
}

const text = (t: string): Run[] => [{ text: t }]
const para = (t: string): Block => ({ type: 'paragraph', runs: text(t) })
const heading = (t: string): Block => ({ type: 'heading', level: 1, runs: text(t) })
const pct = (r: number | null) => (r === null ? '—' : `${r}%`)

function tallyTable(rows: readonly Tally[]): Block {
  const header = ['科室', '件数', '已答复', '办结率', '按时办结率', '满意率']
  return {
    type: 'table',
    header: true,
    rows: [
      header.map(text),
      ...rows.map((r) =>
        [
          r.name,
          String(r.total),
          String(r.answered),
          pct(r.answerRate),
          pct(r.onTimeRate),
          pct(r.satisfactionRate)
        ].map(text)
      )
    ]
  }
}

function bodyBlocks({ scopeName, stats: s }: ReportInput): Block[] {
  const o = s.overall
  const classes = s.byClass
    .map((c) => `${c.code ? `${c.code}类` : '尚未确定类别的'}${c.count}件`)
    .join('、')
  const rated = s.bySatisfaction
  return [
    heading('基本情况'),
    para(
      `${scopeName}，我局共承办人大代表建议和政协提案${o.total}件，其中人大代表建议${s.byKind.建议}件、政协提案${s.byKind.提案}件；` +
        `主办${s.byRole.主办}件，协办${s.byRole.协办}件，会办${s.byRole.会办}件，分办${s.byRole.分办}件。` +
        (s.returned ? `另有${s.returned}件不属我局职责，已按程序退回交办单位。` : '')
    ),
    heading('办理结果'),
    para(
      `已答复${o.answered}件，办结率${pct(o.answerRate)}；按期答复${o.onTime}件，按时办结率${pct(o.onTimeRate)}。` +
        (classes ? `按办理结果分，${classes}。` : '')
    ),
    heading('沟通与满意度'),
    para(
      `收到代表委员反馈意见${o.rated}件，其中满意${rated.满意}件、基本满意${rated.基本满意}件、不满意${rated.不满意}件，满意率${pct(o.satisfactionRate)}。`
    ),
    heading('各科室办理情况'),
    tallyTable(s.byDepartment)
  ]
}

export function handlingReport(input: ReportInput): ComposedReply {
  return {
    format: 'standard',
    letterhead: input.organ,
    docNumberLine: '',
    marks: { placement: 'top-right', lines: [] },
    title: `${input.organ}关于${input.scopeName}建议提案办理工作情况的报告`,
    salutation: '',
    opening: [`现将${input.scopeName}人大代表建议和政协提案办理工作情况报告如下：`],
    body: { blocks: bodyBlocks(input) },
    closing: ['特此报告。'],
    attachments: [],
    signature: { organ: input.organ, date: chineseDate(input.date), sealed: true },
    contact: { placement: 'note', lines: [] },
    note: '',
    cc: '',
    imprint: { organ: input.organ, date: chineseDate(input.date) }
  }
}
