import { defaultLayout, mmToTwips } from '../../domain/layout'
import { STYLE } from '../docx/style-ids'
import { isRed } from './elements'
import { type DocxPackage, type Para, paraProp, whereOf } from './package'
import { type Rule, TWIPS_PER_MM, type Violation } from './types'
import { type XmlElement, attr, child, isOn, numAttr, path } from './xml'

// The two formats' own rules: the letter format's letterhead 30 mm from the top between red double
// rules of 170 mm, 文号 flush right and a 版记 without rules; the standard format's red rule under
// the centred 文号 and a 版记 between thick rules with a thin one in the middle.

const LAYOUT = defaultLayout()

const framePr = (p: Para) => path(p.el, 'w:pPr', 'w:framePr')
const ofStyle = (doc: DocxPackage, style: string) => doc.paragraphs.filter((p) => p.style === style)
const bottomBorder = (doc: DocxPackage, p: Para) => child(paraProp(doc, p, 'w:pBdr'), 'w:bottom')
const topBorder = (doc: DocxPackage, p: Para) => child(paraProp(doc, p, 'w:pBdr'), 'w:top')
const near = (value: number | undefined, mm: number, tolMm = 1) =>
  value !== undefined && Math.abs(value - mm * TWIPS_PER_MM) <= tolMm * TWIPS_PER_MM

const isRedBorder = (b: XmlElement | undefined) => isRed(attr(b, 'w:color') ?? '')

/** Letter format: its letterhead and rules are framed; without a letterhead, page 1 is unnumbered. */
export function isLetterFormat(doc: DocxPackage): boolean {
  const head = [...ofStyle(doc, STYLE.letterhead), ...ofStyle(doc, STYLE.letterRule)]
  if (head.length) return head.some((p) => framePr(p))
  return isOn(child(doc.sectPr, 'w:titlePg'))
}

function letterHead(doc: DocxPackage): Violation[] {
  const out: Violation[] = []
  const fail = (message: string, p?: Para) =>
    out.push({ rule: 'letter.head', message, ...(p ? { where: whereOf(p) } : {}) })
  const letterhead = ofStyle(doc, STYLE.letterhead).find(framePr)
  if (letterhead && !near(numAttr(framePr(letterhead), 'w:y'), LAYOUT.letter.letterheadTopMm)) {
    fail('信函格式的发文机关标志上边缘应距纸张上边 30 mm。', letterhead)
  }
  const rules = ofStyle(doc, STYLE.letterRule)
    .filter(framePr)
    .sort((a, b) => (numAttr(framePr(a), 'w:y') ?? 0) - (numAttr(framePr(b), 'w:y') ?? 0))
  if (!letterhead && !rules.length) return out
  if (rules.length !== 2) {
    fail('信函格式应有两条红色双线：机关标志下一条，距纸张下边 20 mm 处一条。')
    return out
  }
  const [first, second] = rules as [Para, Para]
  for (const rule of rules) {
    if (!near(numAttr(framePr(rule), 'w:w'), LAYOUT.letter.ruleLengthMm)) {
      fail('信函格式的红色双线长应为 170 mm。', rule)
    }
  }
  const style = (p: Para) => attr(bottomBorder(doc, p), 'w:val')
  if (style(first) !== 'thickThinSmallGap' || !isRedBorder(bottomBorder(doc, first))) {
    fail('机关标志下的红色双线应上粗下细。', first)
  }
  if (style(second) !== 'thinThickSmallGap' || !isRedBorder(bottomBorder(doc, second))) {
    fail('纸张下部的红色双线应上细下粗。', second)
  }
  // the frame's top, its 1 pt line, then the border itself
  const border = bottomBorder(doc, second)
  const bottomY =
    (numAttr(framePr(second), 'w:y') ?? 0) + 20 + ((numAttr(border, 'w:sz') ?? 0) * 20) / 8
  if (!near(bottomY, LAYOUT.paper.heightMm - LAYOUT.letter.bottomRuleMm, 1.5)) {
    fail('下部红色双线应距纸张下边 20 mm。', second)
  }
  return out
}

function standardHead(doc: DocxPackage): Violation[] {
  const letterhead = ofStyle(doc, STYLE.letterhead)[0]
  if (!letterhead) return []
  const rule = doc.paragraphs.find(
    (p) => p.index > letterhead.index && p.style === STYLE.letterRule && !framePr(p)
  )
  const ind = rule && paraProp(doc, rule, 'w:ind')
  const indented = (numAttr(ind, 'w:left') ?? 0) !== 0 || (numAttr(ind, 'w:right') ?? 0) !== 0
  if (rule && isRedBorder(bottomBorder(doc, rule)) && !indented) return []
  return [
    {
      rule: 'standard.head',
      message: '文件格式的发文字号下应有一条与版心等宽（156 mm）的红色分隔线。',
      where: whereOf(letterhead)
    }
  ]
}

function docNumberPosition(doc: DocxPackage, letter: boolean): Violation[] {
  return ofStyle(doc, STYLE.docNumber).flatMap((p): Violation[] => {
    const jc = attr(paraProp(doc, p, 'w:jc'), 'w:val')
    const rightTab = /\t/.test(p.text)
      ? (paraProp(doc, p, 'w:tabs')?.children ?? []).some(
          (t) => typeof t !== 'string' && attr(t, 'w:val') === 'right'
        )
      : jc === 'right' || jc === 'end'
    if (letter ? rightTab : jc === 'center') return []
    const message = letter ? '信函格式的发文字号应居版心右边缘。' : '文件格式的发文字号应居中。'
    return [{ rule: 'docnumber.position', message, where: whereOf(p) }]
  })
}

const { thickSz, thinSz } = LAYOUT.imprintRules

function imprintRules(doc: DocxPackage, letter: boolean): Violation[] {
  const parts = [...ofStyle(doc, STYLE.cc), ...ofStyle(doc, STYLE.imprint)]
  if (!parts.length) return []
  const first = parts[0] as Para
  const last = parts[parts.length - 1] as Para
  const fail = (message: string, p: Para): Violation[] => [
    { rule: 'imprint.rules', message, where: whereOf(p) }
  ]
  if (letter) {
    const ruled = parts.find((p) => paraProp(doc, p, 'w:pBdr'))
    return ruled ? fail('信函格式的版记不加分隔线。', ruled) : []
  }
  const sz = (b: XmlElement | undefined) => numAttr(b, 'w:sz') ?? 0
  if (sz(topBorder(doc, first)) < thickSz) return fail('版记的首条分隔线应为粗线。', first)
  if (sz(bottomBorder(doc, last)) < thickSz) return fail('版记的末条分隔线应为粗线。', last)
  if (parts.length > 1 && sz(bottomBorder(doc, first)) > thinSz) {
    return fail('抄送与印发之间的分隔线应为细线。', first)
  }
  return []
}

/** The 版记 sits at the bottom of the 版心: a frame aligned to the bottom or placed there. */
function imprintPosition(doc: DocxPackage): Violation[] {
  const last = [...ofStyle(doc, STYLE.cc), ...ofStyle(doc, STYLE.imprint)].pop()
  if (!last) return []
  const frame = framePr(last)
  const pgSz = child(doc.sectPr, 'w:pgSz')
  const pgMar = child(doc.sectPr, 'w:pgMar')
  const textHeight =
    (numAttr(pgSz, 'w:h') ?? 0) - (numAttr(pgMar, 'w:top') ?? 0) - (numAttr(pgMar, 'w:bottom') ?? 0)
  const y = numAttr(frame, 'w:y')
  const atBottom =
    attr(frame, 'w:yAlign') === 'bottom' ||
    (attr(frame, 'w:vAnchor') === 'margin' && y !== undefined && textHeight - y < mmToTwips(20))
  return atBottom
    ? []
    : [
        {
          rule: 'imprint.position',
          message: '版记应位于最后一页版心的底部。',
          where: whereOf(last)
        }
      ]
}

export const formatRules: Rule = (doc) => {
  const letter = isLetterFormat(doc)
  return [
    ...(letter ? letterHead(doc) : standardHead(doc)),
    ...docNumberPosition(doc, letter),
    ...imprintRules(doc, letter),
    ...imprintPosition(doc)
  ]
}
