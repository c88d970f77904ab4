import type { ProposerType, ReplyFields, ReplyKind } from '../reply'

// Who the reply is addressed to. The proposer field holds what the assignment list says, which is
// sometimes the bare name (龙钺文) and sometimes the whole address (龙钺文等代表, 柳春龙等3位代表).

export type Proposer = {
  /** the lead proposer's name alone */
  name: string
  joint: boolean
  /** how many signed, when known */
  count: number | null
  /** the lead proposer first, then the co-signers */
  signers: string[]
}

const PERSON_SUFFIX =
  /^(?<name>.*?)(?:(?<deng>等)(?:(?<count>\d+|[一二三四五六七八九十]+)\s*[位名])?)?(?:代表|委员)?$/u

const CN_COUNTS = '一二三四五六七八九'

function readCount(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s)
  if (s === '十') return 10
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s)
  if (m)
    return (m[1] ? CN_COUNTS.indexOf(m[1]) + 1 : 1) * 10 + (m[2] ? CN_COUNTS.indexOf(m[2]) + 1 : 0)
  const i = CN_COUNTS.indexOf(s)
  return s.length === 1 && i >= 0 ? i + 1 : null
}

export function isPerson(type: ProposerType): boolean {
  return type === '代表' || type === '委员'
}

export function proposerOf(
  fields: Pick<ReplyFields, 'proposer' | 'proposer_type' | 'co_signers'>
): Proposer {
  const raw = fields.proposer.trim()
  let name = raw
  let written: number | null = null
  let deng = false
  if (isPerson(fields.proposer_type)) {
    const g = PERSON_SUFFIX.exec(raw)?.groups
    if (g?.name) {
      name = g.name.trim()
      deng = g.deng !== undefined
      written = g.count ? readCount(g.count) : null
    }
  }
  const others = fields.co_signers.map((s) => s.trim()).filter((s) => s && s !== name)
  const signers = name ? [name, ...new Set(others)] : [...new Set(others)]
  const joint = deng || signers.length > 1
  const count = signers.length > 1 ? signers.length : written
  return { name, joint, count, signers }
}

// The eight democratic parties (by their usual short and full names) and the organisations that
// put proposals in their own name: a reply to them says 贵委/贵党派/贵会, never 您, and its
// salutation is the organisation's name alone, never …代表： or …委员：.
const PARTY =
  /民革|民盟|民建|民进|农工党|农工民主党|致公党|九三学社|台盟|国民党革命委员会|民主同盟|民主建国会|民主促进会|自治同盟/
const ORGANISATION =
  /工商联|工商业联合会|总工会|共青团|团[省市县区]?委|妇联|妇女联合会|科协|侨联|台联|青联|文联|社科联|残联|红十字会|界别?$|委员小组|专委会|专门委员会|委员会$|代表团$|[协学商]会$|联合会$|研究会$|小组$|[局院厅办所校司]$|单位$|公司$|中心$/

/** What the proposer's name says it is: a party, another organisation, or a person (代表/委员). */
export function inferProposerType(kind: ReplyKind, proposer: string): ProposerType {
  const name = proposer.trim()
  if (PARTY.test(name)) return '党派'
  if (ORGANISATION.test(name)) return '团体'
  return kind === '提案' ? '委员' : '代表'
}

/**
 * 您 or 你们 for people; for organisations 贵委 (a committee: 致公党岳阳市委, 专委会), 贵党派,
 * 贵会 (a society, federation or association), 贵界别, 贵小组, else 贵单位.
 */
export function addressOf(type: ProposerType, p: Proposer, together: boolean): string {
  if (isPerson(type)) return p.joint && together ? '你们' : '您'
  if (p.joint) return '贵单位'
  if (/委(?:员会)?$|专委会$/.test(p.name)) return '贵委'
  if (type === '党派') return '贵党派'
  if (/(?:会|联|协)$/.test(p.name)) return '贵会'
  if (/界别?$/.test(p.name)) return '贵界别'
  if (/小组$/.test(p.name)) return '贵小组'
  return '贵单位'
}

/** How the text refers to the proposer: 许国欣代表, 龙钺文等代表, 致公党岳阳市委. */
export function proposerReference(type: ProposerType, p: Proposer): string {
  if (!isPerson(type)) return p.signers.join('、')
  if (!p.joint) return `${p.name}${type}`
  return `${p.name}等${p.count ? `${p.count}位` : ''}${type}`
}

/**
 * The type the document addresses: the one chosen, except that a name that is plainly an
 * organisation is never addressed as a person (…代表：, 您), and a person's 提案 is a 委员's, a
 * person's 建议 a 代表's, whatever the form still says.
 */
export function addressedType(
  fields: Pick<ReplyFields, 'kind' | 'proposer' | 'proposer_type'>
): ProposerType {
  const chosen = fields.proposer_type
  if (!isPerson(chosen)) return chosen
  const named = inferProposerType(fields.kind, fields.proposer)
  if (!isPerson(named)) return named
  return fields.kind === '建议' || fields.kind === '提案' ? named : chosen
}
