import { type Block, runsText } from '../domain/body'
import type { ComposedReply } from '../domain/composed-reply'

// The reply as plain text for the online 建议提案 systems, which take pasted text only: one
// paragraph per line, headings kept as their own lines, sections apart by a blank line, and no
// layout (no indents, no spaced-out 文种, no line breaks inside the title).

/** Joins a title's lines and undoes the spacing of a lone 文种 (回 复 → 回复). */
function flatTitle(title: string): string {
  return title
    .split('\n')
    .map((l) => l.trim())
    .join('')
    .replace(/(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])/g, '')
}

function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return [runsText(block.runs)]
    case 'list':
      return block.items.map((runs, i) => (block.ordered ? `${i + 1}.` : '') + runsText(runs))
    case 'table':
      return block.rows.map((row) => row.map(runsText).join('\u3000'))
  }
}

function attachmentLines(names: string[]): string[] {
  if (names.length <= 1) return names.map((n) => `附件：${n}`)
  return names.map((n, i) => `${i ? '' : '附件：'}${i + 1}.${n}`)
}

export function composedToPlainText(reply: ComposedReply): string {
  const head = [
    reply.docNumberLine,
    ...reply.marks.lines,
    reply.copyNumber,
    reply.secrecy,
    reply.urgency
  ]
  const body = [
    reply.salutation,
    ...reply.opening,
    ...reply.body.blocks.flatMap(blockLines),
    ...reply.closing
  ]
  const contact = reply.contact.lines
  const signature = reply.signature ? [reply.signature.organ, reply.signature.date] : []
  const sections = [
    head,
    [flatTitle(reply.title)],
    body,
    attachmentLines(reply.attachments),
    reply.contact.placement === 'before-signature' ? contact : [],
    signature,
    [reply.note],
    reply.contact.placement === 'before-signature' ? [] : contact,
    [reply.cc.replace(/\n/g, '')]
  ]
  return sections
    .map((lines) => lines.map((l) => (l ?? '').trim()).filter(Boolean))
    .filter((lines) => lines.length)
    .map((lines) => lines.join('\n'))
    .join('\n\n')
}
