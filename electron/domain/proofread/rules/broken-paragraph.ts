import { at, type Rule } from '../rule'
import type { Finding } from '../types'

// A paragraph that starts with a conjunction or a comma right after a finished paragraph is the
// trace of a paragraph broken across a page with text lost (…建设。 / 和服务体系整体效能…).
// Words that merely begin with these characters (和谐, 及时, 与会, 并购) are not counted.

const FRAGMENT =
  /^(?:以及|并且|而且|和(?![谐美平睦])|及(?![时早格])|与(?![会])|并(?![购联网列])|或(?![许])|而(?![今])|的(?![确])|[，、；：。）》”！？])/
const ENDED = /[。！？][”’）]?$/

export const brokenParagraph: Rule = {
  id: 'broken-paragraph',
  title: '段落断开，疑有缺文',
  severity: 'warning',
  check(doc) {
    const out: Finding[] = []
    const ps = doc.body
    for (let k = 1; k < ps.length; k++) {
      const prev = ps[k - 1]!
      const p = ps[k]!
      const m = FRAGMENT.exec(p.text)
      if (!m || !ENDED.test(prev.text)) continue
      const stop = p.text.slice(1).search(/[，。；：、！？]/)
      const length = stop === -1 ? Math.min(p.text.length, 20) : Math.min(stop + 1, 20)
      out.push(
        at(
          brokenParagraph,
          doc,
          p.start,
          p.start + length,
          `此段以“${m[0]}”开头，而上一段已经结束，可能是跨页断开的段落且中间有文字遗漏，请对照原文补全。`
        )
      )
    }
    return out
  }
}
