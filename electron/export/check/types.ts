import type { DocxPackage } from './package'

export type Violation = {
  /** stable rule id, e.g. page.margins */
  rule: string
  /** what is wrong, in Chinese, for the clerk */
  message: string
  /** where: a paragraph, a footer, the page setup */
  where?: string
}

export type Rule = (doc: DocxPackage) => Violation[]

/** Twips in a millimetre: the standard's ±1 mm tolerances are written in these. */
export const TWIPS_PER_MM = 1440 / 25.4
