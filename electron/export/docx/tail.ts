import { AlignmentType, type Paragraph } from 'docx'
import { signatureIndents } from '../../domain/layout'
import { textWidthEm } from '../../domain/title-lines'
import { type BuildContext, blankLines, para } from './context'
import { textRuns } from './runs'
import { STYLE } from './style-ids'

// What follows the body: 附件说明, the signature and date (sealed or not), 附注 and the contact
// block. Everything here keeps with the next paragraph so the signature never opens a page alone.

function bodyRuns(ctx: BuildContext, text: string) {
  return textRuns(text, ctx.layout.elements.body, ctx.layout.latinFont)
}

/** 附件：1.名称 — continuation lines align under the name's first character. */
function attachmentParagraphs(ctx: BuildContext): Paragraph[] {
  const names = ctx.reply.attachments
  if (!names.length) return []
  const ch = ctx.geo.charPitch
  const numbered = names.length > 1
  const items = names.map((name, i) => {
    const number = numbered ? `${i + 1}.` : ''
    const numberEm = textWidthEm(number)
    const label = i === 0 ? '附件：' : ''
    const left = Math.round((5 + numberEm) * ch)
    const hanging = Math.round(((i === 0 ? 3 : 0) + numberEm) * ch)
    return para(STYLE.attachment, bodyRuns(ctx, `${label}${number}${name}`), {
      indent: { left, hanging }
    })
  })
  return [...blankLines(STYLE.body, 1, true), ...items]
}

function signatureParagraphs(ctx: BuildContext): Paragraph[] {
  const { reply, layout, geo } = ctx
  const sig = reply.signature
  if (!sig) return []
  const gap = sig.sealed ? layout.signature.sealedGapLines : 1
  const { organRight, dateRight } = signatureIndents(sig.organ, sig.date, sig.sealed, layout)
  const out = blankLines(STYLE.body, gap, true)
  if (sig.organ) {
    out.push(
      para(STYLE.organ, bodyRuns(ctx, sig.organ), {
        alignment: AlignmentType.RIGHT,
        indent: { right: Math.round(organRight * geo.charPitch) }
      })
    )
  }
  if (sig.date) {
    out.push(
      para(STYLE.date, bodyRuns(ctx, sig.date), {
        alignment: AlignmentType.RIGHT,
        indent: { right: Math.round(dateRight * geo.charPitch) }
      })
    )
  }
  return out
}

/** The contact block stays in one piece, and before the signature it keeps with it too. */
function contactParagraphs(ctx: BuildContext, withGap: boolean, beforeSignature = false) {
  const lines = ctx.reply.contact.lines.filter(Boolean)
  if (!lines.length) return []
  const gap = withGap ? blankLines(STYLE.body, 1, beforeSignature) : []
  const keep = (i: number) => beforeSignature || i < lines.length - 1
  return [
    ...gap,
    ...lines.map((line, i) =>
      para(STYLE.contact, bodyRuns(ctx, line), keep(i) ? { keepNext: true } : {})
    )
  ]
}

export function tailParagraphs(ctx: BuildContext): Paragraph[] {
  const { reply } = ctx
  const placement = reply.contact.placement
  return [
    ...attachmentParagraphs(ctx),
    ...(placement === 'before-signature' ? contactParagraphs(ctx, true, true) : []),
    ...signatureParagraphs(ctx),
    ...(reply.note ? [para(STYLE.note, bodyRuns(ctx, reply.note))] : []),
    ...(placement === 'note' ? contactParagraphs(ctx, false) : []),
    ...(placement === 'after-signature' ? contactParagraphs(ctx, true) : [])
  ]
}
