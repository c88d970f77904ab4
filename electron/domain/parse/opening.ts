import { isMarkLine } from './header'
import { startsWithLabel } from './labels'
import { hasItemReference } from './title'
import { compact, stripBold, visualWidth } from './text'

// The salutation (龙钺文等代表：, 致公党岳阳市委：) names the proposer; the first sentence with
// 收悉 names the item itself, in 《》, in quotes, or bare after 提出的.

const SALUTATION = /^(?:尊敬的)?([^，,。；;！!？?：:]{2,40}?)\s*[：:]\s*(.*)$/
const NOT_A_NAME = /如下|答复|回复|收悉|意见|报告|通知|函$/

export type Salutation = { index: number; proposer: string; rest: string }

const WITHOUT_COLON = /^(?:尊敬的)?([\p{Script=Han}·、]{2,30}?(?:代表|委员))$/u
const GREETING = /^(?:您好|您|你们|你|贵)/

/** Marks lines (文号, 签发人 …) between the title and the salutation do not count toward `to`. */
export function findSalutation(lines: string[], from: number, to: number): Salutation | null {
  let limit = to
  for (let i = from; i < Math.min(limit, lines.length); i++) {
    const line = stripBold(lines[i]!).trim()
    if (isMarkLine(line)) {
      limit++
      continue
    }
    if (startsWithLabel(line) || hasItemReference(line)) continue
    const bare = WITHOUT_COLON.exec(compact(line))
    if (bare && GREETING.test(stripBold(lines[i + 1] ?? '').trim())) {
      return { index: i, proposer: bare[1]!, rest: '' }
    }
    const m = SALUTATION.exec(line)
    if (!m) continue
    const proposer = compact(m[1]!)
    if (visualWidth(proposer) > 30 || NOT_A_NAME.test(proposer)) continue
    return { index: i, proposer, rest: m[2]!.trim() }
  }
  return null
}

const RECEIVED = /收悉|收到/
const BOOK_TITLE = /《([^《》]{4,80})》/
const QUOTED = /[“"「]([^“”"「」]{4,80})[”"」]/
const BARE = /提出的\s*(关于[^，,。；;]{2,80}?)\s*(?:已)?\s*(?:收悉|收到)/

function subjectIn(sentence: string): string | null {
  const m = BOOK_TITLE.exec(sentence) ?? QUOTED.exec(sentence) ?? BARE.exec(sentence)
  return m ? compact(m[1]!) : null
}

/**
 * The item's own title from the opening: the sentence that says it was received, else (weaker)
 * the first 《关于…》 or “关于…” in the opening paragraphs.
 */
export function findSubject(paragraphs: string[]): { subject: string; sure: boolean } | null {
  const opening = paragraphs.slice(0, 3).map(stripBold)
  for (const paragraph of opening) {
    const at = paragraph.search(RECEIVED)
    if (at === -1) continue
    const start =
      Math.max(...['。', '！', '？', '!', '?'].map((p) => paragraph.lastIndexOf(p, at))) + 1
    const subject = subjectIn(paragraph.slice(start, at + 2))
    if (subject) return { subject, sure: true }
  }
  for (const paragraph of opening) {
    const m = /《(关于[^《》]{2,80})》|[“"](关于[^“”"]{2,80})[”"]/.exec(paragraph)
    if (m) return { subject: compact(m[1] ?? m[2]!), sure: false }
  }
  return null
}
