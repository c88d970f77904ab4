import { findDate } from './dates'
import { alternation, META_LABELS } from './labels'
import { compact } from './text'

// Government websites print a metadata table above a published reply (索引号, 发布机构,
// 发文日期 …). Its rows are not part of the document, but they name the organ, the 文号, the title
// and the date when the document itself does not.

export type PageMeta = {
  organ?: string
  doc_number?: string
  title?: string
  /** 成文日期 / 发文日期, yyyy-mm-dd */
  date?: string
  /** 发布日期: when the page went online, a weak stand-in for the reply's date */
  published?: string
}

const LABELS = alternation(META_LABELS)
const ROW_START = new RegExp(`^(?:${LABELS})\\s*(?:[：:]|[ \\t\\u3000]|$)`)
const CELL = new RegExp(`(${LABELS})\\s*[：:]|^(${LABELS})(?:[ \\t\\u3000]+|$)`, 'g')
const SCAN_LINES = 40

const KEYS: Record<string, keyof PageMeta> = {
  发布机构: 'organ',
  发文机关: 'organ',
  发文机构: 'organ',
  所属机构: 'organ',
  发文字号: 'doc_number',
  文号: 'doc_number',
  标题: 'title',
  名称: 'title',
  成文日期: 'date',
  发文日期: 'date',
  发布日期: 'published',
  公开日期: 'published'
}

function cells(line: string): [string, string][] {
  const found = [...line.matchAll(CELL)]
  return found.map((m, i) => {
    const label = (m[1] ?? m[2] ?? '').replace(/\s+/g, '')
    const end = found[i + 1]?.index ?? line.length
    return [label, compact(line.slice(m.index + m[0].length, end))]
  })
}

function store(meta: PageMeta, key: keyof PageMeta, value: string): void {
  if (!value || /^(?:无|-|—)$/.test(value) || meta[key] !== undefined) return
  if (key === 'date' || key === 'published') {
    const date = findDate(value)
    if (date) meta[key] = date.iso
  } else {
    meta[key] = value
  }
}

function isRow(line: string | undefined): boolean {
  return line !== undefined && ROW_START.test(line.trim())
}

/**
 * Reads the metadata rows near the top and returns the remaining lines. A row is `label：value`,
 * several on a line, or a label alone with its value on the next line (a table cell per line).
 */
export function readMetaTable(lines: string[]): { meta: PageMeta; rest: string[] } {
  const limit = Math.min(lines.length, SCAN_LINES)
  if (lines.slice(0, limit).filter(isRow).length < 2) return { meta: {}, rest: lines }
  const meta: PageMeta = {}
  const drop = new Set<number>()
  for (let i = 0; i < limit; i++) {
    if (!isRow(lines[i])) continue
    drop.add(i)
    const pairs = cells(lines[i]!.trim())
    const last = pairs[pairs.length - 1]
    const next = lines[i + 1]
    if (last && last[1] === '' && next !== undefined && !isRow(next)) {
      last[1] = compact(next)
      drop.add(++i)
    }
    for (const [label, value] of pairs) {
      const key = KEYS[label]
      if (key) store(meta, key, value)
    }
  }
  return { meta, rest: lines.filter((_, i) => !drop.has(i)) }
}
