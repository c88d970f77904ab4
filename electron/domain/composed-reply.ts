import type { BodyDoc } from './body'
import type { DocFormat } from './reply'

// Everything the document shows, already worded: templates produce it from fields + profile,
// export and the page preview lay it out. Nothing downstream re-derives wording.

export type MarkPlacement =
  /** appended to the 文号 line: 渌卫复〔2025〕1号（A）类 */
  | 'docline'
  /** each on its own line, flush left above the 文号 (咸宁) */
  | 'lines-left'
  /** top right of page 1 */
  | 'top-right'

export type ContactPlacement = 'after-signature' | 'before-signature' | 'note'

export type ComposedReply = {
  format: DocFormat
  /** 发文机关标志 (letterhead); empty for none */
  letterhead: string
  /** 发文字号 with marks as the template places them; empty when there is no 文号 */
  docNumberLine: string
  /** marks shown apart from the 文号 line (class, 公开), per placement */
  marks: { placement: Exclude<MarkPlacement, 'docline'>; lines: string[] }
  title: string
  /** 主送 / salutation, ends with ： */
  salutation: string
  /** paragraphs before the body proper (您好！…现答复如下：) */
  opening: string[]
  body: BodyDoc
  /** closing paragraphs (感谢…) */
  closing: string[]
  /** 附件说明 names, without numbering */
  attachments: string[]
  signature: { organ: string; date: string; sealed: boolean } | null
  contact: { placement: ContactPlacement; lines: string[] }
  /** 附注 such as （此件主动公开）; empty for none */
  note: string
  /** 版记 抄送 line(s) already worded, e.g. 抄送：区人大常委会联工委，区政府督查室。 */
  cc: string
  /** 份号 (six digits), 密级和保密期限, 紧急程度: top left of page 1, in that order */
  copyNumber?: string
  secrecy?: string
  urgency?: string
  /** 版记 印发机关 and 印发日期 (2025年7月16日), standard format only */
  imprint?: { organ: string; date: string }
}
