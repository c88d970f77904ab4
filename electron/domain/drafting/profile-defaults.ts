import type { ReplyFields, ReplyKind } from '../reply'
import { formatSession, parseSession } from '../session'
import type { Profile, Template } from '../templates'
import { addMonths } from '../items/deadline'
import { defaultCc } from './cc'

// What a new reply takes from the bureau's profile: only empty fields are filled, so nothing the
// clerk or the assignment list wrote is overwritten.

type Person = Profile['leaders'][number]

function person(name: string, people: readonly Person[]): { name: string; phone: string } {
  const chosen = name ? people.find((p) => p.name === name) : people[0]
  return { name: name || chosen?.name || '', phone: chosen?.phone ?? '' }
}

/** The code as the profile writes it: a, （A）, A类 → A. */
function normalizeClassification(value: string, profile: Profile): string {
  const bare = value
    .trim()
    .replace(/\s*类$/, '')
    .replace(/^[（(]\s*(.*?)\s*[）)]$/, '$1')
  const code = profile.classification_codes.find((c) => c.code.toUpperCase() === bare.toUpperCase())
  return code?.code ?? value.trim()
}

export function fillFromProfile(
  fields: ReplyFields,
  profile: Profile,
  template?: Template
): ReplyFields {
  const out: ReplyFields = { ...fields, format: profile.format }
  out.organ ||= profile.organ
  const leader = person(fields.leader.trim(), profile.leaders)
  out.leader = leader.name
  out.leader_phone ||= leader.phone
  const handler = person(fields.handler.trim(), profile.handlers)
  out.handler = handler.name
  out.handler_phone ||= handler.phone
  out.postcode ||= profile.postcode
  out.disclosure ||= profile.disclosure_default
  out.classification = normalizeClassification(fields.classification, profile)
  if (!out.session.trim() && out.session_info) {
    out.session = formatSession(out.session_info, profile.session_style)
  } else if (!out.session_info && out.session.trim()) {
    out.session_info = parseSession(out.session)?.info ?? null
  }
  if (!out.cc.length) out.cc = defaultCc(out, profile, template)
  return out
}

/** The 文号 代字 for a kind of reply, by year when the bureau changed it. */
export function docPrefixFor(profile: Profile, kind: ReplyKind, year: number): string {
  return profile.doc_prefixes_by_year[String(year)]?.[kind] ?? profile.doc_prefixes[kind] ?? ''
}

/** The date a reply is due: assignment plus the profile's months (1 for 协办/会办 opinions by default). */
export function replyDueDate(kind: ReplyKind, assignedIso: string, profile: Profile): string {
  const assisting = kind === '协办意见' || kind === '会办意见'
  const months = assisting ? profile.deadlines.assist_months : profile.deadlines.reply_months
  return addMonths(assignedIso, months)
}
