// Breaking a long 标题 into lines (GB/T 9704-2012 §7.3.1: words kept whole) and the practice of
// spacing a 文种 left alone on the last line: 回 复, 答 复.

const LONE_GENRES = new Set(['答复', '回复', '复函', '意见'])

/** Width in em of the text's font: digits, Latin letters and ASCII punctuation count half. */
export function textWidthEm(s: string): number {
  let w = 0
  for (const ch of s) w += /[\x20-\x7e]/.test(ch) ? 0.5 : 1
  return w
}

/** The closing 文种, digit runs (17, 068) and short 书名号 quotations stay whole. */
function tokens(title: string): string[] {
  return title.match(/(?:答复|回复|复函|意见)$|\d+|《[^》]{0,12}》|./gu) ?? []
}

export function titleLines(title: string, maxEm: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const token of tokens(title)) {
    if (line && textWidthEm(line + token) > maxEm) {
      lines.push(line)
      line = ''
    }
    line += token
  }
  if (line) lines.push(line)
  return spaceLoneGenre(lines)
}

export function spaceLoneGenre(lines: readonly string[]): string[] {
  const last = lines[lines.length - 1]
  if (lines.length < 2 || last === undefined || !LONE_GENRES.has(last)) return [...lines]
  return [...lines.slice(0, -1), [...last].join(' ')]
}
