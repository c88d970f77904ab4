import type { Rule } from '../rule'
import { brokenParagraph } from './broken-paragraph'
import { ccPunctuation } from './cc-punctuation'
import { classWording } from './class-wording'
import { dateFormat } from './date-format'
import { docNumberFormat } from './doc-number-format'
import { fullWidthNumber } from './full-width-number'
import { halfWidthPunctuation } from './half-width-punctuation'
import { headingSequence } from './heading-sequence'
import { enumerationMark } from './enumeration-mark'
import { malformedDate } from './malformed-date'
import { markdownMarker } from './markdown-marker'
import { pdfGlyph } from './pdf-glyph'
import { rangeHyphen } from './range-hyphen'
import { referenceNumber } from './reference-number'
import { traditionalChars } from './traditional-chars'
import { wording } from './wording'
import { phoneNumber } from './phone-number'
import { repeatedText } from './repeated-text'
import { requiredField } from './required-field'
import { salutation } from './salutation'
import { straySpace } from './stray-space'
import { termConsistency } from './term-consistency'
import { unmatchedPairs } from './unmatched-pairs'

export const ALL_RULES: readonly Rule[] = [
  repeatedText,
  halfWidthPunctuation,
  fullWidthNumber,
  unmatchedPairs,
  straySpace,
  headingSequence,
  docNumberFormat,
  dateFormat,
  salutation,
  classWording,
  phoneNumber,
  ccPunctuation,
  requiredField,
  termConsistency,
  markdownMarker,
  brokenParagraph,
  malformedDate,
  referenceNumber,
  enumerationMark,
  rangeHyphen,
  wording,
  pdfGlyph,
  traditionalChars
]
