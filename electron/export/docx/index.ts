import { Document, DocumentGridType, Packer, Paragraph } from 'docx'
import type { ComposedReply } from '../../domain/composed'
import { defaultLayout, type LayoutProfile, mmToTwips, pageGeometry } from '../../domain/layout'
import { mainText, titleParagraphs } from './body'
import type { BuildContext } from './context'
import { fontTableXml } from './font-table'
import { footers } from './footers'
import { headParagraphs } from './head'
import { imprintParagraphs } from './imprint'
import { stylesXml } from './styles'
import { tailParagraphs } from './tail'

// A reply as a GB/T 9704-2012 DOCX: A4, 37/35/28/26 mm margins, a 22 × 28 document grid, exact
// line spacing, official fonts named in every style and run, and no theme-font references.

const HEADER_MM = 15

function documentOf(ctx: BuildContext): Document {
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
            type: DocumentGridType.LINES_AND_CHARS,
            linePitch: geo.linePitch,
            charSpace: geo.charSpace
          }
        },
        footers: footers(ctx),
        children
      }
    ]
  })
}

export async function buildDocx(
  reply: ComposedReply,
  layout: LayoutProfile = defaultLayout()
): Promise<Uint8Array> {
  const ctx: BuildContext = { reply, layout, geo: pageGeometry(layout) }
  // styles.xml and fontTable.xml are written whole: docx would add its own default styles
  // (blue Word headings, TOC styles) without East Asian fonts
  return Packer.pack(documentOf(ctx), 'uint8array', false, [
    { path: 'word/styles.xml', data: stylesXml(layout, ctx.geo) },
    { path: 'word/fontTable.xml', data: fontTableXml(layout) }
  ])
}
