import type { Block, BodyDoc, Run } from '../body'
import type { ComposedReply } from '../composed-reply'

// The copy for the website's 建议提案办理 column (DOMAIN §2.6, 国办发〔2014〕46号): the reply as
// signed, marked with its 公开属性, with what the bureau's profile says to take out. Bureaus differ
// on what goes (the 经办人's mobile, the deputies' names), so each kind of detail has its own rule.

export const REDACTION_MODES = ['keep', 'mask', 'remove'] as const
export type RedactionMode = (typeof REDACTION_MODES)[number]

export type RedactionRules = {
  /** phone numbers anywhere in the text */
  phones: RedactionMode
  /** 主管领导 and 经办人 (联系人): 'remove' drops the whole contact block */
  contact_names: RedactionMode
  /** the 抄送 line of the 版记 */
  cc: 'keep' | 'remove'
  /** the proposer and co-signers, in the salutation and the text */
  proposer_names: RedactionMode
}

/** Today's practice: phones masked, no contact block or 抄送, proposers named. */
export const DEFAULT_REDACTION: RedactionRules = {
  phones: 'mask',
  contact_names: 'remove',
  cc: 'remove',
  proposer_names: 'keep'
}

/** The people the copy may have to hide, from the reply's fields. */
export type RedactionNames = { proposers: readonly string[]; contacts: readonly string[] }

const NUMBER = String.raw`(?:\b1[3-9]\d{9}\b|\b0\d{2,3}-\d{7,8}(?:-\d{1,6})?\b)`
const PHONE = new RegExp(NUMBER, 'g')
// A removed number takes its label (and the comma before it) along, so the copy does not print
// 「联系电话：」 with nothing after it.
const LABELLED_PHONE = new RegExp(
  String.raw`[，,]?[ \t\u3000]*(?:(?:联系|办公|值班|咨询)?电话|手机(?:号码?)?|联系方式)[ \t\u3000]*[:：]?[ \t\u3000]*${NUMBER}`,
  'g'
)

export function maskPhones(text: string): string {
  return text.replace(PHONE, (m) => `${m.slice(0, 3)}${'*'.repeat(m.length - 3)}`)
}

function phones(text: string, mode: RedactionMode): string {
  if (mode === 'keep') return text
  return mode === 'mask' ? maskPhones(text) : text.replace(LABELLED_PHONE, '').replace(PHONE, '')
}

/** 龙钺文 → 龙某某 (masked) or ×××  (removed): how published replies hide a person. */
export function hideName(name: string, mode: Exclude<RedactionMode, 'keep'>): string {
  const chars = [...name]
  return mode === 'mask' ? `${chars[0] ?? ''}${'某'.repeat(chars.length - 1)}` : '×××'
}

function names(text: string, list: readonly string[], mode: RedactionMode): string {
  if (mode === 'keep') return text
  // Longest first, so 龙钺文 is replaced before a co-signer whose name it contains.
  const sorted = [...new Set(list.map((n) => n.trim()))]
    .filter((n) => [...n].length >= 2)
    .sort((a, b) => b.length - a.length)
  return sorted.reduce((t, n) => t.split(n).join(hideName(n, mode)), text)
}

export function redactText(text: string, rules: RedactionRules, who: RedactionNames): string {
  const withoutPhones = phones(text, rules.phones)
  const withoutContacts = names(withoutPhones, who.contacts, rules.contact_names)
  return names(withoutContacts, who.proposers, rules.proposer_names)
}

function block(b: Block, redact: (text: string) => string): Block {
  const runs = (list: readonly Run[]): Run[] => list.map((r) => ({ ...r, text: redact(r.text) }))
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

export function publicCopy(
  reply: ComposedReply,
  disclosure: string,
  rules: RedactionRules = DEFAULT_REDACTION,
  who: RedactionNames = { proposers: [], contacts: [] }
): ComposedReply {
  const redact = (text: string) => redactText(text, rules, who)
  const body: BodyDoc = { blocks: reply.body.blocks.map((b) => block(b, redact)) }
  return {
    ...reply,
    title: redact(reply.title),
    salutation: redact(reply.salutation),
    opening: reply.opening.map(redact),
    body,
    closing: reply.closing.map(redact),
    contact: {
      ...reply.contact,
      lines:
        rules.contact_names === 'remove'
          ? []
          : reply.contact.lines.map(redact).filter((line) => line.trim() !== '')
    },
    cc: rules.cc === 'remove' ? '' : redact(reply.cc),
    note: `（此件${disclosureOf(disclosure)}）`
  }
}
