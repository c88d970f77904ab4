// One assigned 建议 or 提案 in the bureau's register (办理台账). Keys are snake_case like ReplyFields
// so that the intake, the CLI's JSON and the archive speak the same names.

export const ITEM_KINDS = ['建议', '提案'] as const
export type ItemKind = (typeof ITEM_KINDS)[number]

export const ITEM_ROLES = ['主办', '协办', '会办', '分办'] as const
export type ItemRole = (typeof ITEM_ROLES)[number]

export const SATISFACTION = ['满意', '基本满意', '不满意'] as const
export type Satisfaction = (typeof SATISFACTION)[number]

export const CONTACT_STAGES = ['办前', '办中', '办后'] as const
export type ContactStage = (typeof CONTACT_STAGES)[number]

export const CONTACT_WAYS = [
  '当面',
  '电话',
  '座谈',
  '现场调研',
  '书面',
  '短信',
  '微信',
  '其他'
] as const

export type ItemFields = {
  year: number
  /** 届次 as printed: 市九届三次会议 */
  session: string
  kind: ItemKind
  /** exactly as assigned: 068 stays 068 */
  number: string
  title: string
  proposer: string
  co_signers: string[]
  /** ISO date of 交办; '' when unknown */
  assigned_date: string
  role: ItemRole
  lead_unit: string
  co_units: string[]
  /** 分管领导 */
  leader: string
  /** 承办科室 */
  department: string
  /** 经办人 */
  handler: string
  /** a due date set by hand (a local calendar or an approved extension); '' follows the profile */
  due_override: string
  /** 办理结果类别 from the profile's code list: A, B, C … */
  result_class: string
}

export function emptyItemFields(year: number): ItemFields {
  return {
    year,
    session: '',
    kind: '建议',
    number: '',
    title: '',
    proposer: '',
    co_signers: [],
    assigned_date: '',
    role: '主办',
    lead_unit: '',
    co_units: [],
    leader: '',
    department: '',
    handler: '',
    due_override: '',
    result_class: ''
  }
}

/** The key that tells two items apart: 届次 + 编号, compared without spaces. */
export function itemKey(session: string, number: string): string {
  return `${session.replace(/\s+/g, '')}#${number.replace(/\s+/g, '')}`
}

export function isAssisting(role: ItemRole): boolean {
  return role === '协办' || role === '会办'
}
