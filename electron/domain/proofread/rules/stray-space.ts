import { isChinese, isChinesePunct, isDigit, isHan, isResidueSpace, isSpace } from '../chars'
import type { Paragraph, ProofDoc } from '../document'
import { alternation, CONTACT_LABELS, META_LABELS } from '../../parse/labels'
import { simplifiedShadow } from '../../traditional'
import { at, type Rule } from '../rule'
import type { Finding } from '../types'

// Spaces that PDF extraction leaves inside Chinese text: 200 万元, 2025 年 7 月 16 日, 第 068 号,
// 主管领导： 曹虎 ，. Spacing that is meant stays: letter-spaced words (经 办 人, 答 复), a number
// set apart at the end of a line (邮政编码 437000), ideographic spaces, and the separators of lines
// without sentence punctuation (bylines, slogans, table rows).

type Run = { start: number; end: number }

const PROSE = /[，。；、：？！]/
const SPACE = /[ \t\u00a0\u3000]/
const SPACES = /[ \t\u00a0\u3000]+/g
const MAGNITUDE = '万亿千百'
const MAX_TOKEN = 3

function isNumberChar(c: string | undefined): boolean {
  return isDigit(c) || c === '.' || c === '%'
}

function numberEnd(text: string, i: number, limit: number): number {
  while (i < limit && isNumberChar(text[i])) i++
  return i
}

function numberStart(text: string, i: number, limit: number): number {
  while (i > limit && isNumberChar(text[i - 1])) i--
  return i
}

// Spaces before a label separate the fields of a metadata or contact line (来源：… 发布时间：…,
// 联系人：顾晓燕    联系电话：…, 瀏覽次數 on a mirror site): they are layout, not residue.
const FIELD_LABEL = new RegExp(
  `^(?:${alternation([...META_LABELS, ...CONTACT_LABELS, '网站标识码', '抄送', '抄报'])})\\s*[：:]`
)

function isStraySpace(text: string, p: Paragraph, run: Run, prose: () => boolean): boolean {
  if (text.slice(run.start, run.end).includes('\t')) return false
  if (FIELD_LABEL.test(simplifiedShadow(text.slice(run.end, run.end + 16)))) return false
  const a = text[run.start - 1]
  const b = text[run.end]
  if (isDigit(a) && isHan(b)) return true
  if (isHan(a) && isDigit(b)) {
    let k = numberEnd(text, run.end, p.end)
    while (k < p.end && isSpace(text[k])) k++
    return isChinese(text[k])
  }
  for (let i = run.start; i < run.end; i++) if (!isResidueSpace(text[i])) return false
  if (isChinesePunct(a) || isChinesePunct(b)) return true
  if (!isHan(a) || !isHan(b)) return false
  const singleLeft = run.start - 1 === p.start || isSpace(text[run.start - 2])
  const singleRight = run.end + 1 === p.end || isSpace(text[run.end + 1])
  return !singleLeft && !singleRight && prose()
}

function spaceRuns(p: Paragraph): Run[] {
  return [...p.text.matchAll(SPACES)].map((m) => ({
    start: p.start + m.index,
    end: p.start + m.index + m[0].length
  }))
}

function groups(text: string, runs: Run[]): Run[][] {
  const out: Run[][] = []
  for (const run of runs) {
    const group = out[out.length - 1]
    const last = group?.[group.length - 1]
    const between = last ? text.slice(last.end, run.start) : ''
    if (group && last && (between.length <= MAX_TOKEN || /^[0-9.%]+$/.test(between)))
      group.push(run)
    else out.push([run])
  }
  return out
}

function finding(doc: ProofDoc, p: Paragraph, group: Run[]): Finding {
  const text = doc.text
  const first = group[0]!
  const last = group[group.length - 1]!
  const start = isDigit(text[first.start - 1])
    ? numberStart(text, first.start, p.start)
    : first.start - 1
  const b = text[last.end]
  const end = isDigit(b)
    ? numberEnd(text, last.end, p.end)
    : MAGNITUDE.includes(b!) && isHan(text[last.end + 1])
      ? last.end + 2
      : last.end + 1
  let corrected = ''
  let from = start
  for (const run of group) {
    corrected += text.slice(from, run.start)
    from = run.end
  }
  corrected += text.slice(from, end)
  return at(
    straySpace,
    doc,
    start,
    end,
    `多了空格（多为从 PDF 复制带入），应写作“${corrected}”。`,
    group.map((run) => ({ start: run.start, end: run.end, replacement: '' }))
  )
}

export const straySpace: Rule = {
  id: 'stray-space',
  title: '中文、数字、日期中的多余空格',
  severity: 'warning',
  yieldsTo: ['date-format', 'doc-number-format'],
  check(doc) {
    const out: Finding[] = []
    for (const p of doc.paragraphs) {
      if (!SPACE.test(p.text)) continue
      let isProse: boolean | undefined
      const prose = () => (isProse ??= PROSE.test(p.text))
      const stray = spaceRuns(p).filter((run) => isStraySpace(doc.text, p, run, prose))
      for (const group of groups(doc.text, stray)) out.push(finding(doc, p, group))
    }
    return out
  }
}
