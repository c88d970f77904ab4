import type { ReplyFields } from '../reply'
import { formatSession, parseSession, sessionBody } from '../session'
import type { Layout, Profile, Template } from '../templates'
import { renderPattern, type Rendered } from '../templates/pattern'
import { slotField, slotLabel, type SlotName } from '../templates/vocabulary'
import { chineseDate } from './chinese'
import { addressedType, addressOf, isPerson, proposerOf, proposerReference } from './proposer'

// The value of every placeholder for one reply: its fields, worded with the profile and layout.

export type Slots = {
  value: (name: string) => string
  render: (pattern: string) => Rendered
}

/** The template's layout with the bureau's own choices over it; a template without marks keeps none. */
export function effectiveLayout(template: Template, profile: Profile): Layout {
  const layout = { ...template.layout, ...profile.layout }
  if (template.layout.marks === 'none') layout.marks = 'none'
  return layout
}

/** 建议 or 提案: what the item is, also for a 协办 or 会办 opinion on it. */
export function itemKind(fields: ReplyFields): '建议' | '提案' {
  if (fields.kind === '建议' || fields.kind === '提案') return fields.kind
  return sessionBody(fields.session, fields.session_info, fields.kind) === '政协' ? '提案' : '建议'
}

export function sessionText(fields: ReplyFields, profile: Profile): string {
  if (fields.session.trim()) return fields.session.trim()
  return fields.session_info ? formatSession(fields.session_info, profile.session_style) : ''
}

/** 区, 市, or the place when the session names one (岳阳市): the start of 抄送 names. */
export function sessionLevel(fields: ReplyFields): string {
  const info = fields.session_info ?? parseSession(fields.session)?.info
  return info ? info.place || info.level : ''
}

export function selfName(organ: string, profile: Profile): string {
  if (profile.self_name) return profile.self_name
  const m = /(局|委员会|委|厅|办公室|办|中心|院)$/.exec(organ.trim())
  if (!m) return '我单位'
  const unit = m[1] === '委员会' ? '委' : m[1] === '办公室' ? '办' : m[1]
  return `我${unit}`
}

/** 《关于…的建议》: the item's title in 书名号, with its 文种 added when the list left it out. */
export function subjectTitle(subject: string, kind: string): string {
  const s = subject.trim().replace(/^[《“"]+|[》”"]+$/g, '')
  if (!s) return ''
  return `《${/(?:建议|提案|意见|议案)$/.test(s) ? s : `${s}的${kind}`}》`
}

/** What an unfilled field leaves in the text, so the clerk sees it; derived wording may be empty. */
export function blankMark(name: string): string {
  return slotField(name) ? `【${slotLabel(name)}】` : ''
}

export function slotsFor(fields: ReplyFields, template: Template, profile: Profile): Slots {
  const layout = effectiveLayout(template, profile)
  const proposer = proposerOf(fields)
  const type = addressedType(fields)
  const organ = fields.organ.trim()
  const derived: Record<SlotName, string> = {
    organ,
    session: sessionText(fields, profile),
    item_number: fields.item_number.trim(),
    proposer: proposer.name,
    proposer_ref: proposer.name ? proposerReference(type, proposer) : '',
    signers: proposer.signers.join('、'),
    subject: fields.subject.trim(),
    subject_title: subjectTitle(fields.subject, itemKind(fields)),
    lead_unit: fields.lead_unit.trim(),
    doc_number: fields.doc_number.trim(),
    classification: fields.classification.trim(),
    disclosure: fields.disclosure.trim(),
    date: chineseDate(fields.date),
    leader: fields.leader.trim(),
    leader_phone: fields.leader_phone.trim(),
    handler: fields.handler.trim(),
    handler_phone: fields.handler_phone.trim(),
    postcode: fields.postcode.trim(),
    kind: itemKind(fields),
    reply_word: layout.reply_word,
    you: addressOf(type, proposer, template.joint === 'together'),
    we: selfName(organ || profile.organ, profile),
    level: sessionLevel(fields),
    n: proposer.count ? String(proposer.count) : '',
    greeting: isPerson(type) ? profile.greeting : ''
  }
  const value = (name: string) => derived[name as SlotName] ?? ''
  return {
    value,
    render: (pattern) => renderPattern(pattern, value, blankMark)
  }
}
