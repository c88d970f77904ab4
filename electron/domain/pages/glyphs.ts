// Character widths, scripts and line-break classes, as Word, WPS and LibreOffice set a 公文:
// Chinese in a full-width font, digits and Latin letters in Times New Roman (Liberation Serif on
// Linux has the same advance widths), with the body's character spacing.

/** Times New Roman advance widths for printable ASCII (0x20–0x7e), in 1/1000 em. */
const TIMES = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611,
  556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722,
  722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500,
  278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541
]

/** Width of one character in em, before character spacing. */
export function glyphEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0
  if (code >= 0x20 && code <= 0x7e) return (TIMES[code - 0x20] ?? 500) / 1000
  // Latin-1 letters and signs stay in the Latin font
  if (code >= 0xa0 && code < 0x2000 && code !== 0xb7 && code !== 0xd7 && code !== 0xf7) return 0.5
  return 1
}

/**
 * Characters that Word and WPS may set in the Latin font although they belong to Chinese text
 * (quotation marks, dashes, ellipses, ·, №, ①…): the DOCX gives them a run of their own whose every
 * font slot names the Chinese font.
 */
export const SHARED_PUNCTUATION =
  /[\u00a7\u00b0\u00b1\u00b7\u00d7\u00f7\u2010-\u206f\u2103\u2116\u2160-\u217f\u2190-\u21ff\u2460-\u24ff\u25a0-\u25ff\u2605\u2606]+/g

export type Script = 'asian' | 'western' | 'weak'

/** The script a reader assigns a character to; weak characters take their neighbour's. */
export function scriptOf(ch: string): Script {
  if (/[0-9A-Za-z\u00c0-\u024f]/.test(ch)) return 'western'
  const code = ch.codePointAt(0) ?? 0
  if (code >= 0x2e80 || (code >= 0x3000 && code <= 0x30ff)) return 'asian'
  return 'weak'
}

/** Ideographs (not punctuation): only these get extra space next to Latin letters and digits. */
export function isIdeograph(ch: string): boolean {
  return /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\u{20000}-\u{3134f}]/u.test(ch)
}

// Line-break classes (after UAX #14, as ICU applies them to Chinese text, with the forbidden
// characters of the Chinese kinsoku lists).
const CLOSE = new Set(Array.from('、。，．：；？！）》」』〕】〗〙〛〉’”）］｝!%),.:;?]}¢°℃'))
const OPEN = new Set(Array.from('（《「『〔【〖〘〚〈‘“（［｛$(£¥[{'))
/** ASCII quotation marks, which ICU keeps with both neighbours; “” and ‘’ open and close. */
const QUOTE = new Set(Array.from('"\''))
const INSEPARABLE = new Set(Array.from('…‥'))

const isAsciiWord = (ch: string) => /[0-9A-Za-z\-./%#&+_@:,]/.test(ch)
const isSpace = (ch: string) => ch === ' ' || ch === '\u3000'

/**
 * Punctuation that hangs past the right margin rather than move a character down (hanging
 * punctuation is on in Word, WPS and LibreOffice; LibreOffice reads w:overflowPunct inverted, so
 * the DOCX leaves it unset).
 */
export const HANGING = new Set(Array.from('，。、：；？！．,.'))

/** May a line end between `a` and `b`? */
export function canBreakBetween(a: string, b: string): boolean {
  if (isSpace(b)) return false
  if (isSpace(a)) return true
  if (CLOSE.has(b) || INSEPARABLE.has(b)) return false
  if (OPEN.has(a)) return false
  if (QUOTE.has(a) || QUOTE.has(b)) return false
  if (a === '—' && b === '—') return false
  return !(isAsciiWord(a) && isAsciiWord(b))
}
