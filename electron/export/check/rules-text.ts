import { STYLE } from '../docx/style-ids'
import { type Para, whereOf } from './package'
import type { Rule, Violation } from './types'

// The wording rules of GB/T 9704-2012 that can be read off the text: the 文号, the date, 附注,
// 抄送, 附件说明, 主送, and the order of the elements on page 1.

const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/

export function dateProblem(text: string): string | undefined {
  if (/\s/.test(text)) return '成文日期中不应有空格。'
  if (/[〇零一二三四五六七八九十]/.test(text)) return '成文日期应使用阿拉伯数字。'
  const m = DATE.exec(text)
  if (!m) return '成文日期应写作“2025年7月16日”的形式。'
  const [, , month = '', day = ''] = m
  if (month.startsWith('0') || day.startsWith('0'))
    return '成文日期的月、日不编虚位（写 7月，不写 07月）。'
  if (Number(month) > 12 || Number(day) > 31 || !Number(month) || !Number(day)) {
    return '成文日期不是有效日期。'
  }
  return undefined
}

const DOC_NUMBER = /^(.*?)([〔[［(（【])\s*(\d+)\s*([〕\]］)）】])\s*(第?)\s*(\d+)\s*号/

export function docNumberProblem(text: string): string | undefined {
  const m = DOC_NUMBER.exec(text)
  if (!m) return '发文字号应写作“机关代字〔年份〕序号号”，如 渌卫复〔2025〕1号。'
  const [, code = '', open, year = '', close, di, serial = ''] = m
  if (!code.trim()) return '发文字号缺少机关代字。'
  if (open !== '〔' || close !== '〕')
    return `发文字号的年份应使用六角括号〔〕，此处为${open}${close}。`
  if (year.length !== 4) return '发文字号的年份应写全四位。'
  if (di) return '发文字号的序号前不加“第”字。'
  if (serial.startsWith('0')) return '发文字号的序号不编虚位（写 1号，不写 01号）。'
  return undefined
}

const textOf = (p: Para) => p.text.replace(/\n/g, '').trim()
const ofStyle = (ps: Para[], style: string) => ps.filter((p) => p.style === style && textOf(p))

function each(style: string, rule: string, problem: (text: string) => string | undefined): Rule {
  return (doc) =>
    ofStyle(doc.paragraphs, style).flatMap((p): Violation[] => {
      const message = problem(textOf(p))
      return message ? [{ rule, message, where: whereOf(p) }] : []
    })
}

const docNumber = each(STYLE.docNumber, 'docnumber.format', (text) =>
  docNumberProblem(text.split('\t').pop()!.trim())
)

const signatureDate = each(STYLE.date, 'date.signature', dateProblem)

const note = each(STYLE.note, 'note.format', (text) =>
  /^（.*）$/.test(text) ? undefined : '附注应加圆括号，如（此件主动公开）。'
)

const salutation = each(STYLE.salutation, 'salutation.format', (text) =>
  text.endsWith('：') ? undefined : '主送机关后应使用全角冒号“：”。'
)

const cc: Rule = (doc) => {
  const paras = ofStyle(doc.paragraphs, STYLE.cc)
  const text = paras.map(textOf).join('')
  if (!paras.length) return []
  const where = whereOf(paras[0]!)
  const out: Violation[] = []
  if (!text.startsWith('抄送：')) {
    out.push({ rule: 'cc.format', message: '抄送应以“抄送：”开头。', where })
  }
  if (!text.endsWith('。')) out.push({ rule: 'cc.format', message: '抄送机关后应加句号。', where })
  return out
}

const attachments: Rule = (doc) => {
  const paras = ofStyle(doc.paragraphs, STYLE.attachment)
  const out: Violation[] = []
  if (paras[0] && !textOf(paras[0]).startsWith('附件：')) {
    out.push({
      rule: 'attachment.format',
      message: '附件说明应以“附件：”开头。',
      where: whereOf(paras[0])
    })
  }
  for (const p of paras) {
    if (/[。，；、.,;：:]$/.test(textOf(p))) {
      out.push({
        rule: 'attachment.format',
        message: '附件名称后不加标点符号。',
        where: whereOf(p)
      })
    }
  }
  return out
}

const HEAD_STYLES = new Set<string>([STYLE.letterhead, STYLE.topRow, STYLE.docNumber])

/** The 版头 (letterhead, marks, 文号) comes before the title, and page 1 shows a title. */
const order: Rule = (doc) => {
  const title = doc.paragraphs.findIndex((p) => p.style === STYLE.title)
  if (title < 0) return [{ rule: 'title.missing', message: '文档中没有标题。' }]
  return doc.paragraphs
    .filter((p) => HEAD_STYLES.has(p.style) && p.index > title && textOf(p))
    .map((p) => ({
      rule: 'marks.order',
      message: '版头要素（机关标志、分类与公开标注、发文字号）应排在标题之前。',
      where: whereOf(p)
    }))
}

export const TEXT_RULES: Rule[] = [
  docNumber,
  signatureDate,
  note,
  salutation,
  cc,
  attachments,
  order
]
