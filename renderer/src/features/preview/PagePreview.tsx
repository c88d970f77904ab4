import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react'
import type { LaidPage, PageLayout, PlacedLine, PreviewFonts } from '../../../../electron/contract'

type Props = { layout: PageLayout; fonts: PreviewFonts }

// Draws the pages the layout engine computed (electron/domain/pages): every line at the position,
// with the characters, the DOCX gets in Word, WPS and LibreOffice. Nothing is measured here, so
// the preview and the printout break lines and pages alike.

const pt = (twips: number) => `${twips / 20}pt`

const RULES: Record<NonNullable<PlacedLine['rule']>['kind'], string> = {
  'double-top': '2.25pt double #d00',
  'double-bottom': '2.25pt double #d00',
  red: '1pt solid #d00',
  thick: '1pt solid #000',
  thin: '0.75pt solid #000'
}

/** Pages scale to the panel's width, so the 文号 and line ends are never cut off. */
function useFitZoom(pageWidthPt: number) {
  const ref = useRef<HTMLDivElement>(null)
  const [zoom, setZoom] = useState(0.55)
  useLayoutEffect(() => {
    const panel = ref.current?.parentElement
    if (!panel) return
    const fit = () => {
      const width = panel.clientWidth - 8
      if (width > 0) setZoom(Math.min(1, width / ((pageWidthPt * 96) / 72)))
    }
    fit()
    const observer = new ResizeObserver(fit)
    observer.observe(panel)
    return () => observer.disconnect()
  }, [pageWidthPt])
  return { ref, zoom }
}

export function PagePreview({ layout, fonts }: Props) {
  const { ref, zoom } = useFitZoom(layout.page.width / 20)
  return (
    <div className="preview" aria-label="页面预览" ref={ref} style={{ zoom }}>
      {layout.pages.map((page) => (
        <Page key={page.number} page={page} layout={layout} fonts={fonts} />
      ))}
    </div>
  )
}

function Page({
  page,
  layout,
  fonts
}: {
  page: LaidPage
  layout: PageLayout
  fonts: PreviewFonts
}) {
  const { width, height } = layout.page
  return (
    <div
      className="preview-page"
      style={{ width: pt(width), height: pt(height) }}
      data-page={page.number}
    >
      {page.lines.map((line, i) => (
        <Line key={i} line={line} layout={layout} fonts={fonts} />
      ))}
      {page.folio && <Folio page={page} layout={layout} fonts={fonts} />}
    </div>
  )
}

function Line({
  line,
  layout,
  fonts
}: {
  line: PlacedLine
  layout: PageLayout
  fonts: PreviewFonts
}) {
  const { page } = layout
  const textWidth = page.width - page.left - page.right
  const style: CSSProperties = {
    top: pt(line.top),
    left: pt(page.left + line.left),
    width: pt(textWidth - line.left - line.right),
    height: pt(line.height),
    lineHeight: pt(line.height),
    fontSize: `${line.sizePt}pt`,
    letterSpacing: line.spacingPt ? `${line.spacingPt}pt` : undefined,
    fontFamily: fonts[line.font],
    textAlign: line.align,
    textAlignLast: line.stretch ? 'justify' : undefined,
    color: line.red ? '#d00' : undefined,
    borderBottom: line.rule ? RULES[line.rule.kind] : undefined,
    borderTop: line.ruleAbove ? RULES[line.ruleAbove] : undefined
  }
  return (
    <div className={`pv-line pv-${line.role}`} style={style}>
      {line.runs.map((r, i) => (
        <span
          key={i}
          style={{
            fontWeight: r.bold ? 'bold' : undefined,
            fontStyle: r.italic ? 'italic' : undefined,
            textDecoration: r.underline ? 'underline' : undefined
          }}
        >
          {r.text}
        </span>
      ))}
      {line.tabText && <span className="pv-tab">{line.tabText}</span>}
    </div>
  )
}

function Folio({
  page,
  layout,
  fonts
}: {
  page: LaidPage
  layout: PageLayout
  fonts: PreviewFonts
}) {
  const { page: p } = layout
  // 4号, one character in from the outer edge of the text block, 7 mm below it
  const inset = 14 * 20
  const side: CSSProperties =
    page.folioSide === 'right' ? { right: pt(p.right + inset) } : { left: pt(p.left + inset) }
  const folio: ReactNode = page.folio
  return (
    <div
      className="preview-folio"
      style={{
        ...side,
        top: pt(p.height - p.bottom + 397),
        fontSize: '14pt',
        fontFamily: fonts.pageNumber
      }}
    >
      {folio}
    </div>
  )
}
