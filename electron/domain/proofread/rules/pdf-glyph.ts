import type { ProofDoc } from '../document'
import { at, type Rule } from '../rule'
import type { Finding } from '../types'
import { hits } from './scan'

// Some PDFs of Chinese documents map punctuation to wrong glyphs on extraction: （…） comes out
// as 渊…冤, 、 as 尧 and 。 as 遥. Brackets are recognised on their own (渊 and 冤 closing a
// short span is no Chinese word); 尧 and 遥 only where a heading or a bracket pair shows the swap.

const BRACKETS = /渊([^渊冤\n]{1,60})冤/g
const HEADING_MARK = /^([一二三四五六七八九十]{1,3})尧/g
const LIST_MARK = /(?<=[\p{Script=Han}])尧(?=[\p{Script=Han}])/gu
const FULL_STOP = /遥(?=\s+\S|\s*$)/g

function swapped(doc: ProofDoc): boolean {
  return hits(doc, BRACKETS).next().done === false || hits(doc, HEADING_MARK).next().done === false
}

const MESSAGE = '疑为 PDF 提取时标点被错认为汉字'

export const pdfGlyph: Rule = {
  id: 'pdf-glyph',
  title: 'PDF 提取的错位标点',
  severity: 'error',
  check(doc) {
    const out: Finding[] = []
    for (const { start, end } of hits(doc, BRACKETS)) {
      out.push(
        at(pdfGlyph, doc, start, end, `${MESSAGE}（“渊……冤”应为“（……）”）。`, [
          { start, end: start + 1, replacement: '（' },
          { start: end - 1, end, replacement: '）' }
        ])
      )
    }
    if (!swapped(doc)) return out
    for (const { end } of hits(doc, HEADING_MARK)) {
      out.push(at(pdfGlyph, doc, end - 1, end, `${MESSAGE}（“尧”应为“、”）。`, '、'))
    }
    for (const { start, end } of hits(doc, LIST_MARK)) {
      out.push(at(pdfGlyph, doc, start, end, `${MESSAGE}（“尧”应为“、”）。`, '、'))
    }
    for (const { start, end } of hits(doc, FULL_STOP)) {
      out.push(at(pdfGlyph, doc, start, end, `${MESSAGE}（“遥”应为“。”）。`, '。'))
    }
    return out
  }
}
