import { parseDocNumber, formatDocNumber } from '../../doc-number'
import { isHan, isSpace, toHalfWidthDigits } from '../chars'
import type { Paragraph, ProofDoc } from '../document'
import { at, fieldText, onField, type Rule } from '../rule'
import type { Finding } from '../types'

// 发文字号 (GB/T 9704-2012 §7.2.4): 代字〔2025〕1号, with 六角括号, the full year, no 第 and no
// zero padding; checked in the 文号 line and wherever the text cites another document's 文号.
// Bureaus that print the class on the 文号 line (渌卫复〔2025〕1号(A)类) keep its brackets full-width.

// Found by the bracketed year, which is fast to scan for; the 代字 before it must be Chinese.
const DOC_NUMBER_SOURCE =
  /([〔［[【(（])\s*([0-9０-９]{2,4})\s*([〕］\]】)）])\s*(第)?\s*([0-9０-９]+)\s*号/
const DOC_NUMBER = new RegExp(DOC_NUMBER_SOURCE.source, 'g')

function hasPrefix(line: string, at: number): boolean {
  let i = at - 1
  while (i >= 0 && isSpace(line[i])) i--
  return isHan(line[i])
}

/** A 文号 anywhere in the line, written the standard way or not. */
export function hasDocNumber(line: string): boolean {
  for (const m of line.matchAll(DOC_NUMBER)) if (hasPrefix(line, m.index)) return true
  return false
}

const CLASS_MARK = /([（(])\s*([A-DＡ-Ｄ][0-9０-９]?|[甲乙丙丁])\s*([）)])\s*类/g
const HEAD_LINES = 8

function problems(m: RegExpMatchArray): string[] {
  const [, open, year, close, di, n] = m
  const out: string[] = []
  if (open !== '〔' || close !== '〕') out.push('年份应使用六角括号“〔〕”')
  if (year!.length !== 4) out.push('年份应写全四位')
  if (di) out.push('序号前不加“第”')
  if (n!.length > 1 && /^[0０]/.test(n!)) out.push('序号不编虚位，不补“0”')
  if (/[０-９]/.test(year! + n!)) out.push('数字应使用半角')
  return out
}

function inText(doc: ProofDoc, p: Paragraph, out: Finding[]) {
  for (const m of p.text.matchAll(DOC_NUMBER)) {
    if (!hasPrefix(p.text, m.index)) continue
    const found = problems(m)
    if (found.length === 0) continue
    const start = p.start + m.index
    const end = start + m[0].length
    const year = toHalfWidthDigits(m[2]!)
    const fixed = `〔${year}〕${Number(toHalfWidthDigits(m[5]!))}号`
    out.push(
      at(
        docNumberFormat,
        doc,
        start,
        end,
        `文号写法不规范：${found.join('，')}。` +
          (year.length === 4 ? `应写作“${fixed}”。` : '请补全年份。'),
        year.length === 4 ? fixed : undefined
      )
    )
  }
}

function classMarks(doc: ProofDoc, p: Paragraph, out: Finding[]) {
  for (const m of p.text.matchAll(CLASS_MARK)) {
    if (m[1] === '（' && m[3] === '）') continue
    const start = p.start + m.index
    const end = start + m[0].length
    const fixed = `（${m[2]}）类`
    out.push(
      at(
        docNumberFormat,
        doc,
        start,
        end,
        `文号行中的办理结果类别应使用全角括号，写作“${fixed}”。`,
        fixed
      )
    )
  }
}

function inField(doc: ProofDoc): Finding[] {
  const value = fieldText(doc, 'doc_number')
  if (!value) return []
  const parsed = parseDocNumber(value)
  if (!parsed) {
    return [
      onField(
        docNumberFormat,
        doc,
        'doc_number',
        '无法识别文号，文号应写作“代字〔年份〕序号号”，如“渌卫复〔2025〕1号”。'
      )
    ]
  }
  if (parsed.standard) return []
  const fixed = formatDocNumber(parsed.prefix, parsed.year, parsed.n)
  return [
    onField(
      docNumberFormat,
      doc,
      'doc_number',
      `文号写法不规范：${parsed.problems.join('，')}。应写作“${fixed}”。`,
      fixed
    )
  ]
}

export const docNumberFormat: Rule = {
  id: 'doc-number-format',
  title: '文号格式',
  severity: 'error',
  check(doc) {
    const out = inField(doc)
    const head = new Set(doc.header)
    for (const p of doc.paragraphs) {
      inText(doc, p, out)
      if (head.has(p) || (p.index < HEAD_LINES && hasDocNumber(p.text))) classMarks(doc, p, out)
    }
    return out
  }
}
