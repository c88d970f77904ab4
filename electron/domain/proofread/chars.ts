// Character classes by code point: the rules test every character of a 20-page reply while the
// user types, so these avoid regular expressions.

export function isHan(c: string | undefined): boolean {
  if (c === undefined) return false
  const code = c.charCodeAt(0)
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x3007
  )
}

export function isDigit(c: string | undefined): boolean {
  if (c === undefined) return false
  const code = c.charCodeAt(0)
  return code >= 0x30 && code <= 0x39
}

export function isFullWidthDigit(c: string | undefined): boolean {
  if (c === undefined) return false
  const code = c.charCodeAt(0)
  return code >= 0xff10 && code <= 0xff19
}

export function isLatin(c: string | undefined): boolean {
  if (c === undefined) return false
  const code = c.charCodeAt(0) | 0x20
  return code >= 0x61 && code <= 0x7a
}

/** Full-width (Chinese) punctuation: ，。、；：？！“”‘’（）《》〔〕【】—…· and the like. */
export function isChinesePunct(c: string | undefined): boolean {
  if (c === undefined) return false
  const code = c.charCodeAt(0)
  return (
    (code >= 0x3001 && code <= 0x303f && code !== 0x3007) ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65) ||
    (code >= 0x2014 && code <= 0x201f) ||
    code === 0x2026 ||
    code === 0x00b7
  )
}

/** Han characters and Chinese punctuation: the text a half-width mark must not sit in. */
export function isChinese(c: string | undefined): boolean {
  return isHan(c) || isChinesePunct(c)
}

/** Spaces that PDF extraction leaves behind; ideographic spaces and tabs are typed on purpose. */
export function isResidueSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\u00a0'
}

export function isSpace(c: string | undefined): boolean {
  return isResidueSpace(c) || c === '\u3000' || c === '\t'
}

export function toHalfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}
