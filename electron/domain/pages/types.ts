import type { Run } from '../body'

// A reply laid out on pages: what the preview draws, what `cli pages` reports, and what the DOCX
// must reproduce in Word, WPS and LibreOffice. Lengths in twips, from the paper's top-left.

export type LineFont = 'title' | 'body' | 'h1' | 'h2' | 'h3' | 'h4' | 'letterhead' | 'cc'

export type LineRole =
  | 'row'
  | 'letterhead'
  | 'spacer'
  | 'rule'
  | 'docnumber'
  | 'blank'
  | 'title'
  | 'salutation'
  | 'body'
  | 'heading'
  | 'table'
  | 'attachment'
  | 'signature'
  | 'note'
  | 'contact'
  | 'cc'
  | 'imprint'

export type PlacedLine = {
  role: LineRole
  runs: Run[]
  /** text set flush right on the same line (the 文号 beside left-hand marks) */
  tabText?: string
  font: LineFont
  sizePt: number
  /** character spacing added to every character, in pt */
  spacingPt: number
  top: number
  height: number
  /** distances from the text block's left and right edges */
  left: number
  right: number
  align: 'left' | 'center' | 'right' | 'justify'
  /** the last line of a justified paragraph is not stretched */
  stretch: boolean
  red?: boolean
  /** a rule under the line: the letter's double rules, the 版头 red rule, the 版记 rules */
  rule?: { kind: 'double-top' | 'double-bottom' | 'red' | 'thick' | 'thin'; width: number }
  /** a rule over the line (the 版记's first rule) */
  ruleAbove?: 'thick' | 'thin'
}

export type LaidPage = {
  number: number
  lines: PlacedLine[]
  /** page number shown in the footer, null on a letter's first page */
  folio: string | null
  folioSide: 'left' | 'right'
}

export type PageLayout = {
  pages: LaidPage[]
  page: { width: number; height: number; top: number; bottom: number; left: number; right: number }
}
