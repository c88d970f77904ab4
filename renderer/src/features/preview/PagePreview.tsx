import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react'
import type { DocFormat, FlowBlock, PreviewGeometry } from '../../../../electron/contract'

type Props = { blocks: FlowBlock[]; format: DocFormat; geometry: PreviewGeometry }

const mm = (n: number) => `${n}mm`
const pt = (n: number) => `${n}pt`

/**
 * Lays the composed reply out on A4 pages with the same numbers the DOCX uses: blocks are measured
 * in a hidden column as wide as the 版心 and dealt onto pages of `linesPerPage` lines.
 */
export function PagePreview({ blocks, format, geometry: g }: Props) {
  const measureRef = useRef<HTMLDivElement>(null)
  const [pages, setPages] = useState<FlowBlock[][]>([blocks])
  const signature = JSON.stringify(blocks)

  useLayoutEffect(() => {
    const column = measureRef.current
    if (!column) return
    const capacity = g.pageHeightMm - g.marginTopMm - g.marginBottomMm
    const pxPerMm =
      column.getBoundingClientRect().width / (g.pageWidthMm - g.marginLeftMm - g.marginRightMm)
    const heights = [...column.children].map((el) => el.getBoundingClientRect().height / pxPerMm)
    const result: FlowBlock[][] = [[]]
    let used = 0
    blocks.forEach((block, i) => {
      const h = heights[i] ?? 0
      if (used + h > capacity + 0.5 && (result[result.length - 1]?.length ?? 0) > 0) {
        result.push([])
        used = 0
      }
      result[result.length - 1]?.push(block)
      used += h
    })
    setPages(result)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature, g])

  const pageStyle: CSSProperties = {
    width: mm(g.pageWidthMm),
    height: mm(g.pageHeightMm),
    padding: `${mm(g.marginTopMm)} ${mm(g.marginRightMm)} ${mm(g.marginBottomMm)} ${mm(g.marginLeftMm)}`,
    fontSize: pt(g.bodyPt),
    lineHeight: pt(g.linePitchPt),
    fontFamily: g.fonts.body
  }
  const columnStyle: CSSProperties = {
    ...pageStyle,
    height: 'auto',
    position: 'absolute',
    visibility: 'hidden',
    left: -10000
  }

  return (
    <div className="preview" aria-label="页面预览">
      <div
        ref={measureRef}
        style={{
          ...columnStyle,
          width: mm(g.pageWidthMm - g.marginLeftMm - g.marginRightMm),
          padding: 0
        }}
      >
        {blocks.map((b, i) => renderBlock(b, i, g))}
      </div>
      {pages.map((page, p) => (
        <div className="preview-page" style={pageStyle} key={p} data-page={p + 1}>
          {page.map((b, i) => renderBlock(b, i, g))}
          {pageNumber(p + 1, format, g)}
        </div>
      ))}
    </div>
  )
}

function pageNumber(n: number, format: DocFormat, g: PreviewGeometry): ReactNode {
  if (format === 'letter' && n === 1) return null
  const side: CSSProperties =
    n % 2 === 1 ? { right: mm(g.marginRightMm + 5.5) } : { left: mm(g.marginLeftMm + 5.5) }
  return (
    <div
      className="preview-folio"
      style={{
        ...side,
        bottom: mm(g.marginBottomMm - 7 - 5),
        fontSize: pt(14),
        fontFamily: g.fonts.pageNumber
      }}
    >
      — {n} —
    </div>
  )
}

function renderBlock(block: FlowBlock, key: number, g: PreviewGeometry): ReactNode {
  const style: CSSProperties = {
    margin: 0,
    minHeight: pt(g.linePitchPt),
    textAlign: block.align,
    textIndent: block.indentChars ? `${block.indentChars}em` : undefined,
    paddingLeft: block.leftChars ? `${block.leftChars}em` : undefined,
    paddingRight: block.rightChars ? `${block.rightChars}em` : undefined,
    fontFamily: g.fonts[block.font],
    fontSize: pt(g.sizes[block.font]),
    lineHeight:
      g.sizes[block.font] > g.linePitchPt * 0.7 ? pt(g.sizes[block.font] * 1.3) : undefined,
    color: block.red ? '#c00' : undefined,
    borderBottom: block.rule ? '3px double #c00' : undefined
  }
  return (
    <p style={style} key={key} className={`pv-${block.role}`}>
      {block.runs.map((r, i) => (r.bold ? <b key={i}>{r.text}</b> : <span key={i}>{r.text}</span>))}
    </p>
  )
}
