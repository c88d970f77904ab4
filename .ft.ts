import { writeFileSync } from 'node:fs'
import { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, BorderStyle, TableAnchorType, RelativeHorizontalPosition, RelativeVerticalPosition, OverlapType, TableLayoutType } from 'docx'
const thick = { style: BorderStyle.SINGLE, size: 8, color: '000000' }
const none = { style: BorderStyle.NONE, size: 0, color: 'auto' }
const cell = (t: string) => new TableCell({ width: { size: 8845, type: WidthType.DXA }, borders: {}, children: [new Paragraph({ children: [new TextRun(t)] })] })
const table = new Table({ columnWidths: [8845], width: { size: 8845, type: WidthType.DXA }, layout: TableLayoutType.FIXED,
  float: { horizontalAnchor: TableAnchorType.MARGIN, verticalAnchor: TableAnchorType.MARGIN, relativeHorizontalPosition: RelativeHorizontalPosition.CENTER, relativeVerticalPosition: RelativeVerticalPosition.BOTTOM, overlap: OverlapType.NEVER },
  borders: { top: thick, bottom: thick, left: none, right: none, insideHorizontal: { style: BorderStyle.SINGLE, size: 6, color: '000000' }, insideVertical: none },
  rows: [new TableRow({ children: [cell('抄送：市政协提案委员会，市政府督查室。')] }), new TableRow({ children: [cell('岳阳市卫生健康委员会办公室 2024年6月28日印发')] })] })
const doc = new Document({ sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } }, children: [new Paragraph('正文一段。'), new Paragraph('正文二段。'), table, new Paragraph('')] }] })
Packer.toBuffer(doc).then(b => writeFileSync('/tmp/cal/ft.docx', b))
