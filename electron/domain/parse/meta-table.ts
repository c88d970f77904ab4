import { findDate } from './dates'
import { alternation, META_LABELS, PAGE_LABELS } from './labels'
import { hasItemReference } from './title'
import { compact } from './text'

// Government websites print metadata around a published reply: label-value lines (索引号,
// 发布机构, 来源, 发布时间, 浏览次数 …), several to a line, one-row tables (labels on one line,
// values on the next), pipe tables flattened into lines, a breadcrumb above and links below. None
// of it is part of the letter, but it names the organ, the 文号, the title and the date when the
// letter does not.

export type PageMeta = {
  organ?: string
  doc_number?: string
  title?: string
  /** 成文日期 / 发文日期, yyyy-mm-dd */
  date?: string
}

const LABEL = alternation(META_LABELS)
const LABEL_COLON = new RegExp(`(${LABEL})\\s*[：:]`, 'g')
const LABEL_BEFORE_COLON = new RegExp(`(?:${LABEL})(?=\\s*[：:])`, 'g')
const BARE_LABEL = new RegExp(`^(?:${LABEL})$`)
const GLUED_META = new RegExp(
  `(?:【\\s*)?(?:字体|字号|发布时间|发布日期|来源|浏览次数|阅读次数)\\s*[：:]`
)
const SCAN_LINES = 40
const FOOTER =
  /^(?:上一篇|下一篇|相关附件|相关链接|相关文章|相关阅读|扫一扫|分享到|【?打印本页|【?关闭窗口|打印\s*关闭|网站地图)|网站标识码|ICP备|版权所有|技术支持[：:]/
const BREADCRUMB = /^(?:当前位置|您的位置|您现在的位置|所在位置)|^首页\s*[>＞»]/

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
  发文日期: 'date'
}

/** A web label with its spacing taken out: 索 引 号 → 索引号, 名  称 → 名称. */
function labelOf(raw: string): string {
  return raw.replace(/[\s\u3000]+/g, '')
}

type Cell = [label: string, value: string]

/**
 * The label-value cells of a line. Cells are separated by tabs, pipes or runs of spaces, and a
 * `label：` inside a piece starts a new cell; an empty value stays empty and never takes the next
 * label as its value.
 */
function cells(raw: string): Cell[] {
  const out: Cell[] = []
  const line = raw.replace(LABEL_BEFORE_COLON, (label: string) => labelOf(label))
  for (const piece of line.split(/\t+|[|｜]|[ \u3000]{2,}(?=\S)/)) {
    const found = [...piece.matchAll(LABEL_COLON)]
    const head = found.length ? piece.slice(0, found[0]!.index) : piece
    const bare = labelOf(head)
    if (BARE_LABEL.test(bare)) out.push([bare, ''])
    else if (head.trim() && out.length) {
      const last = out[out.length - 1]!
      last[1] = last[1] ? `${last[1]} ${head.trim()}` : head.trim()
    } else if (head.trim()) out.push(['', head.trim()])
    found.forEach((m, i) => {
      const end = found[i + 1]?.index ?? piece.length
      out.push([labelOf(m[1]!), piece.slice(m.index + m[0].length, end).trim()])
    })
  }
  return out
}

function labelsIn(line: string): number {
  return cells(line).filter(([label]) => label).length
}

/**
 * A metadata row opens with a web label. Alone, a row must hold two labels or open with a strong
 * one (浏览次数, 索引号 …); on a page that has such a row, any row near it counts.
 */
function isRow(line: string | undefined, onPage: boolean): boolean {
  if (line === undefined) return false
  const c = cells(line.trim())
  const first = c[0]?.[0] ?? ''
  if (!first) return false
  return onPage || c.filter(([l]) => l).length >= 2 || STRONG.has(first)
}

const STRONG = new Set(PAGE_LABELS)

function store(meta: PageMeta, label: string, value: string): void {
  const key = KEYS[label]
  const v = compact(value)
  if (!key || !v || /^(?:无|-|—|\/)$/.test(v) || meta[key] !== undefined) return
  if (key === 'date') {
    const date = findDate(v)
    if (date) meta[key] = date.iso
  } else meta[key] = v
}

/** A title line with page metadata glued to its end: the title and the metadata. */
function splitGlued(line: string): [string, string] | null {
  const m = GLUED_META.exec(line)
  if (!m || m.index === 0 || !hasItemReference(line.slice(0, m.index))) return null
  return [line.slice(0, m.index).trim(), line.slice(m.index)]
}

export type WebPage = { meta: PageMeta; rest: string[]; furniture: string[] }

/**
 * Reads and sets aside the web page's furniture: metadata rows near the top (a label alone on a
 * line may take the next line as its value), a one-row table of labels over values, metadata glued
 * to the title, a breadcrumb, and footer links anywhere.
 */
export function readWebPage(lines: string[]): WebPage {
  const meta: PageMeta = {}
  const furniture: string[] = []
  const rest: string[] = []
  const limit = Math.min(lines.length, SCAN_LINES)
  const onPage = lines.slice(0, limit).some((l) => isRow(l, false))
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const top = i < limit
    const glued = top ? splitGlued(line) : null
    if (glued) {
      rest.push(glued[0])
      furniture.push(glued[1])
      for (const [label, value] of cells(glued[1])) store(meta, label, value)
      continue
    }
    if (FOOTER.test(line) || (top && BREADCRUMB.test(line))) {
      furniture.push(line)
      continue
    }
    if (!top || !isRow(line, onPage)) {
      rest.push(line)
      continue
    }
    furniture.push(line)
    const row = cells(line.trim())
    const next = lines[i + 1]
    const labelsOnly = row.length >= 2 && row.every(([l, v]) => l && !v)
    const values = next?.trim().split(/\t+|[|｜]|[ \u3000]{2,}/) ?? []
    const tableRow = values.length >= 2 && values.length <= row.length
    if (next !== undefined && labelsOnly && tableRow && labelsIn(next) === 0) {
      // a one-row table: the labels over their values
      row.forEach(([label], k) => store(meta, label, values[k] ?? ''))
      furniture.push(next)
      i++
      continue
    }
    const alone = row.length === 1 && !row[0]![1]
    if (alone && next !== undefined && labelsIn(next) === 0 && !hasItemReference(next)) {
      row[0]![1] = next
      furniture.push(next)
      i++
    }
    for (const [label, value] of row) store(meta, label, value)
  }
  return { meta, rest, furniture }
}
