import { FONT_FALLBACKS } from '../../domain/layout'
import { STYLE } from '../docx/style-ids'

// What each element of a reply must look like, keyed by the paragraph styles the generator
// writes. A bureau may set a fallback font (仿宋 for 仿宋_GB2312), so each element accepts its
// official font's family.

const family = (font: string) => [font, ...(FONT_FALLBACKS[font] ?? [])]
const FANGSONG = family('仿宋_GB2312')
const XIAOBIAOSONG = family('方正小标宋简体')
const HEITI = family('黑体')
const KAITI = family('楷体_GB2312')
const SONGTI = family('宋体')

export type Expectation = {
  label: string
  fonts: string[]
  /** allowed sizes in half-points; empty means any */
  sizes: number[]
}

const body = (label: string): Expectation => ({ label, fonts: FANGSONG, sizes: [32] })

export const EXPECTATIONS: Record<string, Expectation> = {
  [STYLE.title]: { label: '标题', fonts: XIAOBIAOSONG, sizes: [44] },
  [STYLE.letterhead]: { label: '发文机关标志', fonts: XIAOBIAOSONG, sizes: [] },
  [STYLE.body]: body('正文'),
  [STYLE.heading1]: { label: '一级标题', fonts: HEITI, sizes: [32] },
  [STYLE.heading2]: { label: '二级标题', fonts: KAITI, sizes: [32] },
  [STYLE.heading3]: body('三级标题'),
  [STYLE.heading4]: body('四级标题'),
  [STYLE.salutation]: body('主送机关'),
  [STYLE.docNumber]: body('发文字号'),
  [STYLE.topRow]: { label: '份号、密级与标注', fonts: [...FANGSONG, ...HEITI], sizes: [32] },
  [STYLE.attachment]: body('附件说明'),
  [STYLE.organ]: body('发文机关署名'),
  [STYLE.date]: body('成文日期'),
  [STYLE.note]: body('附注'),
  [STYLE.contact]: body('联系人'),
  [STYLE.tableText]: { label: '表格文字', fonts: FANGSONG, sizes: [32, 28] },
  [STYLE.cc]: { label: '抄送', fonts: FANGSONG, sizes: [28] },
  [STYLE.imprint]: { label: '印发机关和印发日期', fonts: FANGSONG, sizes: [28] },
  [STYLE.pageNumber]: { label: '页码', fonts: SONGTI, sizes: [28] }
}

/** Styles laid on the 22-line grid with exact spacing at the grid's pitch. */
export const GRID_STYLES = new Set<string>([
  STYLE.body,
  STYLE.heading1,
  STYLE.heading2,
  STYLE.heading3,
  STYLE.heading4,
  STYLE.salutation,
  STYLE.attachment,
  STYLE.organ,
  STYLE.date,
  STYLE.note,
  STYLE.contact
])

/** Paragraphs that open with a 2-character first-line indent. */
export const INDENTED_STYLES = new Set<string>([
  STYLE.body,
  STYLE.heading1,
  STYLE.heading2,
  STYLE.heading3,
  STYLE.heading4,
  STYLE.note
])

export const HEADING_STYLES = new Set<string>([
  STYLE.heading1,
  STYLE.heading2,
  STYLE.heading3,
  STYLE.heading4
])

export const LATIN_FONT = 'Times New Roman'

/** Red as the letterhead and the 版头 rules need it: a strong red channel, little green and blue. */
export function isRed(hex: string): boolean {
  if (!/^[0-9a-f]{6}$/i.test(hex)) return false
  const [r = 0, g = 0, b = 0] = (hex.match(/../g) ?? []).map((h) => parseInt(h, 16))
  return r >= 0xc0 && g <= 0x40 && b <= 0x40
}
