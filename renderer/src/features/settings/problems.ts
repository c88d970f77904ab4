import type { SettingProblem } from '../../../../electron/contract'

// The service names a problem by its setting's path (leaders, 0, phone); the page shows it in the
// section that holds the setting, located in words a clerk uses.

export const SECTIONS = {
  organ: '单位信息',
  docNumber: '文号',
  people: '人员',
  cc: '抄送',
  codes: '办理结果',
  deadlines: '办理期限',
  publicCopy: '政务公开版',
  templates: '模板与版式',
  fonts: '公文字体',
  file: '设置文件',
  backup: '档案备份'
} as const

export type SectionId = keyof typeof SECTIONS

const SECTION_OF: Record<string, SectionId> = {
  name: 'organ',
  organ: 'organ',
  letterhead: 'organ',
  self_name: 'organ',
  postcode: 'organ',
  format: 'organ',
  doc_prefixes: 'docNumber',
  doc_prefixes_by_year: 'docNumber',
  doc_line: 'docNumber',
  leaders: 'people',
  handlers: 'people',
  cc_presets: 'cc',
  cc_mode: 'cc',
  copies_pattern: 'cc',
  classification_codes: 'codes',
  disclosure_default: 'codes',
  deadlines: 'deadlines',
  due_notification: 'deadlines',
  public_copy: 'publicCopy',
  default_templates: 'templates',
  session_style: 'templates',
  greeting: 'templates',
  layout: 'templates'
}

const TOP_LABELS: Record<string, string> = {
  name: '设置名称',
  organ: '单位名称',
  letterhead: '发文机关标志',
  self_name: '自称',
  postcode: '邮政编码',
  format: '版式',
  doc_line: '文号行格式',
  copies_pattern: '份数写法',
  cc_mode: '抄送写法',
  disclosure_default: '默认公开属性',
  session_style: '届次写法',
  greeting: '问候语',
  classification_codes: '办理结果类别',
  public_copy: '政务公开版',
  due_notification: '到期提醒'
}

const PERSON_FIELDS: Record<string, string> = { name: '姓名', phone: '电话', title: '职务' }
const CC_FIELDS: Record<string, string> = { name: '单位名称', copies: '份数', note: '说明' }
const CODE_FIELDS: Record<string, string> = { code: '代码', grade: '含义', label: '说明' }
const DEADLINES: Record<string, string> = {
  reply_months: '答复期限',
  extended_months: '延期后的期限',
  assist_months: '协办、会办意见期限'
}
const LAYOUT: Record<string, string> = {
  title_style: '标题样式',
  reply_word: '答复用语',
  marks: '标识位置',
  mark_lines: '标识各行',
  contact: '联系人信息',
  signature: '署名和日期',
  letterhead: '发文机关标志'
}

const nth = (p: string | number | undefined) => (typeof p === 'number' ? `第${p + 1}` : '')
const field = (labels: Record<string, string>, p: string | number | undefined) =>
  p === undefined ? '' : `的${labels[String(p)] ?? String(p)}`

function where(path: SettingProblem['path']): string {
  const [key, a, b, c] = path
  switch (key) {
    case 'leaders':
      return `${nth(a)}个主管领导${field(PERSON_FIELDS, b)}`
    case 'handlers':
      return `${nth(a)}个经办人${field(PERSON_FIELDS, b)}`
    case 'cc_presets':
      return `${String(a ?? '')}抄送${nth(b)}项${field(CC_FIELDS, c)}`
    case 'classification_codes':
      return `${nth(a)}个类别${field(CODE_FIELDS, b)}`
    case 'doc_prefixes':
      return `${String(a ?? '')}的文号代字`
    case 'doc_prefixes_by_year':
      return `${String(a ?? '')}年${String(b ?? '')}的文号代字`
    case 'default_templates':
      return `${String(a ?? '')}的默认模板`
    case 'deadlines':
      return DEADLINES[String(a)] ?? '办理期限'
    case 'layout':
      return a === 'contact' && typeof c === 'number'
        ? `联系人信息第${c + 1}行`
        : (LAYOUT[String(a)] ?? '版式')
    default:
      return TOP_LABELS[String(key)] ?? ''
  }
}

export function problemText(p: SettingProblem): string {
  const place = where(p.path)
  return place ? `${place}：${p.message}` : p.message
}

export function sectionOf(p: SettingProblem): SectionId {
  return SECTION_OF[String(p.path[0])] ?? 'file'
}

export function problemsIn(problems: readonly SettingProblem[], section: SectionId): string[] {
  return problems.filter((p) => sectionOf(p) === section).map(problemText)
}

/** Marks the input whose setting has a problem. */
export function hasProblemAt(problems: readonly SettingProblem[], ...path: (string | number)[]) {
  return problems.some((p) => path.every((step, i) => p.path[i] === step))
}

/** The problems that 'profile:save' sends back in error.details. */
export function problemsOf(details: unknown): SettingProblem[] {
  if (typeof details !== 'object' || details === null || !('problems' in details)) return []
  return Array.isArray(details.problems) ? (details.problems as SettingProblem[]) : []
}
