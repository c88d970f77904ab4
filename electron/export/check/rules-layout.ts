import { STYLE } from '../docx/style-ids'
import { EXPECTATIONS, GRID_STYLES, HEADING_STYLES, INDENTED_STYLES, isRed } from './elements'
import { type DocxPackage, type Para, paraProp, runProp, whereOf } from './package'
import type { Rule, Violation } from './types'
import { attr, child, descendants, elements, isOn, numAttr, path } from './xml'

// Paragraph layout: exact line spacing on the grid, indents, alignment, keep-with rules, colour,
// and tables that WPS can lay out.

const labelOf = (p: Para) => EXPECTATIONS[p.style]?.label ?? '段落'

const lineSpacing: Rule = (doc) => {
  const pitch = numAttr(path(doc.sectPr, 'w:docGrid'), 'w:linePitch')
  return doc.paragraphs.flatMap((p): Violation[] => {
    if (!GRID_STYLES.has(p.style) || p.inTable) return []
    const spacing = paraProp(doc, p, 'w:spacing')
    const rule = attr(spacing, 'w:lineRule')
    const line = numAttr(spacing, 'w:line')
    if (rule === 'exact' && (pitch === undefined || Math.abs((line ?? 0) - pitch) <= 1)) return []
    const actual = rule === 'exact' ? `固定值 ${(line ?? 0) / 20} 磅` : '非固定值'
    return [
      {
        rule: 'line.exact',
        message: `${labelOf(p)}行距应为固定值 ${(pitch ?? 0) / 20} 磅（与文档网格一致），此处为${actual}。`,
        where: whereOf(p)
      }
    ]
  })
}

function firstLineIndent(doc: DocxPackage, p: Para): { chars?: number; twips: number } {
  const ind = paraProp(doc, p, 'w:ind')
  const chars = numAttr(ind, 'w:firstLineChars')
  return {
    ...(chars === undefined ? {} : { chars }),
    twips: (numAttr(ind, 'w:firstLine') ?? 0) - (numAttr(ind, 'w:hanging') ?? 0)
  }
}

const indents: Rule = (doc) =>
  doc.paragraphs.flatMap((p): Violation[] => {
    if (p.inTable || !p.text.trim()) return []
    const ind = paraProp(doc, p, 'w:ind')
    const { chars, twips } = firstLineIndent(doc, p)
    const left = numAttr(ind, 'w:left') ?? numAttr(ind, 'w:start') ?? 0
    if (INDENTED_STYLES.has(p.style)) {
      const ok = chars !== undefined ? chars === 200 : Math.abs(twips - 640) <= 40
      if (ok && left === 0) return []
      return [
        {
          rule: 'indent.body',
          message: `${labelOf(p)}应首行缩进 2 字、左侧不缩进。`,
          where: whereOf(p)
        }
      ]
    }
    if (p.style === STYLE.salutation && (twips !== 0 || (chars ?? 0) !== 0 || left !== 0)) {
      return [{ rule: 'indent.salutation', message: '主送机关应顶格编排。', where: whereOf(p) }]
    }
    return []
  })

const ALIGN: Record<string, { values: string[]; message: string }> = {
  [STYLE.body]: { values: ['both'], message: '正文应两端对齐。' },
  [STYLE.title]: { values: ['center'], message: '标题应居中。' },
  [STYLE.salutation]: { values: ['left', 'both', 'start'], message: '主送机关应顶格左对齐。' }
}

const alignment: Rule = (doc) =>
  doc.paragraphs.flatMap((p): Violation[] => {
    const want = ALIGN[p.style]
    if (!want || p.inTable) return []
    const jc = attr(paraProp(doc, p, 'w:jc'), 'w:val') ?? 'left'
    return want.values.includes(jc)
      ? []
      : [{ rule: 'align', message: want.message, where: whereOf(p) }]
  })

const keepWith: Rule = (doc) =>
  doc.paragraphs.flatMap((p): Violation[] => {
    if (HEADING_STYLES.has(p.style) && !isOn(paraProp(doc, p, 'w:keepNext'))) {
      return [{ rule: 'keep.heading', message: '标题应与下段同页。', where: whereOf(p) }]
    }
    if (p.style === STYLE.organ && !isOn(paraProp(doc, p, 'w:keepNext'))) {
      return [
        { rule: 'keep.signature', message: '发文机关署名应与成文日期同页。', where: whereOf(p) }
      ]
    }
    return []
  })

const isBlack = (hex: string) => hex === 'auto' || /^0{6}$/.test(hex)

const colour: Rule = (doc) =>
  doc.paragraphs.flatMap((p): Violation[] => {
    const colours = p.runs
      .filter((r) => descendants(r, 'w:t').length)
      .map((r) => attr(runProp(doc, p, r, 'w:color'), 'w:val') ?? 'auto')
    if (p.style === STYLE.letterhead) {
      return colours.every(isRed)
        ? []
        : [{ rule: 'color.letterhead', message: '发文机关标志应为红色。', where: whereOf(p) }]
    }
    return colours.every(isBlack)
      ? []
      : [
          {
            rule: 'color',
            message: '除发文机关标志和红色分隔线外，文字应为黑色。',
            where: whereOf(p)
          }
        ]
  })

const tables: Rule = (doc) =>
  descendants(doc.body, 'w:tbl').flatMap((tbl, i): Violation[] => {
    const where = `第${i + 1}个表格`
    const out: Violation[] = []
    const cols = elements(child(tbl, 'w:tblGrid'), 'w:gridCol')
    const rows = elements(tbl, 'w:tr')
    const widest = Math.max(0, ...rows.map((r) => elements(r, 'w:tc').length))
    if (cols.length < widest || cols.some((c) => !(numAttr(c, 'w:w') ?? 0))) {
      out.push({ rule: 'table.grid', message: '表格未写明全部列宽，WPS 可能无法显示。', where })
    }
    if (rows.some((r) => !isOn(path(r, 'w:trPr', 'w:cantSplit')))) {
      out.push({ rule: 'table.rows', message: '表格行应设为不跨页断行。', where })
    }
    return out
  })

export const LAYOUT_RULES: Rule[] = [lineSpacing, indents, alignment, keepWith, colour, tables]
