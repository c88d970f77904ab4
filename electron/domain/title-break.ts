import { pageGeometry, TWIPS_PER_PT, type LayoutProfile } from './layout'
import { textWidthEm } from './title-lines'

// A 标题 that arrives as one line is broken between words into a trapezoid or diamond (GB/T
// 9704-2012 §7.3.3): the most even split at word boundaries, preferring the natural seams of a
// reply title (organ | 关于…, …会议 | 第N号…) and never leaving the 文种 alone on a line.

/** Characters that may not start a line, and those that may not end one. */
const NO_START = new Set(Array.from('、，。：；！？）》”’〕】号的届次年月日'))
const NO_END = new Set(Array.from('（《“‘〔【第'))
const PAIRS: Record<string, string> = { '（': '）', '《': '》', '“': '”', '〔': '〕', '(': ')' }

const SEAM_BONUS = 60
const NON_SEAM_COST = 25
const LINE_COST = 30
const SHORT_LINE_COST = 200
const HOURGLASS_COST = 100

/** Offsets where the title may break: word boundaries, outside brackets and quotes when strict. */
function breakOffsets(title: string, strict: boolean): number[] {
  const words = new Intl.Segmenter('zh', { granularity: 'word' }).segment(title)
  const offsets = new Set<number>()
  for (const { index } of words) if (index > 0) offsets.add(index)
  const closers: string[] = []
  for (let i = 0; i < title.length; i++) {
    const ch = title[i] as string
    if (strict && closers.length) offsets.delete(i)
    if (PAIRS[ch]) closers.push(PAIRS[ch])
    else if (ch === closers[closers.length - 1]) closers.pop()
    const prev = title[i - 1] ?? ''
    if (NO_START.has(ch) || NO_END.has(prev) || (/\d/.test(ch) && /\d/.test(prev))) {
      offsets.delete(i)
    }
  }
  return [...offsets].sort((a, b) => a - b)
}

function isSeam(title: string, at: number): boolean {
  return /会议$/.test(title.slice(0, at)) || /^(关于|对|第)/.test(title.slice(at))
}

function splitCost(title: string, cuts: number[], lines: string[], maxEm: number): number {
  const widths = lines.map(textWidthEm)
  if (widths.some((w) => w > maxEm)) return Infinity
  const mean = widths.reduce((a, b) => a + b, 0) / widths.length
  let cost = widths.reduce((sum, w) => sum + (w - mean) ** 2 / 2, 0)
  cost += widths.filter((w) => w < 4).length * SHORT_LINE_COST
  const [first = 0, middle = 0, last = 0] = widths
  if (widths.length === 3 && middle < first && middle < last) cost += HOURGLASS_COST
  for (const at of cuts) cost += isSeam(title, at) ? 0 : NON_SEAM_COST
  for (const line of lines.slice(1)) if (line.startsWith('关于')) cost -= SEAM_BONUS
  return cost + lines.length * LINE_COST
}

type Split = { lines: string[]; cost: number }

function bestSplit(title: string, offsets: number[], parts: number, maxEm: number): Split {
  let best: Split = { lines: [title], cost: Infinity }
  const walk = (from: number, start: number, cuts: number[]) => {
    if (cuts.length === parts - 1) {
      const bounds = [0, ...cuts, title.length]
      const lines = bounds.slice(1).map((end, i) => title.slice(bounds[i], end))
      const cost = splitCost(title, cuts, lines, maxEm)
      if (cost < best.cost) best = { lines, cost }
      return
    }
    for (let i = from; i < offsets.length; i++) {
      const at = offsets[i] as number
      if (textWidthEm(title.slice(start, at)) > maxEm) break
      walk(i + 1, at, [...cuts, at])
    }
  }
  walk(0, 0, [])
  return best
}

/** The title's lines: the template's own line breaks when it gives them, else a split that fits. */
export function breakTitle(title: string, maxEm: number): string[] {
  const given = title
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  if (given.length !== 1) return given
  const text = given[0] as string
  const minParts = Math.ceil(textWidthEm(text) / maxEm)
  if (minParts <= 1) return [text]
  for (const strict of [true, false]) {
    const offsets = breakOffsets(text, strict)
    const splits = [0, 1, 2].map((extra) => bestSplit(text, offsets, minParts + extra, maxEm))
    const best = splits.reduce((a, b) => (b.cost < a.cost ? b : a))
    if (best.cost < Infinity) return best.lines
  }
  return [text]
}

/** The title's lines as export and preview set them, from the layout's measure. */
export function titleLinesFor(title: string, layout: LayoutProfile): string[] {
  const size = layout.elements.title.sizePt
  // one character short of the full measure: fallback fonts set digits wider than Times New Roman
  const maxEm = Math.floor(pageGeometry(layout).textWidth / TWIPS_PER_PT / size) - 1
  return breakTitle(title, maxEm)
}
