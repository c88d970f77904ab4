import { Tab, TextRun } from 'docx'
import type { Run } from '../../domain/body'
import type { ElementStyle } from '../../domain/layout'
import { SHARED_PUNCTUATION as SHARED } from '../../domain/pages/glyphs'

// Word picks a run's font slot per character. Quotation marks, dashes, ellipses, ·, № and the like
// sit in ranges Word and WPS may give to the Latin font, so such characters get a run whose every
// slot names the Chinese font; the rest name Times New Roman for digits and Latin letters.

export type RunLook = {
  bold?: boolean
  italic?: boolean
  underline?: boolean
  color?: string
  sizePt?: number
}

function segments(text: string): { text: string; shared: boolean }[] {
  const out: { text: string; shared: boolean }[] = []
  let last = 0
  for (const m of text.matchAll(SHARED)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), shared: false })
    out.push({ text: m[0], shared: true })
    last = m.index + m[0].length
  }
  if (last < text.length) out.push({ text: text.slice(last), shared: false })
  return out
}

export function fontsFor(eastAsia: string, latin: string) {
  return { ascii: latin, eastAsia, hAnsi: latin, cs: latin, hint: 'eastAsia' }
}

/** Runs for one piece of text in an element's font; \n becomes a line break and \t a tab. */
export function textRuns(text: string, el: ElementStyle, latin: string, look: RunLook = {}) {
  const runs: TextRun[] = []
  const font = fontsFor(el.font, latin)
  text.split('\n').forEach((line, i) => {
    if (i > 0) runs.push(new TextRun({ break: 1, font }))
    line.split('\t').forEach((cell, j) => {
      if (j > 0) runs.push(new TextRun({ children: [new Tab()], font }))
      runs.push(...styledRuns(cell, el, latin, look))
    })
  })
  return runs
}

function styledRuns(text: string, el: ElementStyle, latin: string, look: RunLook): TextRun[] {
  return segments(text).map(
    (part) =>
      new TextRun({
        text: part.text,
        font: fontsFor(el.font, part.shared ? el.font : latin),
        ...(look.bold === undefined ? {} : { bold: look.bold }),
        ...(look.italic ? { italics: true } : {}),
        ...(look.underline ? { underline: {} } : {}),
        ...(look.color ? { color: look.color } : {}),
        ...(look.sizePt ? { size: Math.round(look.sizePt * 2) } : {})
      })
  )
}

/** The body model's runs, keeping bold run-ins (一是…) and other emphasis. */
export function modelRuns(
  runs: readonly Run[],
  el: ElementStyle,
  latin: string,
  look: RunLook = {}
) {
  return runs.flatMap((r) =>
    textRuns(r.text, el, latin, {
      ...look,
      ...(r.bold ? { bold: true } : {}),
      ...(r.italic ? { italic: true } : {}),
      ...(r.underline ? { underline: true } : {})
    })
  )
}
