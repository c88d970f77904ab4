// 发文字号 (GB/T 9704-2012 §7.2.4): 代字〔年份〕序号号, with 六角括号, the full year, no 第 and no
// zero padding. Numbers typed by hand or taken from old documents often break these rules, so the
// parser accepts the usual variants and says what was wrong.

import { z } from 'zod'

export type DocNumber = { prefix: string; year: number; n: number }

/** The year a number is taken for: 成文日期's year, within what the register can hold. */
export const registerYearSchema = z.number().int().min(1949).max(2200)

/** One number given out from the register, as the register returns it. */
export const docNumberAllocationSchema = z.strictObject({
  doc_number: z.string(),
  prefix: z.string(),
  year: registerYearSchema,
  n: z.number().int().positive()
})
export type DocNumberAllocation = z.infer<typeof docNumberAllocationSchema>

export type ParsedDocNumber = DocNumber & {
  /** true when the input was already written the standard way */
  standard: boolean
  /** what was non-standard, in Chinese; empty when standard */
  problems: string[]
}

export function formatDocNumber(prefix: string, year: number, n: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`文号年份应为四位数字，收到 ${year}`)
  }
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`文号序号应为正整数，收到 ${n}`)
  return `${prefix.trim()}〔${year}〕${n}号`
}

const PATTERN =
  /^(?<prefix>[^\s〔〕[\]()（）【】［］]+?)\s*(?<open>[〔[(（【［])\s*(?<year>\d{4})\s*(?<close>[〕\])）】］])\s*(?<di>第)?\s*(?<n>\d+)\s*号$/u

function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

export function parseDocNumber(input: string): ParsedDocNumber | null {
  const s = toAsciiDigits(input.trim())
  const m = PATTERN.exec(s)
  const g = m?.groups
  if (!g?.prefix || !g.year || !g.n) return null
  const n = Number(g.n)
  if (n < 1) return null
  const problems: string[] = []
  if (g.open !== '〔' || g.close !== '〕') problems.push('年份应使用六角括号〔〕')
  if (g.di) problems.push('序号前不加“第”')
  if (g.n.length > 1 && g.n.startsWith('0')) problems.push('序号不编虚位（不补零）')
  if (/\s/.test(s)) problems.push('文号中不应有空格')
  if (s !== input.trim()) problems.push('数字应为半角阿拉伯数字')
  return { prefix: g.prefix, year: Number(g.year), n, standard: problems.length === 0, problems }
}

/** The standard spelling of a typed 文号, or null when it cannot be read as one. */
export function normalizeDocNumber(input: string): string | null {
  const parsed = parseDocNumber(input)
  return parsed ? formatDocNumber(parsed.prefix, parsed.year, parsed.n) : null
}
