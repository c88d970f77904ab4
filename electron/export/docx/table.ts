import {
  AlignmentType,
  BorderStyle,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType
} from 'docx'
import { type Run, runsText } from '../../domain/body'
import { textWidthEm } from '../../domain/title-lines'
import { type BuildContext, exactLine, para } from './context'
import { modelRuns } from './runs'
import { STYLE } from './style-ids'

// WPS drops tables without gridCol widths, so every column gets one, shared out by content length.
// Rows never split across pages and a header row repeats on each page.

const LINE_FACTOR = 1.4
const MIN_COLUMN_EM = 2

function columnWidths(rows: Run[][][], total: number): number[] {
  const count = Math.max(...rows.map((r) => r.length))
  const wants = Array.from({ length: count }, (_, c) =>
    Math.max(MIN_COLUMN_EM, ...rows.map((r) => Math.min(textWidthEm(runsText(r[c] ?? [])), 20)))
  )
  const sum = wants.reduce((a, b) => a + b, 0)
  const widths = wants.map((w) => Math.floor((w / sum) * total))
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0)
  return widths
}

export function bodyTable(ctx: BuildContext, block: { header: boolean; rows: Run[][][] }): Table {
  const { layout, geo } = ctx
  const el = layout.elements.table
  const widths = columnWidths(block.rows, geo.textWidth)
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
  const rows = block.rows.map((cells, r) => {
    const header = block.header && r === 0
    return new TableRow({
      cantSplit: true,
      tableHeader: header,
      children: widths.map((width, c) => {
        const runs = cells[c] ?? []
        const short = textWidthEm(runsText(runs)) <= 8
        return new TableCell({
          width: { size: width, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          children: [
            para(
              STYLE.tableText,
              modelRuns(runs, el, layout.latinFont, header ? { bold: true } : {}),
              {
                alignment: header || short ? AlignmentType.CENTER : AlignmentType.BOTH,
                spacing: exactLine(Math.round(el.sizePt * LINE_FACTOR * 20))
              }
            )
          ]
        })
      })
    })
  })
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: geo.textWidth, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line
    }
  })
}
