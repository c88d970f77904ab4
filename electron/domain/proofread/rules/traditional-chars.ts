import { TO_SIMPLIFIED } from '../../traditional'
import { at, type Rule } from '../rule'
import type { Finding } from '../types'

// A traditional character inside a simplified text (copied from a mirror site or typed with the
// wrong input setting). A text written in traditional characters throughout is left alone.

const SIMPLIFIED_FORMS = new Set(TO_SIMPLIFIED.values())

export const traditionalChars: Rule = {
  id: 'traditional-chars',
  title: '简体文中的繁体字',
  severity: 'warning',
  check(doc) {
    const text = doc.text
    const found: number[] = []
    let simplified = 0
    for (let i = 0; i < text.length; i++) {
      if (TO_SIMPLIFIED.has(text[i]!)) found.push(i)
      else if (SIMPLIFIED_FORMS.has(text[i]!)) simplified++
    }
    if (found.length === 0 || found.length >= simplified) return []
    return found.map<Finding>((i) => {
      const s = TO_SIMPLIFIED.get(text[i]!)!
      return at(traditionalChars, doc, i, i + 1, `简体文中混入繁体字，应写作“${s}”。`, s)
    })
  }
}
