import type { Block, Run } from './body'
import type { ComposedReply } from './composed'
import { cssFontStack, type LayoutElement, type LayoutProfile } from './layout'
import { titleLinesFor } from './title-break'

// The order and placement of a reply's elements (GB/T 9704-2012 §7 and the letter format), as
// data. The in-app preview draws these blocks; sizes and fonts come from the layout profile.

export type FlowFont =
  'title' | 'body' | 'h1' | 'h2' | 'h3' | 'h4' | 'letterhead' | 'cc' | 'pageNumber'

export type FlowBlock = {
  role:
    | 'letterhead'
    | 'mark'
    | 'docnumber'
    | 'title'
    | 'salutation'
    | 'body'
    | 'heading'
    | 'table'
    | 'signature'
    | 'contact'
    | 'note'
    | 'attachment'
    | 'cc'
    | 'blank'
  runs: Run[]
  align: 'left' | 'center' | 'right' | 'justify'
  font: FlowFont
  /** first-line indent in characters */
  indentChars?: number
  leftChars?: number
  rightChars?: number
  red?: boolean
  /** a red rule under this block (the letterhead's double rule) */
  rule?: boolean
}

const plain = (text: string): Run[] => [{ text }]
const blank = (): FlowBlock => ({ role: 'blank', runs: plain(''), align: 'left', font: 'body' })

const HEADING_FONT: Record<number, FlowFont> = { 1: 'h1', 2: 'h2', 3: 'h3', 4: 'h4' }

function bodyBlocks(block: Block): FlowBlock[] {
  switch (block.type) {
    case 'paragraph':
      return [{ role: 'body', runs: block.runs, align: 'justify', font: 'body', indentChars: 2 }]
    case 'heading':
      return [
        {
          role: 'heading',
          runs: block.runs,
          align: 'justify',
          font: HEADING_FONT[block.level] ?? 'body',
          indentChars: 2
        }
      ]
    case 'list':
      return block.items.map((runs, i) => ({
        role: 'body' as const,
        runs: block.ordered ? [{ text: `${i + 1}.` }, ...runs] : runs,
        align: 'justify' as const,
        font: 'body' as const,
        indentChars: 2
      }))
    case 'table':
      return block.rows.map((row) => ({
        role: 'table' as const,
        runs: plain(row.map((cell) => cell.map((r) => r.text).join('')).join('　')),
        align: 'left' as const,
        font: 'body' as const
      }))
  }
}

export function documentFlow(reply: ComposedReply, layout: LayoutProfile): FlowBlock[] {
  const out: FlowBlock[] = []
  if (reply.letterhead) {
    out.push({
      role: 'letterhead',
      runs: plain(reply.letterhead),
      align: 'center',
      font: 'letterhead',
      red: true,
      rule: reply.format === 'letter'
    })
  }
  if (reply.marks.placement === 'lines-left') {
    for (const line of reply.marks.lines)
      out.push({ role: 'mark', runs: plain(line), align: 'left', font: 'h1' })
  }
  if (reply.marks.placement === 'top-right' && reply.marks.lines.length) {
    out.push({
      role: 'mark',
      runs: plain(reply.marks.lines.join('　')),
      align: 'right',
      font: 'h1'
    })
  }
  if (reply.docNumberLine) {
    out.push({
      role: 'docnumber',
      runs: plain(reply.docNumberLine),
      align: reply.format === 'letter' ? 'right' : 'center',
      font: 'body',
      rule: reply.format === 'standard'
    })
  }
  out.push(blank())
  for (const line of titleLinesFor(reply.title, layout))
    out.push({ role: 'title', runs: plain(line), align: 'center', font: 'title' })
  out.push(blank())
  if (reply.salutation)
    out.push({ role: 'salutation', runs: plain(reply.salutation), align: 'left', font: 'body' })
  for (const p of reply.opening)
    out.push({ role: 'body', runs: plain(p), align: 'justify', font: 'body', indentChars: 2 })
  for (const block of reply.body.blocks) out.push(...bodyBlocks(block))
  for (const p of reply.closing)
    out.push({ role: 'body', runs: plain(p), align: 'justify', font: 'body', indentChars: 2 })
  if (reply.attachments.length) {
    out.push(blank())
    reply.attachments.forEach((name, i) => {
      const label = i === 0 ? '附件：' : '　　　'
      const numbered = reply.attachments.length > 1 ? `${i + 1}.${name}` : name
      out.push({
        role: 'attachment',
        runs: plain(label + numbered),
        align: 'left',
        font: 'body',
        leftChars: 2
      })
    })
  }
  const contact = reply.contact.lines.map<FlowBlock>((line) => ({
    role: 'contact',
    runs: plain(line),
    align: 'left',
    font: 'body',
    leftChars: reply.contact.placement === 'note' ? 2 : 0
  }))
  if (reply.contact.placement === 'before-signature') out.push(blank(), ...contact)
  if (reply.signature) {
    out.push(blank())
    out.push({
      role: 'signature',
      runs: plain(reply.signature.organ),
      align: 'right',
      font: 'body',
      rightChars: reply.signature.sealed ? 4 : 2
    })
    out.push({
      role: 'signature',
      runs: plain(reply.signature.date),
      align: 'right',
      font: 'body',
      rightChars: reply.signature.sealed ? 4 : 0
    })
  }
  if (reply.note)
    out.push({ role: 'note', runs: plain(reply.note), align: 'left', font: 'body', leftChars: 2 })
  if (reply.contact.placement !== 'before-signature' && contact.length)
    out.push(blank(), ...contact)
  if (reply.cc) {
    out.push(blank())
    out.push({
      role: 'cc',
      runs: plain(reply.cc),
      align: 'left',
      font: 'cc',
      leftChars: 1,
      rightChars: 1
    })
  }
  return out
}

/** Page numbers for the preview, from the same layout profile the DOCX uses. */
export type PreviewGeometry = {
  pageWidthMm: number
  pageHeightMm: number
  marginTopMm: number
  marginBottomMm: number
  marginLeftMm: number
  marginRightMm: number
  bodyPt: number
  linePitchPt: number
  sizes: Record<FlowFont, number>
  /** CSS font-family lists: the official name first, then what a reader falls back to. */
  fonts: Record<FlowFont, string>
}

const FLOW_ELEMENT: Record<FlowFont, LayoutElement> = {
  title: 'title',
  body: 'body',
  h1: 'h1',
  h2: 'h2',
  h3: 'h3',
  h4: 'h4',
  letterhead: 'letterhead',
  cc: 'cc',
  pageNumber: 'pageNumber'
}

export function previewGeometry(layout: LayoutProfile): PreviewGeometry {
  const each = <T>(pick: (element: LayoutElement) => T) =>
    Object.fromEntries(
      Object.entries(FLOW_ELEMENT).map(([key, element]) => [key, pick(element)])
    ) as Record<FlowFont, T>
  return {
    pageWidthMm: layout.paper.widthMm,
    pageHeightMm: layout.paper.heightMm,
    marginTopMm: layout.margins.topMm,
    marginBottomMm: layout.margins.bottomMm,
    marginLeftMm: layout.margins.leftMm,
    marginRightMm: layout.margins.rightMm,
    bodyPt: layout.elements.body.sizePt,
    linePitchPt: layout.linePitchPt,
    sizes: each((e) => layout.elements[e].sizePt),
    fonts: each((e) => cssFontStack(layout.elements[e].font))
  }
}
