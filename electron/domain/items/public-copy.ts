import type { Block, BodyDoc, Run } from '../body'
import type { ComposedReply } from '../composed-reply'

// The copy for the website's 建议提案办理 column (DOMAIN §2.6, 国办发〔2014〕46号): the reply as
// signed, without the contact block, the 抄送 and any phone number in the text, marked with its
// 公开属性. Proposers' names stay: the published replies name them.

const PHONE = /(?:\b1[3-9]\d{9}\b|\b0\d{2,3}-\d{7,8}(?:-\d{1,6})?\b)/g

export function maskPhones(text: string): string {
  return text.replace(PHONE, (m) => `${m.slice(0, 3)}${'*'.repeat(m.length - 3)}`)
}

function runs(list: readonly Run[]): Run[] {
  return list.map((r) => ({ ...r, text: maskPhones(r.text) }))
}

function block(b: Block): Block {
  switch (b.type) {
    case 'table':
      return { ...b, rows: b.rows.map((row) => row.map(runs)) }
    case 'list':
      return { ...b, items: b.items.map(runs) }
    default:
      return { ...b, runs: runs(b.runs) }
  }
}

/** 公开属性 as the reply's field holds it; empty means the usual 主动公开. */
export function disclosureOf(field: string): string {
  return field.replace(/[（）()\s]|此件/g, '') || '主动公开'
}

export function publicCopy(reply: ComposedReply, disclosure: string): ComposedReply {
  const body: BodyDoc = { blocks: reply.body.blocks.map(block) }
  const mark = `（此件${disclosureOf(disclosure)}）`
  return {
    ...reply,
    opening: reply.opening.map(maskPhones),
    body,
    closing: reply.closing.map(maskPhones),
    contact: { ...reply.contact, lines: [] },
    cc: '',
    note: mark
  }
}
