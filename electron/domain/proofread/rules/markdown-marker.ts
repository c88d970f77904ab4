import { at, type Rule } from '../rule'
import type { Finding } from '../types'

// ** left by a converter that wrote bold as Markdown (**一是建机制。**); removing the markers
// keeps the words.

export const markdownMarker: Rule = {
  id: 'markdown-marker',
  title: '残留的 Markdown 标记',
  severity: 'error',
  check(doc) {
    const out: Finding[] = []
    for (const p of doc.paragraphs) {
      const marks = [...p.text.matchAll(/\*\*/g)].map((m) => p.start + m.index)
      for (let k = 0; k < marks.length; k += 2) {
        const open = marks[k]!
        const close = marks[k + 1]
        if (close === undefined) {
          out.push(
            at(markdownMarker, doc, open, open + 2, '多余的“**”标记，请删去。', [
              { start: open, end: open + 2, replacement: '' }
            ])
          )
          continue
        }
        out.push(
          at(
            markdownMarker,
            doc,
            open,
            close + 2,
            '“**”是转换时残留的加粗标记，请删去；需要加粗的文字请在编辑器中设置加粗。',
            [
              { start: open, end: open + 2, replacement: '' },
              { start: close, end: close + 2, replacement: '' }
            ]
          )
        )
      }
    }
    return out
  }
}
