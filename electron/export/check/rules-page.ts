import { charsPerLineAt, defaultLayout, gridLinesPerPage, mmToTwips } from '../../domain/layout'
import { type DocxPackage } from './package'
import { type Rule, TWIPS_PER_MM, type Violation } from './types'
import { type XmlElement, attr, child, elements, numAttr, path } from './xml'

// Page setup, the document grid, line-rule spelling, theme fonts and fields: rules about the whole
// document rather than one paragraph.

const STANDARD = defaultLayout()
const A4 = { w: mmToTwips(210), h: mmToTwips(297) }
const PAGE_SETUP = '页面设置'

export const pageSize: Rule = (doc) => {
  const pgSz = child(doc.sectPr, 'w:pgSz')
  const w = numAttr(pgSz, 'w:w') ?? 0
  const h = numAttr(pgSz, 'w:h') ?? 0
  if (Math.abs(w - A4.w) <= 2 && Math.abs(h - A4.h) <= 2 && attr(pgSz, 'w:orient') !== 'landscape')
    return []
  return [
    {
      rule: 'page.size',
      message: `纸张应为 A4 纵向（210 mm × 297 mm），文档为 ${(w / TWIPS_PER_MM).toFixed(0)} mm × ${(h / TWIPS_PER_MM).toFixed(0)} mm。`,
      where: PAGE_SETUP
    }
  ]
}

const MARGINS = [
  ['w:top', '上（天头）', STANDARD.margins.topMm],
  ['w:bottom', '下', STANDARD.margins.bottomMm],
  ['w:left', '左（订口）', STANDARD.margins.leftMm],
  ['w:right', '右', STANDARD.margins.rightMm]
] as const

export const pageMargins: Rule = (doc) => {
  const pgMar = child(doc.sectPr, 'w:pgMar')
  return MARGINS.flatMap(([name, label, mm]): Violation[] => {
    const actual = numAttr(pgMar, name)
    if (actual !== undefined && Math.abs(actual - mm * TWIPS_PER_MM) <= TWIPS_PER_MM) return []
    const shown = actual === undefined ? '未设置' : `${(actual / TWIPS_PER_MM).toFixed(1)} mm`
    return [
      {
        rule: 'page.margins',
        message: `${label}页边距应为 ${mm} mm（允许误差 1 mm），文档为 ${shown}。`,
        where: PAGE_SETUP
      }
    ]
  })
}

/** Size and character spacing of body text: the 公文正文 style, else the default paragraph style. */
function bodyRunProps(doc: DocxPackage): { sizePt: number; spacing: number } {
  const styles = elements(doc.styles, 'w:style')
  const body =
    styles.find((s) => attr(s, 'w:styleId') === 'GwBody') ??
    styles.find((s) => attr(s, 'w:default') === '1' && attr(s, 'w:type') === 'paragraph')
  const defaults = path(doc.styles, 'w:docDefaults', 'w:rPrDefault', 'w:rPr')
  const sz =
    numAttr(path(body, 'w:rPr', 'w:sz'), 'w:val') ?? numAttr(child(defaults, 'w:sz'), 'w:val') ?? 20
  const spacing =
    numAttr(path(body, 'w:rPr', 'w:spacing'), 'w:val') ??
    numAttr(child(defaults, 'w:spacing'), 'w:val') ??
    0
  return { sizePt: sz / 2, spacing }
}

export const documentGrid: Rule = (doc) => {
  const grid = child(doc.sectPr, 'w:docGrid')
  const pgSz = child(doc.sectPr, 'w:pgSz')
  const pgMar = child(doc.sectPr, 'w:pgMar')
  const n = (el: XmlElement | undefined, a: string) => numAttr(el, a) ?? 0
  const textWidth = n(pgSz, 'w:w') - n(pgMar, 'w:left') - n(pgMar, 'w:right')
  const textHeight = n(pgSz, 'w:h') - n(pgMar, 'w:top') - n(pgMar, 'w:bottom')
  const out: Violation[] = []
  const fail = (message: string) => out.push({ rule: 'page.grid', message, where: PAGE_SETUP })
  // LibreOffice (and so the 信创 desktops) gives every Chinese character two cells of a condensed
  // character grid, about 14 characters a line: the grid fixes lines only, spacing sets the 28
  if (attr(grid, 'w:type') !== 'lines') {
    fail('文档网格应为“只指定行网格”（lines）：字符网格在 LibreOffice 中会排成每行约 14 字。')
  }
  const pitch = numAttr(grid, 'w:linePitch') ?? 0
  const lines = pitch > 0 ? gridLinesPerPage(textHeight, pitch) : 0
  if (lines !== STANDARD.linesPerPage) {
    fail(`文档网格行距 ${pitch / 20} 磅使每页为 ${lines} 行，应为 22 行（行距约 28.95 磅）。`)
  }
  const body = bodyRunProps(doc)
  const chars = charsPerLineAt(textWidth, body.sizePt, body.spacing)
  if (chars !== STANDARD.charsPerLine) {
    fail(
      `正文字号 ${body.sizePt} 磅、字距 ${body.spacing / 20} 磅使每行为 ${chars} 字，应为 28 字。`
    )
  }
  return out
}

/** docx's LineRuleType.EXACTLY writes "exactly", which Word reads as multiple line spacing. */
export const lineRuleSpelling: Rule = (doc) =>
  doc.parts.flatMap(({ name, xml }) => {
    const bad = [...xml.matchAll(/w:lineRule="([^"]*)"/g)].filter(
      (m) => !['exact', 'atLeast', 'auto'].includes(m[1]!)
    )
    return bad.length
      ? [
          {
            rule: 'line.rule',
            message: `行距规则写作“${bad[0]![1]}”共 ${bad.length} 处，Word 会当作多倍行距；固定值应写作 exact。`,
            where: name
          }
        ]
      : []
  })

export const themeFonts: Rule = (doc) =>
  doc.parts.flatMap(({ name, xml }) => {
    const hits = xml.match(/w:(ascii|hAnsi|eastAsia|cs)Theme="/g)
    return hits
      ? [
          {
            rule: 'font.theme',
            message: `引用了主题字体 ${hits.length} 处，WPS 会提示缺少等线、Calibri 等字体；应直接写明字体名称。`,
            where: name
          }
        ]
      : []
  })

export const noTocFields: Rule = (doc) =>
  doc.parts.some(({ xml }) => /<w:instrText[^>]*>\s*TOC\b|w:instr="\s*TOC\b/.test(xml))
    ? [{ rule: 'field.toc', message: '文档含目录域，WPS 中显示为空白；公文不应使用目录域。' }]
    : []

export const PAGE_RULES: Rule[] = [
  pageSize,
  pageMargins,
  documentGrid,
  lineRuleSpelling,
  themeFonts,
  noTocFields
]
