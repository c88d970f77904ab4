import type { ParsedKind } from './types'
import { compact, readNumber, stripBold, toAscii, visualWidth } from './text'

// The reply's title names the meeting, the item number and its kind:
// 株洲市渌口区卫生健康局关于对区人大二届五次会议第17号建议的回复, 对市六届人大三次会议第 068 号建议的答复.
// Titles are often split over lines, with the 文种 spaced out on the last one (答 复).

const NUMBER =
  '[0-9０-９]{1,8}|[一二三四五六七八九十百零〇]{1,6}|[A-Za-zＡ-Ｚａ-ｚ]{1,2}[0-9０-９]{1,6}'
const KIND = '建议|提案|议案|批评'
// 第N号建议, N号建议 right after the session (no 第), 第N号《关于…的建议》, 提案第N号
const ITEM = new RegExp(
  `(?:第|(?<=(?:会议|大会|会议的|大会的)\\s*))\\s*(${NUMBER})\\s*号\\s*的?\\s*(?:代表|委员)?\\s*(?:(${KIND})|《([^《》]{2,80}?(${KIND}))》)` +
    `|(${KIND})\\s*第\\s*(${NUMBER})\\s*号`
)
const TITLE_END = /(?:答复|回复|复函|意见|报告|函)(?:\s*(?:——|—|－|-|：|:).*)?$/
const SESSION_END = /(?:会议|大会)$/

export type TitleFields = {
  title: string
  /** the item's own title when the document title names it (《关于…的建议》 or 关于…的答复) */
  subject?: string
  session: string | null
  item_number: number | null
  item_number_raw?: string
  kind: ParsedKind
}

export type ItemRef = { item_number: number | null; item_number_raw?: string; kind: ParsedKind }

type ItemMatch = ItemRef & { index: number; end: number; subject?: string }

function clean(s: string): string {
  return compact(stripBold(s))
}

/** The item number and kind of a 第N号建议/提案 reference. */
export function readItem(s: string): ItemMatch | null {
  const m = ITEM.exec(s)
  if (!m) return null
  const written = toAscii(m[1] ?? m[6]!)
  const kind = m[2] ?? m[4] ?? m[5]!
  const ref: ItemMatch = {
    item_number: /^[0-9]/.test(written) || !/[A-Za-z]/.test(written) ? readNumber(written) : null,
    kind: kind === '提案' ? '提案' : '建议',
    index: m.index,
    end: m.index + m[0].length
  }
  if (/^0\d/.test(written) || ref.item_number === null) ref.item_number_raw = written
  if (m[3]) ref.subject = compact(m[3])
  return ref
}

export function hasItemReference(line: string): boolean {
  return ITEM.test(clean(line))
}

export function endsTitle(s: string): boolean {
  return TITLE_END.test(s)
}

const NOT_TITLE = /[：:]$|^[（(]|〔\s*[0-9０-９]{4}\s*〕/

/**
 * Indexes of the lines that make up the title, given the line with the 第N号 reference: short
 * pieces after it (a spaced 答 复), a 关于…的答复 line under a reference on its own line, and the
 * organ, 关于 or session lines before it.
 */
export function titleSpan(lines: string[], at: number): [number, number] {
  let start = at
  let end = at
  const text = () => clean(lines.slice(start, end + 1).join(''))
  while (end + 1 < lines.length && !TITLE_END.test(text())) {
    const next = clean(lines[end + 1]!)
    const short = visualWidth(next) <= 12
    const subjectLine = /^关于/.test(next) && TITLE_END.test(next) && visualWidth(next) <= 40
    if (NOT_TITLE.test(next) || (!short && !subjectLine)) break
    end++
  }
  while (start > 0 && !/^(?:关于|对)/.test(clean(lines[start]!))) {
    const prev = clean(lines[start - 1]!)
    if (!/关于|对$|(?:会议|大会)$/.test(prev) || NOT_TITLE.test(prev) || /[：:|｜]/.test(prev))
      break
    start--
  }
  return [start, end]
}

/** The session: what stands between 关于/对 and 第N号 (区人大二届五次会议). */
function session(prefix: string): string | null {
  const about = Math.max(prefix.lastIndexOf('关于'), -1)
  const afterAbout = about >= 0 ? prefix.slice(about + 2) : prefix
  const dui = afterAbout.indexOf('对')
  const s = (dui >= 0 && dui <= 20 ? afterAbout.slice(dui + 1) : afterAbout).replace(/的$/, '')
  return SESSION_END.test(s) && s.length >= 4 ? s : null
}

export function readTitle(raw: string): TitleFields | null {
  const whole = clean(raw)
  const item = readItem(whole)
  if (!item) return null
  const { index, end, subject, ...ref } = item
  const out: TitleFields = { title: whole, session: session(whole.slice(0, index)), ...ref }
  const after = whole.slice(end)
  if (/^关于/.test(after)) {
    // the reference stood on lines of its own above a title that names the subject
    out.title = after
    out.subject = after.replace(/的?(?:答复|回复|复函|意见|报告|函)$/, '')
  } else if (subject) out.subject = subject
  return out
}

/** A session named in running text (…区人大二届五次会议第17号建议…), for documents without a title. */
export function sessionInText(text: string): string | null {
  const s = clean(text)
  const item = readItem(s)
  if (!item) return null
  const before = s.slice(0, item.index)
  const m = /([^，。；：、“”《》（）]{2,30}?(?:会议|大会))(?:上|期间)?(?:提出|所提)?的?$/.exec(
    before
  )
  return m ? session(m[1]!.replace(/^(?:您|贵委|贵会|你们)?(?:在|于)/, '')) : null
}
