import type { HeadingLevel } from './body'
import { textWidthEm } from './title-lines'

// GB/T 9704-2012 as numbers: the DOCX generator, the conformance checker and the in-app preview all
// read this one profile, so a bureau that prints 28 pt lines changes it in one place.

export const TWIPS_PER_PT = 20
export const MM_PER_PT = 25.4 / 72

export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4)
}

export function ptToTwips(pt: number): number {
  return Math.round(pt * TWIPS_PER_PT)
}

export function twipsToMm(twips: number): number {
  return (twips * 25.4) / 1440
}

/** 字号 in points. */
export const FONT_SIZES_PT = {
  初号: 42,
  小初: 36,
  一号: 26,
  二号: 22,
  小二: 18,
  三号: 16,
  小三: 15,
  四号: 14,
  小四: 12
} as const

export type FontSizeName = keyof typeof FONT_SIZES_PT

/** What Word/WPS and the preview fall back to when the official font is not installed. */
export const FONT_FALLBACKS: Record<string, readonly string[]> = {
  方正小标宋简体: ['小标宋', '方正小标宋_GBK', '宋体'],
  仿宋_GB2312: ['仿宋'],
  楷体_GB2312: ['楷体'],
  黑体: ['微软雅黑'],
  宋体: ['新宋体'],
  'Times New Roman': []
}

/** The fonts the DOCX names, in the order a clerk should check them. */
export const OFFICIAL_FONTS = Object.keys(FONT_FALLBACKS)

/** Render-only stand-ins used by the preview after the official names and their fallbacks. */
const GENERIC_STACK: Record<string, string> = {
  黑体: '"Noto Sans CJK SC", sans-serif',
  楷体_GB2312: '"AR PL UKai CN", "Noto Serif CJK SC", serif'
}

/** A CSS font-family list: the official name first, then what a reader falls back to. */
export function cssFontStack(font: string): string {
  const names = [font, ...(FONT_FALLBACKS[font] ?? [])].map((n) => `"${n}"`)
  return [...names, GENERIC_STACK[font] ?? '"Noto Serif CJK SC", serif'].join(', ')
}

export type LayoutElement =
  | 'letterhead'
  | 'copyNumber'
  | 'secrecy'
  | 'mark'
  | 'docNumber'
  | 'title'
  | 'body'
  | 'h1'
  | 'h2'
  | 'h3'
  | 'h4'
  | 'table'
  | 'cc'
  | 'pageNumber'

export type ElementStyle = { font: string; sizePt: number; bold: boolean }

export type LayoutProfile = {
  paper: { widthMm: number; heightMm: number }
  margins: { topMm: number; bottomMm: number; leftMm: number; rightMm: number }
  /** Exact line height; 28.95 pt fills the 225 mm text block with 22 lines. */
  linePitchPt: number
  charsPerLine: number
  linesPerPage: number
  /** Digits and Latin letters. */
  latinFont: string
  elements: Record<LayoutElement, ElementStyle>
  /** RGB hex for the letterhead and the red rules. */
  red: string
  letter: {
    /** Top edge of the letterhead from the paper's top. */
    letterheadTopMm: number
    /** Gap between the letterhead and the thick-over-thin rule. */
    ruleGapMm: number
    ruleLengthMm: number
    /** The thin-over-thick rule's distance from the paper's bottom. */
    bottomRuleMm: number
    /** Border width in eighths of a point (18 = 2¼ pt thick-thin pair). */
    ruleSz: number
    /** Gap between the first rule and the 文号 line: 7/8 of a 3号 character. */
    docNumberGapPt: number
  }
  standard: {
    /** Top edge of the 发文机关标志 below the 版心 top. */
    letterheadOffsetMm: number
    /** Red rule distance below the 文号. */
    ruleGapMm: number
    ruleLengthMm: number
    ruleSz: number
  }
  /** 版记 rules in eighths of a point: first and last thick, the middle thin. */
  imprintRules: { thickSz: number; thinSz: number }
  /** Footer distance from the paper's bottom, putting the page number's dashes 7 mm below the 版心. */
  footerMm: number
  signature: {
    /** Blank lines between the body and a sealed signature, so the seal's top stays within a line. */
    sealedGapLines: number
    sealedDateRightChars: number
    unsealedOrganRightChars: number
  }
}

const style = (font: string, size: FontSizeName, bold = false): ElementStyle => ({
  font,
  sizePt: FONT_SIZES_PT[size],
  bold
})

export function defaultLayout(): LayoutProfile {
  return {
    paper: { widthMm: 210, heightMm: 297 },
    margins: { topMm: 37, bottomMm: 35, leftMm: 28, rightMm: 26 },
    linePitchPt: 28.95,
    charsPerLine: 28,
    linesPerPage: 22,
    latinFont: 'Times New Roman',
    elements: {
      letterhead: style('方正小标宋简体', '小初'),
      copyNumber: style('仿宋_GB2312', '三号'),
      secrecy: style('黑体', '三号'),
      mark: style('仿宋_GB2312', '三号'),
      docNumber: style('仿宋_GB2312', '三号'),
      title: style('方正小标宋简体', '二号'),
      body: style('仿宋_GB2312', '三号'),
      h1: style('黑体', '三号'),
      h2: style('楷体_GB2312', '三号'),
      h3: style('仿宋_GB2312', '三号'),
      h4: style('仿宋_GB2312', '三号'),
      table: style('仿宋_GB2312', '三号'),
      cc: style('仿宋_GB2312', '四号'),
      pageNumber: style('宋体', '四号')
    },
    red: 'FF0000',
    letter: {
      letterheadTopMm: 30,
      ruleGapMm: 4,
      ruleLengthMm: 170,
      bottomRuleMm: 20,
      ruleSz: 18,
      docNumberGapPt: 14
    },
    standard: { letterheadOffsetMm: 35, ruleGapMm: 4, ruleLengthMm: 156, ruleSz: 11 },
    imprintRules: { thickSz: 8, thinSz: 6 },
    footerMm: 25.5,
    signature: { sealedGapLines: 2, sealedDateRightChars: 4, unsealedOrganRightChars: 2 }
  }
}

const HEADING_ELEMENTS: Record<HeadingLevel, LayoutElement> = { 1: 'h1', 2: 'h2', 3: 'h3', 4: 'h4' }

/** 一、 黑体; （一） 楷体; 1. and （1） 仿宋 — bold per profile. */
export function headingStyle(layout: LayoutProfile, level: HeadingLevel): ElementStyle {
  return layout.elements[HEADING_ELEMENTS[level]]
}

/** Page geometry in twips, the unit the DOCX writes. */
export type PageGeometry = {
  pageWidth: number
  pageHeight: number
  top: number
  bottom: number
  left: number
  right: number
  textWidth: number
  textHeight: number
  linePitch: number
  /** One character's width on the 28-character grid. */
  charPitch: number
  /**
   * Character spacing (w:spacing, twentieths of a point) on body-size text so that charsPerLine
   * characters fill a line. A line-only grid plus this spacing sets 28 characters in Word, WPS and
   * LibreOffice alike; a character grid (linesAndChars) is not honoured by LibreOffice.
   */
  charSpacing: number
}

export function pageGeometry(layout: LayoutProfile): PageGeometry {
  const { paper, margins } = layout
  const pageWidth = mmToTwips(paper.widthMm)
  const pageHeight = mmToTwips(paper.heightMm)
  const top = mmToTwips(margins.topMm)
  const bottom = mmToTwips(margins.bottomMm)
  const left = mmToTwips(margins.leftMm)
  const right = mmToTwips(margins.rightMm)
  const textWidth = pageWidth - left - right
  const charPitchPt = textWidth / TWIPS_PER_PT / layout.charsPerLine
  return {
    pageWidth,
    pageHeight,
    top,
    bottom,
    left,
    right,
    textWidth,
    textHeight: pageHeight - top - bottom,
    linePitch: ptToTwips(layout.linePitchPt),
    charPitch: textWidth / layout.charsPerLine,
    // floor, not round: a pitch a hair too wide fits one character fewer per line
    charSpacing: Math.floor((charPitchPt - layout.elements.body.sizePt) * TWIPS_PER_PT)
  }
}

/** Full-width characters per line at a size and character spacing (twentieths of a point). */
export function charsPerLineAt(textWidthTwips: number, sizePt: number, charSpacing: number) {
  return Math.floor(textWidthTwips / (sizePt * TWIPS_PER_PT + charSpacing))
}

/** Lines per page that a line pitch gives in a text block. */
export function gridLinesPerPage(textHeightTwips: number, linePitchTwips: number) {
  return Math.floor(textHeightTwips / linePitchTwips)
}

/** The unsealed date starts this many characters right of the organ's first character. */
const DATE_SHIFT_CHARS = 2

/** Right indents in characters for the organ and the date (GB/T 9704-2012 §7.3.5). */
export function signatureIndents(
  organ: string,
  date: string,
  sealed: boolean,
  layout: LayoutProfile
) {
  const ow = textWidthEm(organ)
  const dw = textWidthEm(date)
  const { sealedDateRightChars, unsealedOrganRightChars } = layout.signature
  if (sealed) {
    const organRight = sealedDateRightChars + (dw - ow) / 2
    if (organRight >= 0) return { organRight, dateRight: sealedDateRightChars }
    return { organRight: 0, dateRight: (ow - dw) / 2 }
  }
  // the date starts two characters right of the organ's first character, and keeps at least the
  // organ's own distance from the right edge
  const u = unsealedOrganRightChars
  const dateRight = u + ow - DATE_SHIFT_CHARS - dw
  if (dateRight >= u) return { organRight: u, dateRight }
  return { organRight: u + DATE_SHIFT_CHARS + dw - ow, dateRight: u }
}
