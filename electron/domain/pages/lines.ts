import {
  canBreakBetween,
  glyphEm,
  HANGING,
  isIdeograph,
  scriptOf,
  SHARED_PUNCTUATION
} from './glyphs'

// Breaking a paragraph into lines the way the office suites do: characters are added while they
// fit; a comma, stop or colon that does not fit hangs in the margin; any other character that does
// not fit ends the line at the last place a break is allowed (no closing punctuation starts a line
// and no opening one ends it).
//
// Widths follow what LibreOffice does (measured with pdftotext on its renders), which is also the
// strictest of the three readers: the text is cut into portions at every run and every change
// between Chinese and Latin script; character spacing goes between the characters of a portion,
// not after its last; and 1/5 of the font size is added between an ideograph and a Latin letter
// or digit. Word adds spacing after every character, so it never fits fewer characters a line.

export type LineMetrics = {
  /** font size in pt */
  sizePt: number
  /** added between characters (negative condenses), in pt */
  spacingPt: number
  /** usable width of the first line and of the others, in pt */
  firstWidthPt: number
  widthPt: number
}

const AUTOSPACE_EM = 0.2
// floating-point slack, well under a twip
const EPSILON = 0.01

type Glyph = { ch: string; em: number; portionStart: boolean; kernBefore: boolean }

/** Offsets (in the paragraph's text) where a DOCX run of its own begins. */
export function runStarts(runLengths: readonly number[], text: string): Set<number> {
  const starts = new Set<number>()
  let at = 0
  for (const length of runLengths) {
    starts.add(at)
    at += length
  }
  for (const m of text.matchAll(SHARED_PUNCTUATION)) {
    starts.add(m.index)
    starts.add(m.index + m[0].length)
  }
  return starts
}

function glyphsOf(text: string, starts: Set<number>): Glyph[] {
  const out: Glyph[] = []
  let script: 'asian' | 'western' | null = null
  let offset = 0
  let prev = ''
  for (const ch of text) {
    const own = scriptOf(ch)
    const effective: 'asian' | 'western' | null = own === 'weak' ? script : own
    const changed = effective !== null && script !== null && effective !== script
    const kern =
      (isIdeograph(prev) && own === 'western') || (scriptOf(prev) === 'western' && isIdeograph(ch))
    out.push({ ch, em: glyphEm(ch), portionStart: starts.has(offset) || changed, kernBefore: kern })
    if (effective) script = effective
    offset += ch.length
    prev = ch
  }
  return out
}

function widthOf(g: Glyph[], from: number, to: number, m: LineMetrics): number {
  let w = 0
  for (let i = from; i < to; i++) {
    const glyph = g[i] as Glyph
    w += glyph.em * m.sizePt
    const portionEnds = i === to - 1 || (g[i + 1] as Glyph).portionStart
    if (!portionEnds) w += m.spacingPt
    if (i > from && glyph.kernBefore) w += AUTOSPACE_EM * m.sizePt
  }
  return w
}

/** The paragraph's lines; forced breaks (\n) start a new line. */
export function breakLines(text: string, m: LineMetrics, starts = new Set<number>([0])): string[] {
  const out: string[] = []
  let offset = 0
  for (const part of text.split('\n')) {
    const local = new Set([...starts].map((s) => s - offset).filter((s) => s >= 0))
    breakPart(glyphsOf(part, local), m, out)
    offset += part.length + 1
  }
  return out
}

function breakPart(g: Glyph[], m: LineMetrics, out: string[]) {
  if (g.length === 0) {
    out.push('')
    return
  }
  let start = 0
  while (start < g.length) {
    const limit = (out.length === 0 ? m.firstWidthPt : m.widthPt) + EPSILON
    let end = start + 1
    // trailing spaces may run past the margin
    while (end < g.length && (widthOf(g, start, end + 1, m) <= limit || /\s/.test(g[end]!.ch))) {
      end++
    }
    const next = g[end + 1]
    if (
      end < g.length &&
      HANGING.has(g[end]!.ch) &&
      (!next || canBreakBetween(g[end]!.ch, next.ch))
    )
      end++
    else if (end < g.length) end = lastBreak(g, start, end)
    out.push(
      g
        .slice(start, end)
        .map((x) => x.ch)
        .join('')
    )
    start = end
  }
}

/** The latest allowed break at or before `end`, or `end` itself when the line has none. */
function lastBreak(g: Glyph[], start: number, end: number): number {
  for (let i = end; i > start; i--) {
    if (canBreakBetween(g[i - 1]!.ch, g[i]!.ch)) return i
  }
  return end
}
