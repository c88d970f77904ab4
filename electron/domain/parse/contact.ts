import { alternation, HANDLER_LABELS, LEADER_LABELS, PHONE_LABELS, POSTCODE_LABELS } from './labels'
import { compact, toAscii } from './text'

// The contact block: 主管领导/承办负责人 with a phone, 经办人/承办人/联系人 with a phone, 邮政编码.
// It comes one item a line, several on a line (主管领导：曹虎，联系电话：…；经办人：…), in
// parentheses, or combined (承办人及联系电话：高大为 0730-8206079). A phone belongs to the person
// named before it.

export type ContactFields = {
  leader: string | null
  leader_phone: string | null
  handler: string | null
  handler_phone: string | null
  postcode: string | null
}

type Role = 'leader' | 'handler' | 'phone' | 'postcode'

const ROLE_OF = new Map<string, Role>([
  ...LEADER_LABELS.map((l) => [l, 'leader'] as const),
  ...HANDLER_LABELS.map((l) => [l, 'handler'] as const),
  ...PHONE_LABELS.map((l) => [l, 'phone'] as const),
  ...POSTCODE_LABELS.map((l) => [l, 'postcode'] as const)
])

const LABEL = new RegExp(
  `(?<=^|[\\s，,；;。（(])(${alternation([...ROLE_OF.keys()])})(?:\\s*(?:及|和|、|/)\\s*(?:联系)?(?:电话|方式))?\\s*[：:]?`,
  'gm'
)
const PHONE =
  /(?:\+?86[-\s]?)?(?:1[3-9]\d{9}|0\d{2,3}\s*[-－—]?\s*\d{7,8}(?:\s*(?:-|转)\s*\d{1,5})?|(?<!\d)\d{7,8}(?!\d))/
const POSTCODE = /(?<!\d)\d{6}(?!\d)/
const TITLES =
  /^(?:局?党组成员|党委委员|党组书记|副?局长|副?主任|副?院长|副?科长|副?处长|副?书记|二级调研员|一级调研员|调研员|科员)+/
const NAME = /^[\p{Script=Han}·]{2,5}$/u

function phoneIn(value: string): string | null {
  const m = PHONE.exec(toAscii(value))
  if (!m) return null
  return m[0]
    .replace(/\s*([-－—转])\s*/g, (_, c: string) => (c === '转' ? c : '-'))
    .replace(/\s+/g, '-')
}

/** The person's name in a label's value: 曹虎 ，  /  高大为 0730-8206079  /  副局长 李四. */
export function nameIn(value: string): string | null {
  const withoutPhone = toAscii(value).replace(PHONE, ' ')
  for (const token of compact(withoutPhone).split(/[\s，,；;。、：:（）()|｜]+/)) {
    const name = token.replace(TITLES, '').replace(/同志.*$/, '')
    if (NAME.test(name)) return name
  }
  return null
}

type Entry = { role: Role; value: string }

function entries(text: string): Entry[] {
  const found = [...text.matchAll(LABEL)]
  return found.map((m, i) => {
    const end = found[i + 1]?.index ?? text.length
    const value = text.slice(m.index + m[0].length, end)
    const firstLine = value.split('\n').find((l) => l.trim()) ?? ''
    return { role: ROLE_OF.get(m[1]!.replace(/\s+/g, '')) ?? 'phone', value: firstLine }
  })
}

export function readContact(text: string): ContactFields {
  const out: ContactFields = {
    leader: null,
    leader_phone: null,
    handler: null,
    handler_phone: null,
    postcode: null
  }
  let person: 'leader' | 'handler' | null = null
  for (const { role, value } of entries(text)) {
    if (role === 'postcode') {
      out.postcode ??= POSTCODE.exec(toAscii(value))?.[0] ?? null
    } else if (role === 'phone') {
      const owner = person ?? 'handler'
      const key = owner === 'leader' ? 'leader_phone' : 'handler_phone'
      out[key] ??= phoneIn(value)
    } else {
      person = role
      out[role] ??= nameIn(value)
      const key = role === 'leader' ? 'leader_phone' : 'handler_phone'
      out[key] ??= phoneIn(value)
    }
  }
  return out
}

const LEADER_IN_SENTENCE =
  /(?:局?党组成员|副?(?:局长|主任|院长|书记)|分管领导|主管领导|负责人)[\s、]*([\p{Script=Han}·]{2,4}?)\s*(?:同志|(?=审定|审签|签发|审核|审阅))/u

const NAME_THEN_TITLE =
  /(?:已?经|由)([\p{Script=Han}·]{2,3}?)(?:副?局长|副?主任|副?院长|党组书记|党委书记|副?书记)(?:同志)?(?:审定|审签|签发|审核|审阅)/u

/** A leader named only in running text (经分管副局长曹虎同志审定, 已经张建国局长审签), a guess. */
export function leaderInSentence(text: string): string | null {
  const c = compact(text)
  const m = LEADER_IN_SENTENCE.exec(c) ?? NAME_THEN_TITLE.exec(c)
  return m ? m[1]! : null
}
