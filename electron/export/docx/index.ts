import { Document, DocumentGridType, Packer, Paragraph, type ICommentOptions } from 'docx'
import type { ComposedReply } from '../../domain/composed-reply'
import { defaultLayout, type LayoutProfile, mmToTwips, pageGeometry } from '../../domain/layout'
import { mainText, titleParagraphs } from './body'
import { planComments, type DocxComment } from './comments'
import type { BuildContext } from './context'
import { fontTableXml } from './font-table'
import { footers } from './footers'
import { headParagraphs } from './head'
import { imprintParagraphs } from './imprint'
import { localDateTime } from '../../domain/local-time'
import { settingsXml } from './settings'
import { stylesXml } from './styles'
import { tailParagraphs } from './tail'
import { xmlSafe } from '../xml-safe'

// A reply as a GB/T 9704-2012 DOCX: A4, 37/35/28/26 mm margins, a 22-line grid with exact line
// spacing, body text condensed to 28 characters a line, official fonts named in every style and
// run, and no theme-font references. Lines and pages break where domain/pages computes them.

const HEADER_MM = 15

// The sign-off (or its absence) travels in the file's properties (文件 → 属性 → 自定义 in WPS and
// Word), where the bureau's records look for it, without changing the printed page.
function approvalProperties(approval: DocxExtras['approval']) {
  const status = approval ? '已签发' : '未签发'
  const signed = approval
    ? [
        { name: '签发人', value: approval.by },
        { name: '签发时间', value: localDateTime(approval.at) }
      ]
    : []
  return {
    description: approval ? `${approval.by}于${localDateTime(approval.at)}签发` : '未签发稿',
    customProperties: [{ name: '审核状态', value: status }, ...signed]
  }
}

function documentOf(
  ctx: BuildContext,
  comments: ICommentOptions[],
  approval: DocxExtras['approval']
): Document {
  const { reply, layout, geo } = ctx
  const tail = tailParagraphs(ctx)
  const flow = [
    ...headParagraphs(ctx),
    ...titleParagraphs(ctx),
    ...mainText(ctx, tail.length > 0),
    ...tail
  ]
  // The 版记 frames go before the last paragraph, which anchors them: they always land on the
  // page where the text ends, and LibreOffice loses a frame that has no plain paragraph after it.
  const last = flow.pop()
  const children =
    last instanceof Paragraph
      ? [...flow, ...imprintParagraphs(ctx), last]
      : [...flow, ...(last ? [last] : []), ...imprintParagraphs(ctx), new Paragraph({})]
  const body = layout.elements.body.font
  const title = layout.elements.title.font
  const themeFont = (eastAsia: string) => ({
    latin: layout.latinFont,
    eastAsia,
    scripts: { Hans: eastAsia, Hant: eastAsia }
  })
  return new Document({
    title: reply.title.replace(/\s+/g, ''),
    creator: reply.signature?.organ || reply.letterhead || '建议提案答复助手',
    ...(approval === undefined ? {} : approvalProperties(approval)),
    ...(comments.length ? { comments: { children: comments } } : {}),
    evenAndOddHeaderAndFooters: true,
    theme: { fonts: { headings: themeFont(title), body: themeFont(body) } },
    sections: [
      {
        properties: {
          titlePage: reply.format === 'letter',
          page: {
            size: { width: geo.pageWidth, height: geo.pageHeight },
            margin: {
              top: geo.top,
              bottom: geo.bottom,
              left: geo.left,
              right: geo.right,
              header: mmToTwips(HEADER_MM),
              footer: mmToTwips(layout.footerMm),
              gutter: 0
            }
          },
          grid: {
            type: DocumentGridType.LINES,
            linePitch: geo.linePitch
          }
        },
        footers: footers(ctx),
        children
      }
    ]
  })
}

/** What the review adds to an export: who signed it, and open comments for a review copy. */
export type DocxExtras = {
  /** undefined when the reply did not go through review here (a re-typeset old reply) */
  approval?: { by: string; at: string } | null
  comments?: readonly DocxComment[]
}

export async function buildDocx(
  unsafeReply: ComposedReply,
  layout: LayoutProfile = defaultLayout(),
  unsafeExtras: DocxExtras = {}
): Promise<Uint8Array> {
  const reply = xmlSafe(unsafeReply)
  const extras = xmlSafe(unsafeExtras)
  const plan = planComments(reply.body, extras.comments ?? [])
  const ctx: BuildContext = { reply, layout, geo: pageGeometry(layout), comments: plan.spans }
  // styles.xml and fontTable.xml are written whole: docx would add its own default styles
  // (blue Word headings, TOC styles) without East Asian fonts
  return Packer.pack(documentOf(ctx, plan.options, extras.approval), 'uint8array', false, [
    { path: 'word/styles.xml', data: stylesXml(layout, ctx.geo) },
    { path: 'word/fontTable.xml', data: fontTableXml(layout) },
    { path: 'word/settings.xml', data: settingsXml() }
  ])
}
