import { blockText, type Block, type BodyDoc, type Run } from '../domain/body'
import { onOff, type DocxStyles } from './docx-styles'
import { walkXml, type Attributes } from './xml-events'

// word/document.xml to BodyDoc: paragraphs (w:p) with runs (w:r: w:t text, w:tab, w:br, bold
// from w:b or a bold character style), headings from paragraph styles or outline levels, and
// tables (w:tbl) whose cells hold their paragraphs' text. Text boxes become paragraphs of their
// own; alternate renderings (mc:Fallback) and moved-away text are skipped so nothing is doubled.

const SKIPPED = new Set(['mc:Fallback', 'w:moveFrom', 'w:del'])
// Elements that mean something where they open; a closing tag of theirs (<w:tab></w:tab>) adds nothing.
const LEAVES = new Set([
  'w:pStyle',
  'w:outlineLvl',
  'w:rStyle',
  'w:b',
  'w:tab',
  'w:br',
  'w:cr',
  'w:tblHeader'
])

type Paragraph = {
  runs: Run[]
  styleId?: string
  outline?: number
  bold: boolean
  inRun: boolean
  inProps: boolean
}

type Table = { rows: Run[][][]; row: Run[][]; cell: Run[][] | null; header: boolean }

function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = []
  for (const run of runs) {
    const last = out[out.length - 1]
    if (last && !!last.bold === !!run.bold) last.text += run.text
    else if (run.text) out.push({ ...run })
  }
  return out
}

function joinParagraphs(paragraphs: Run[][]): Run[] {
  return mergeRuns(paragraphs.flatMap((runs, i) => (i === 0 ? runs : [{ text: '\n' }, ...runs])))
}

export function readDocumentXml(xml: string, styles: DocxStyles): BodyDoc {
  const blocks: Block[] = []
  const paragraphs: Paragraph[] = []
  const tables: Table[] = []
  let skip = 0
  let inText = false

  const emit = (block: Block, runs: Run[]) => {
    const cell = tables[tables.length - 1]?.cell
    if (cell) cell.push(runs)
    else blocks.push(block)
  }
  const closeParagraph = () => {
    const p = paragraphs.pop()!
    const runs = mergeRuns(p.runs)
    const level = styles.headingLevel(p.styleId, p.outline)
    emit(level ? { type: 'heading', level, runs } : { type: 'paragraph', runs }, runs)
  }
  const addText = (text: string) => {
    const p = paragraphs[paragraphs.length - 1]
    if (p) p.runs.push(p.bold ? { text, bold: true } : { text })
  }

  const tag = (name: string, attrs: Attributes, closing: boolean, selfClosing: boolean) => {
    if (SKIPPED.has(name)) {
      if (!selfClosing) skip += closing ? -1 : 1
      return
    }
    if (skip > 0 || (closing && LEAVES.has(name))) return
    const p = paragraphs[paragraphs.length - 1]
    const table = tables[tables.length - 1]
    switch (name) {
      case 'w:p':
        if (selfClosing) break
        if (!closing) {
          paragraphs.push({ runs: [], bold: false, inRun: false, inProps: false })
          break
        }
        if (p) closeParagraph()
        break
      case 'w:pPr':
        if (p && !selfClosing) p.inProps = !closing
        break
      case 'w:pStyle':
        if (p?.inProps) p.styleId = attrs['w:val']
        break
      case 'w:outlineLvl':
        if (p?.inProps) p.outline = Number(attrs['w:val'])
        break
      case 'w:r':
        if (p && !selfClosing) {
          p.inRun = !closing
          p.bold = false
        }
        break
      case 'w:rStyle':
        if (p?.inRun && styles.isBold(attrs['w:val'])) p.bold = true
        break
      case 'w:b':
        if (p?.inRun) p.bold = onOff(attrs)
        break
      case 'w:t':
        inText = !closing && !selfClosing
        break
      case 'w:tab':
        if (p?.inRun && !p.inProps) addText('\t')
        break
      case 'w:br':
      case 'w:cr':
        if (p?.inRun) addText('\n')
        break
      case 'w:tbl':
        if (selfClosing) break
        if (!closing) tables.push({ rows: [], row: [], cell: null, header: false })
        else if (table) {
          tables.pop()
          const block: Block = { type: 'table', header: table.header, rows: table.rows }
          emit(block, [{ text: blockText(block) }])
        }
        break
      case 'w:tr':
        if (table && !selfClosing) {
          if (closing) table.rows.push(table.row)
          table.row = []
        }
        break
      case 'w:tblHeader':
        if (table && table.rows.length === 0) table.header = true
        break
      case 'w:tc':
        if (!table || selfClosing) break
        if (closing && table.cell) table.row.push(joinParagraphs(table.cell))
        table.cell = closing ? null : []
        break
    }
  }
  walkXml(xml, {
    open: (name, attrs, selfClosing) => tag(name, attrs, false, selfClosing),
    close: (name) => tag(name, {}, true, false),
    text: (text) => {
      if (inText && skip === 0) addText(text)
    }
  })
  // A truncated document still gives the text it has.
  while (paragraphs.length > 0) closeParagraph()
  return { blocks }
}
