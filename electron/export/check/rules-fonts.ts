import { EXPECTATIONS, LATIN_FONT } from './elements'
import { type DocxPackage, type Para, runProp, whereOf } from './package'
import type { Rule, Violation } from './types'
import { type XmlElement, attr, child, descendants, elements, numAttr, path } from './xml'

// Fonts and sizes. Every run names its East Asian font itself (WPS and Word otherwise fall back to
// the theme's 等线), and each element uses its official font and size.

function hasText(run: XmlElement): boolean {
  return descendants(run, 'w:t').some((t) => t.children.some((c) => typeof c === 'string' && c))
}

function eastAsiaOf(run: XmlElement): string | undefined {
  return attr(path(run, 'w:rPr', 'w:rFonts'), 'w:eastAsia')
}

/** Runs with text whose own rFonts lacks the East Asian slot, in the body and the footers. */
export const eastAsiaOnEveryRun: Rule = (doc) => {
  const out: Violation[] = []
  for (const p of doc.paragraphs) {
    const missing = p.runs.filter((r) => hasText(r) && !eastAsiaOf(r)).length
    if (missing) {
      out.push({
        rule: 'font.eastAsia',
        message: `有 ${missing} 处文字未指定中文字体（rFonts 的 eastAsia），WPS 和 Word 会改用默认字体。`,
        where: whereOf(p)
      })
    }
  }
  for (const [kind, footer] of Object.entries(doc.footers)) {
    const runs = descendants(footer, 'w:r').filter(
      (r) => (hasText(r) || child(r, 'w:instrText')) && !eastAsiaOf(r)
    )
    if (runs.length) {
      out.push({
        rule: 'font.eastAsia',
        message: `页脚有 ${runs.length} 处文字未指定中文字体。`,
        where: `页脚（${kind}）`
      })
    }
  }
  return out
}

export const eastAsiaOnEveryStyle: Rule = (doc) => {
  const out: Violation[] = []
  if (!attr(path(doc.styles, 'w:docDefaults', 'w:rPrDefault', 'w:rPr', 'w:rFonts'), 'w:eastAsia')) {
    out.push({
      rule: 'font.eastAsia',
      message: '文档默认字体未指定中文字体（eastAsia）。',
      where: '样式'
    })
  }
  for (const style of elements(doc.styles, 'w:style')) {
    if (attr(style, 'w:type') !== 'paragraph') continue
    if (attr(path(style, 'w:rPr', 'w:rFonts'), 'w:eastAsia')) continue
    out.push({
      rule: 'font.eastAsia',
      message: `样式“${attr(child(style, 'w:name'), 'w:val') ?? attr(style, 'w:styleId')}”未指定中文字体。`,
      where: '样式'
    })
  }
  return out
}

function fontViolation(doc: DocxPackage, p: Para): Violation | undefined {
  const expected = EXPECTATIONS[p.style]
  if (!expected) return undefined
  for (const run of p.runs) {
    if (!hasText(run)) continue
    const fonts = path(run, 'w:rPr', 'w:rFonts') ?? runProp(doc, p, run, 'w:rFonts')
    const eastAsia = attr(fonts, 'w:eastAsia')
    const ascii = attr(fonts, 'w:ascii')
    if (eastAsia && !expected.fonts.includes(eastAsia)) {
      return {
        rule: 'font.element',
        message: `${expected.label}应使用${expected.fonts[0]}，此处为${eastAsia}。`,
        where: whereOf(p)
      }
    }
    const latinOk = ascii === undefined || ascii === LATIN_FONT || expected.fonts.includes(ascii)
    if (!latinOk) {
      return {
        rule: 'font.latin',
        message: `${expected.label}中的数字和字母应使用 Times New Roman，此处为${ascii}。`,
        where: whereOf(p)
      }
    }
  }
  return undefined
}

function sizeViolation(doc: DocxPackage, p: Para): Violation | undefined {
  const expected = EXPECTATIONS[p.style]
  if (!expected?.sizes.length) return undefined
  for (const run of p.runs) {
    if (!hasText(run)) continue
    const sz = numAttr(runProp(doc, p, run, 'w:sz'), 'w:val')
    if (sz !== undefined && expected.sizes.includes(sz)) continue
    const want = expected.sizes.map((s) => `${s / 2} 磅`).join('或')
    return {
      rule: 'font.size',
      message: `${expected.label}字号应为 ${want}，此处为 ${sz === undefined ? '未设置' : `${sz / 2} 磅`}。`,
      where: whereOf(p)
    }
  }
  return undefined
}

export const elementFonts: Rule = (doc) =>
  doc.paragraphs
    .flatMap((p) => [fontViolation(doc, p), sizeViolation(doc, p)])
    .filter((v): v is Violation => v !== undefined)

export const FONT_RULES: Rule[] = [eastAsiaOnEveryRun, eastAsiaOnEveryStyle, elementFonts]
