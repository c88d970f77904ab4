import { FONT_FALLBACKS } from '../../domain/layout'
import { type DocxPackage, paragraphText } from './package'
import { isLetterFormat } from './rules-format'
import type { Rule, Violation } from './types'
import { type XmlElement, attr, child, descendants, elements, isOn, numAttr, path } from './xml'

// Page numbers: `— N —` in 4号 宋体, odd pages flush right and even pages flush left one character
// in (w:evenAndOddHeaders with an even footer), none on page 1 of a letter (titlePage with an
// empty first footer).

const SONGTI = ['宋体', ...(FONT_FALLBACKS['宋体'] ?? [])]
const PAGE_NUMBER_SZ = 28
/** One 4号 character, with room for rounding. */
const ONE_CHAR = { min: 220, max: 340 }

function hasPageField(footer: XmlElement | undefined): boolean {
  if (!footer) return false
  const instr = descendants(footer, 'w:instrText').some((i) =>
    i.children.some((c) => typeof c === 'string' && /^\s*PAGE\b/.test(c))
  )
  const simple = descendants(footer, 'w:fldSimple').some((f) =>
    /^\s*PAGE\b/.test(attr(f, 'w:instr') ?? '')
  )
  return instr || simple
}

function pageNumberFooter(footer: XmlElement | undefined, side: 'odd' | 'even'): Violation[] {
  const where = side === 'odd' ? '奇数页页脚' : '偶数页页脚'
  const fail = (message: string): Violation[] => [{ rule: 'footer.pageNumber', message, where }]
  if (!hasPageField(footer)) return fail('页脚缺少页码域。')
  const p = descendants(footer!, 'w:p').find((para) => hasPageField(para))!
  if (!/^—\s*—$/.test(paragraphText(p).trim()))
    return fail('页码应写作“— 1 —”，数字左右各一条一字线。')
  const jc = attr(path(p, 'w:pPr', 'w:jc'), 'w:val')
  const ind = path(p, 'w:pPr', 'w:ind')
  const inset = numAttr(ind, side === 'odd' ? 'w:right' : 'w:left') ?? 0
  const wantJc = side === 'odd' ? ['right', 'end'] : ['left', 'start']
  if (!wantJc.includes(jc ?? 'left') || inset < ONE_CHAR.min || inset > ONE_CHAR.max) {
    return fail(side === 'odd' ? '单页码应居右空一字。' : '双页码应居左空一字。')
  }
  for (const run of elements(p, 'w:r')) {
    const fonts = path(run, 'w:rPr', 'w:rFonts')
    const sz = numAttr(path(run, 'w:rPr', 'w:sz'), 'w:val')
    const named = [attr(fonts, 'w:eastAsia'), attr(fonts, 'w:ascii')]
    if (!named.every((f) => f !== undefined && SONGTI.includes(f)) || sz !== PAGE_NUMBER_SZ) {
      return fail('页码应使用 4 号半角宋体。')
    }
  }
  return []
}

export const footerRules: Rule = (doc: DocxPackage) => {
  const out: Violation[] = []
  if (!child(doc.settings, 'w:evenAndOddHeaders')) {
    out.push({
      rule: 'footer.evenOdd',
      message: '未设置“奇偶页不同”，双页码无法居左。',
      where: '页面设置'
    })
  }
  out.push(...pageNumberFooter(doc.footers.default, 'odd'))
  out.push(...pageNumberFooter(doc.footers.even, 'even'))
  const titlePage = isOn(child(doc.sectPr, 'w:titlePg'))
  const firstNumbered = titlePage ? hasPageField(doc.footers.first) : true
  if (isLetterFormat(doc) && firstNumbered) {
    out.push({ rule: 'footer.titlePage', message: '信函格式首页不显示页码。', where: '首页页脚' })
  }
  if (!isLetterFormat(doc) && !firstNumbered) {
    out.push({ rule: 'footer.titlePage', message: '文件格式首页应显示页码。', where: '首页页脚' })
  }
  return out
}
