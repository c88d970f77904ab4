import type { ProposerType, ReplyFields } from '../reply'

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

/** 您, 你们, 贵委 (a party's committee), 贵会 (a society, federation or association), 贵单位. */
export function addressOf(type: ProposerType, p: Proposer, together: boolean): string {
  if (isPerson(type)) return p.joint && together ? '你们' : '您'
  if (p.joint) return '贵单位'
  if (/委$/.test(p.name)) return '贵委'
  if (/(?:会|联|协)$/.test(p.name)) return '贵会'
  return '贵单位'
}

/** How the text refers to the proposer: 许国欣代表, 龙钺文等代表, 致公党岳阳市委. */
export function proposerReference(type: ProposerType, p: Proposer): string {
  if (!isPerson(type)) return p.signers.join('、')
  if (!p.joint) return `${p.name}${type}`
  return `${p.name}等${p.count ? `${p.count}位` : ''}${type}`
}
