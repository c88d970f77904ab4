// The reply's official fields. Keys follow tests/fixtures/seeds/expected.json so that the CLI,
// JSON files, the parser and the archive all speak the same names.

export const REPLY_KINDS = ['建议', '提案', '协办意见', '会办意见'] as const
export type ReplyKind = (typeof REPLY_KINDS)[number]

export const PROPOSER_TYPES = ['代表', '委员', '党派', '团体'] as const
export type ProposerType = (typeof PROPOSER_TYPES)[number]

export const HANDLING_ROLES = ['主办', '协办', '分办', '会办'] as const
export type HandlingRole = (typeof HANDLING_ROLES)[number]

export const DOC_FORMATS = ['letter', 'standard'] as const
export type DocFormat = (typeof DOC_FORMATS)[number]

export type SessionInfo = {
  /** 区 / 县 / 市 / 省 */
  level: string
  body: '人大' | '政协'
  /** 届, as written: 二, 六, 九 */
  term: string
  /** 次, as written: 五, 三 */
  meeting: string
  /** the place when the session names it: 岳阳市 (岳阳市政协九届三次会议) */
  place?: string
}

export type ReplyFields = {
  kind: ReplyKind
  /** Meeting reference as it is printed, e.g. 区人大二届五次会议. */
  session: string
  session_info?: SessionInfo | null
  /** Exactly as assigned: "068" stays "068". */
  item_number: string
  proposer: string
  proposer_type: ProposerType
  co_signers: string[]
  /** The item's own title: 关于推进基层医疗服务的建议. */
  subject: string
  /** The reply's title; empty means the template renders it. */
  title: string
  role: HandlingRole
  /** 主办单位, the addressee of a 协办意见 or 会办意见 */
  lead_unit: string
  classification: string
  disclosure: string
  organ: string
  doc_number: string
  /** ISO yyyy-mm-dd or empty. */
  date: string
  leader: string
  leader_phone: string
  handler: string
  handler_phone: string
  postcode: string
  cc: string[]
  /** 附注, e.g. （此件主动公开）. */
  note: string
  attachments: string[]
  format: DocFormat
  /** ISO date the item was assigned (交办日); used for deadlines and date checks. */
  assigned_date: string
}

export function emptyFields(): ReplyFields {
  return {
    kind: '建议',
    session: '',
    session_info: null,
    item_number: '',
    proposer: '',
    proposer_type: '代表',
    co_signers: [],
    subject: '',
    title: '',
    role: '主办',
    lead_unit: '',
    classification: '',
    disclosure: '',
    organ: '',
    doc_number: '',
    date: '',
    leader: '',
    leader_phone: '',
    handler: '',
    handler_phone: '',
    postcode: '',
    cc: [],
    note: '',
    attachments: [],
    format: 'letter',
    assigned_date: ''
  }
}
