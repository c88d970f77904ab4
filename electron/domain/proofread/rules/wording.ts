import { at, type Rule } from '../rule'
import type { Finding } from '../types'
import { hits } from './scan'

// Words that replies often get wrong: 关于《关于…》, 截止 for 截至 before a date, 反应 for 反映
// (to report), 的 for 地 between an adverb and a verb, and 您们.

type Pattern = { re: RegExp; fix: string; message: string }

const ADVERB =
  '积极|认真|切实|大力|有效|不断|稳步|扎实|全面|充分|深入|持续|主动|及时|努力|逐步|稳妥|进一步'
const VERB =
  '推进|开展|做好|落实|加强|推动|解决|实施|提升|完善|研究|组织|保障|支持|推广|指导|配合|协调|回应|处理'

const PATTERNS: Pattern[] = [
  {
    re: /关于(?=《关于)/g,
    fix: '对',
    message: '“关于《关于……》”重复，应写作“对《关于……》”。'
  },
  {
    re: /截止(?=\s*(?:\d|[〇一二三四五六七八九]{2,}年|目前|今年|今|现在|当前|年底|上年|本年|去年|上半年|到))/g,
    fix: '截至',
    message: '表示“到某时为止”应写作“截至”，“截止”表示停止，多用于“截止日期”。'
  },
  {
    re: /(?<=群众|代表|委员|您|你们|贵委|贵会|社会|所|多次|普遍|集中|向[^，。]{1,10})反应(?=的|问题|情况|意见|诉求|了)/g,
    fix: '反映',
    message: '表示“把情况、意见告诉上级”应写作“反映”。'
  },
  {
    re: new RegExp(`(?<=(?:${ADVERB}))的(?=(?:${VERB}))`, 'g'),
    fix: '地',
    message: '状语与动词之间应用“地”，如“积极地推进”。'
  },
  {
    re: /您们/g,
    fix: '你们',
    message: '“您们”不规范，称呼多人应写作“你们”或“各位”。'
  }
]

export const wording: Rule = {
  id: 'wording',
  title: '易混用词',
  severity: 'warning',
  check(doc) {
    const out: Finding[] = []
    for (const { re, fix, message } of PATTERNS) {
      for (const { start, end } of hits(doc, re))
        out.push(at(wording, doc, start, end, message, fix))
    }
    return out
  }
}
