import type { ComposedReply } from './composed'
import { chineseDate } from './drafting/chinese'
import type { ParsedReply } from './parse'

// Re-typesetting an old reply keeps its words: everything comes from what the parser read, and
// nothing is filled from templates (a template would print 【…】 where the old text is silent).

function docLine(p: ParsedReply['fields']): string {
  const marks = [p.classification ? `${p.classification}类` : '', p.disclosure ?? ''].filter(
    Boolean
  )
  return [p.doc_number ?? '', ...marks].filter(Boolean).join(' ')
}

function contactLines(p: ParsedReply['fields']): string[] {
  const line = (label: string, name: string | null, phone: string | null) =>
    name ? `${label}：${name}${phone ? `，联系电话：${phone}` : ''}` : ''
  return [
    line('主管领导', p.leader, p.leader_phone),
    line('经 办 人', p.handler, p.handler_phone),
    p.postcode ? `邮政编码：${p.postcode}` : ''
  ].filter(Boolean)
}

export function composeFromParsed(parsed: ParsedReply): ComposedReply {
  const p = parsed.fields
  const date = p.date ? chineseDate(p.date) : ''
  return {
    format: 'letter',
    letterhead: p.organ ?? '',
    docNumberLine: p.doc_number ? docLine(p) : '',
    marks: {
      placement: 'lines-left',
      lines: p.doc_number ? [] : [p.disclosure ?? '', p.classification ?? ''].filter(Boolean)
    },
    title: p.title ?? '',
    salutation: p.proposer ? `${p.proposer}：` : '',
    opening: [],
    body: parsed.body,
    closing: [],
    attachments: [],
    signature: p.organ && date ? { organ: p.organ, date, sealed: true } : null,
    contact: { placement: 'after-signature', lines: contactLines(p) },
    note: '',
    cc: p.cc.length ? `抄送：${p.cc.join('，')}。` : ''
  }
}
