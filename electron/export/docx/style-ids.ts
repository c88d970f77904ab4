import type { LayoutElement } from '../../domain/layout'

// Every element of the reply gets its own paragraph style: clerks see 公文正文, 发文字号… in WPS, and
// the conformance checker knows which rules apply to a paragraph by its style.

export const STYLE = {
  normal: 'Normal',
  body: 'GwBody',
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  heading4: 'Heading4',
  letterhead: 'GwLetterhead',
  letterRule: 'GwLetterRule',
  topRow: 'GwTopRow',
  docNumber: 'GwDocNumber',
  salutation: 'GwSalutation',
  tableText: 'GwTableText',
  attachment: 'GwAttachment',
  organ: 'GwOrgan',
  date: 'GwDate',
  note: 'GwNote',
  contact: 'GwContact',
  cc: 'GwCc',
  imprint: 'GwImprint',
  pageNumber: 'GwPageNumber',
  spacer: 'GwSpacer'
} as const

export type StyleId = (typeof STYLE)[keyof typeof STYLE]

export type StyleSpec = {
  id: StyleId
  name: string
  /** the layout element whose font and size the style takes */
  element: LayoutElement
  /** false for elements placed by measure rather than on the line grid */
  grid: boolean
  align?: 'left' | 'center' | 'right' | 'both'
  firstLineChars?: number
  keepNext?: boolean
  keepLines?: boolean
  outlineLevel?: number
  red?: boolean
}

export const STYLE_SPECS: readonly StyleSpec[] = [
  { id: STYLE.body, name: '公文正文', element: 'body', grid: true, firstLineChars: 2 },
  {
    id: STYLE.title,
    name: 'Title',
    element: 'title',
    grid: false,
    align: 'center',
    keepNext: true,
    keepLines: true
  },
  {
    id: STYLE.heading1,
    name: 'heading 1',
    element: 'h1',
    grid: true,
    firstLineChars: 2,
    keepNext: true,
    outlineLevel: 0
  },
  {
    id: STYLE.heading2,
    name: 'heading 2',
    element: 'h2',
    grid: true,
    firstLineChars: 2,
    keepNext: true,
    outlineLevel: 1
  },
  {
    id: STYLE.heading3,
    name: 'heading 3',
    element: 'h3',
    grid: true,
    firstLineChars: 2,
    keepNext: true,
    outlineLevel: 2
  },
  {
    id: STYLE.heading4,
    name: 'heading 4',
    element: 'h4',
    grid: true,
    firstLineChars: 2,
    keepNext: true,
    outlineLevel: 3
  },
  {
    id: STYLE.letterhead,
    name: '发文机关标志',
    element: 'letterhead',
    grid: false,
    align: 'center',
    red: true
  },
  { id: STYLE.letterRule, name: '版头红线', element: 'body', grid: false },
  { id: STYLE.topRow, name: '份号密级与标注', element: 'mark', grid: false, align: 'left' },
  { id: STYLE.docNumber, name: '发文字号', element: 'docNumber', grid: false },
  {
    id: STYLE.salutation,
    name: '主送机关',
    element: 'body',
    grid: true,
    align: 'left',
    keepNext: true
  },
  { id: STYLE.tableText, name: '表格文字', element: 'table', grid: false, align: 'center' },
  {
    id: STYLE.attachment,
    name: '附件说明',
    element: 'body',
    grid: true,
    align: 'left',
    keepNext: true
  },
  {
    id: STYLE.organ,
    name: '发文机关署名',
    element: 'body',
    grid: true,
    align: 'right',
    keepNext: true,
    keepLines: true
  },
  {
    id: STYLE.date,
    name: '成文日期',
    element: 'body',
    grid: true,
    align: 'right',
    keepLines: true
  },
  { id: STYLE.note, name: '附注', element: 'body', grid: true, firstLineChars: 2, keepLines: true },
  {
    id: STYLE.contact,
    name: '联系人',
    element: 'body',
    grid: true,
    align: 'left',
    keepLines: true
  },
  { id: STYLE.cc, name: '抄送', element: 'cc', grid: true, align: 'left' },
  { id: STYLE.imprint, name: '印发机关和日期', element: 'cc', grid: true, align: 'left' },
  { id: STYLE.pageNumber, name: '页码', element: 'pageNumber', grid: false },
  { id: STYLE.spacer, name: '版头留白', element: 'body', grid: false }
]

const HEADING_STYLES = [STYLE.heading1, STYLE.heading2, STYLE.heading3, STYLE.heading4] as const

export function headingStyleId(level: 1 | 2 | 3 | 4): StyleId {
  return HEADING_STYLES[level - 1] as StyleId
}
