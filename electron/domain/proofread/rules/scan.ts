import type { Paragraph, ProofDoc } from '../document'

export type Hit = { p: Paragraph; m: RegExpExecArray; start: number; end: number }

/** Every match of a global regex in every paragraph, with offsets into the whole text. */
export function* hits(doc: ProofDoc, re: RegExp, paragraphs = doc.paragraphs): Generator<Hit> {
  for (const p of paragraphs) {
    re.lastIndex = 0
    for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
      if (m[0] === '') {
        re.lastIndex++
        continue
      }
      yield { p, m, start: p.start + m.index, end: p.start + m.index + m[0].length }
    }
  }
}
