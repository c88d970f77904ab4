import type { ParsedKind } from './types'
import { compact, readNumber, stripBold, toAscii, visualWidth } from './text'

// The reply's title names the meeting, the item number and its kind:
// 株洲市渌口区卫生健康局关于对区人大二届五次会议第17号建议的回复, 对市六届人大三次会议第 068 号建议的答复.
// Titles are often split over lines, with the 文种 spaced out on the last one (答 复).

const ITEM =
  /第\s*([0-9０-９]{1,5}|[一二三四五六七八九十百零〇]{1,6})\s*号\s*的?\s*(?:代表|委员)?\s*(建议|提案|议案|批评)/
const TITLE_END = /(?:答复|回复|复函|意见|函)$/
const SESSION_END = /(?:会议|大会)$/

export type TitleFields = {
  title: string
  session: string | null
  item_number: number | null
  item_number_raw?: string
  kind: ParsedKind
}

export type ItemRef = { item_number: number | null; item_number_raw?: string; kind: ParsedKind }

function clean(s: string): string {
  return compact(stripBold(s))
}

/** The item number and kind of a 第N号建议/提案 reference. */
export function readItem(s: string): (ItemRef & { index: number }) | null {
  const m = ITEM.exec(s)
  if (!m) return null
  const digits = toAscii(m[1]!)
  const ref: ItemRef & { index: number } = {
    item_number: readNumber(digits),
    kind: m[2] === '提案' ? '提案' : '建议',
    index: m.index
  }
  if (/^0\d/.test(digits)) ref.item_number_raw = digits
  return ref
}

export function hasItemReference(line: string): boolean {
  return ITEM.test(clean(line))
}

/** Indexes of the lines that make up the title, given the line with the 第N号 reference. */
export function titleSpan(lines: string[], at: number): [number, number] {
  let start = at
  let end = at
  const text = () => clean(lines.slice(start, end + 1).join(''))
  while (
    end + 1 < lines.length &&
    !TITLE_END.test(text()) &&
    visualWidth(clean(lines[end + 1]!)) <= 12
  ) {
    end++
  }
  while (start > 0 && !/^(?:关于|对)/.test(clean(lines[start]!))) {
    const prev = clean(lines[start - 1]!)
    if (!/关于|对$|(?:会议|大会)$/.test(prev)) break
    start--
  }
  return [start, end]
}

/** The session: what stands between 关于/对 and 第N号 (区人大二届五次会议). */
function session(prefix: string): string | null {
  const afterAbout = prefix.includes('关于') ? prefix.slice(prefix.lastIndexOf('关于') + 2) : prefix
  const s = afterAbout.replace(/^对/, '')
  return SESSION_END.test(s) && s.length >= 4 ? s : null
}

export function readTitle(raw: string): TitleFields | null {
  const title = clean(raw)
  const item = readItem(title)
  if (!item) return null
  const { index, ...ref } = item
  return { title, session: session(title.slice(0, index)), ...ref }
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
