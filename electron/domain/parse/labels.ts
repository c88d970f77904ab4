// The labels that open a contact line, a 版记 line or a web page's metadata row. PDF extraction
// often spaces them out (经 办 人), so each one is matched with optional spaces between characters.

export const LEADER_LABELS = [
  '承办负责人',
  '主管领导',
  '分管领导',
  '分管负责人',
  '单位负责人',
  '负责人',
  '领导签发',
  '签发人'
]
export const HANDLER_LABELS = ['经办人姓名', '具体经办人', '经办人', '承办人', '联系人']
export const PHONE_LABELS = [
  '联系单位',
  '联系电话',
  '办公电话',
  '手机号码',
  '联系方式',
  '手机',
  '电话'
]
export const POSTCODE_LABELS = ['邮政编码', '邮编']
export const CC_LABEL = '抄送'

/** Web labels that mark a line as page metadata even alone: no letter line starts with them. */
export const PAGE_LABELS = [
  '索引号',
  '信息来源',
  '来源',
  '发布机构',
  '发布时间',
  '发布日期',
  '发文日期',
  '成文日期',
  '生成日期',
  '浏览次数',
  '浏览量',
  '阅读次数',
  '访问量',
  '点击数',
  '字体',
  '字号',
  '发文字号',
  '文号',
  '主题分类',
  '主题词',
  '公开方式'
]

export const META_LABELS = [
  ...PAGE_LABELS,
  '发文机关',
  '发文机构',
  '所属机构',
  '作者',
  '责任编辑',
  '编辑',
  '更新时间',
  '公开日期',
  '日期',
  '标题',
  '名称',
  '类别',
  '分类',
  '体裁分类',
  '信息分类',
  '组配分类',
  '服务对象',
  '关键词',
  '公开范围',
  '公开时限',
  '有效性',
  '生效日期',
  '废止日期'
]

const OTHER_LABELS = [CC_LABEL, '抄报', '主送', '附件', '此致', '敬礼']

export const CONTACT_LABELS = [
  ...LEADER_LABELS,
  ...HANDLER_LABELS,
  ...PHONE_LABELS,
  ...POSTCODE_LABELS
]

const ALL_LABELS = [...CONTACT_LABELS, ...OTHER_LABELS].sort((a, b) => b.length - a.length)

export function spacedPattern(label: string): string {
  return [...label].join('[ \\t\\u3000]*')
}

export function alternation(labels: readonly string[]): string {
  return [...labels]
    .sort((a, b) => b.length - a.length)
    .map(spacedPattern)
    .join('|')
}

const SPACED_LABEL = new RegExp(
  `(^|[，,；;（(][ \\t\\u3000]*)(${ALL_LABELS.filter((l) => l.length > 1)
    .map((l) => [...l].join('[ \\t\\u3000]+'))
    .join('|')})(?=[ \\t\\u3000]*[：:]|[ \\t\\u3000]|$)`,
  'g'
)

/** 经 办 人： → 经办人：. Only labels at a line start or after punctuation, never body words. */
export function normaliseSpacedLabels(line: string): string {
  return line.replace(
    SPACED_LABEL,
    (_m, before: string, label: string) => before + label.replace(/[ \t\u3000]+/g, '')
  )
}

const LINE_LABEL = new RegExp(
  `^[（(]?\\s*(?:${alternation([...ALL_LABELS, ...META_LABELS])})\\s*(?:[：:]|\\s|$)`
)

/** A line that opens with a contact, 版记 or metadata label. */
export function startsWithLabel(line: string): boolean {
  return LINE_LABEL.test(line.trim())
}

const CONTACT_LINE = new RegExp(
  `^[（(]?\\s*(?:${alternation(CONTACT_LABELS)})\\s*(?:[：:]|\\s|$|及|和|[\\d０-９])`
)

export function startsWithContactLabel(line: string): boolean {
  return CONTACT_LINE.test(line.trim())
}

const ORGAN =
  /^[\p{Script=Han}（）()]{3,30}(?:局|委员会|委|厅|办公室|政府|医院|中心|院|部|办|会|所|处|室)$/u

/** A line that is only an organisation's name (letterhead, 署名). */
export function isOrganName(s: string): boolean {
  return ORGAN.test(s)
}
