import { bodyText, type Block, type BodyDoc } from './body'
import type { ComposedReply } from './composed-reply'
import { ccLine } from './drafting/cc'
import { addressedType, proposerOf } from './drafting/proposer'
import { ownWording } from './drafting/own-wording'
import { effectiveLayout, slotsFor } from './drafting/slots'
import type { ProposerType, ReplyFields, ReplyKind } from './reply'
import { DEFAULT_PROFILE, gradeOf, type Profile, type Template } from './templates'
import { fieldLabel, slotField } from './templates/vocabulary'

// Fields + body + template + profile → the worded document. Export and preview lay out what this
// returns and never re-word it.

export { docPrefixFor, fillFromProfile, replyDueDate } from './drafting/profile-defaults'
export { renderTextBody } from './drafting/text-body'

const tidy = (s: string) => s.replace(/[ \t]{2,}/g, ' ').trim()

function salutationPattern(fields: ReplyFields, template: Template): string {
  const proposer = proposerOf(fields)
  const type = addressedType(fields)
  // One reply per signer needs their names; without them the joint form is the only correct one.
  const together = template.joint === 'together' || proposer.signers.length < 2
  const forms = proposer.joint && together ? template.salutation_joint : template.salutation
  return forms[type] ?? '{proposer_ref}：'
}

type Draft = { composed: ComposedReply; missingSlots: string[] }

function draft(fields: ReplyFields, body: BodyDoc, template: Template, profile: Profile): Draft {
  const layout = effectiveLayout(template, profile)
  const slots = slotsFor(fields, template, profile)
  const missingSlots: string[] = []
  const render = (pattern: string) => {
    const r = slots.render(pattern)
    missingSlots.push(...r.missing)
    return tidy(r.text)
  }
  const lines = (patterns: readonly string[]) => patterns.map(render).filter(Boolean)
  const grade = gradeOf(fields.classification.trim(), profile.classification_codes)
  const byGrade = (wording: Template['opening']) => (grade && wording[grade]) || wording.default
  const own = ownWording(body)
  const apart = layout.marks === 'lines-left' || layout.marks === 'top-right' ? layout.marks : null

  const composed: ComposedReply = {
    format: fields.format,
    letterhead: layout.letterhead ? profile.letterhead || fields.organ.trim() : '',
    docNumberLine: layout.marks === 'docline' ? render(profile.doc_line) : fields.doc_number.trim(),
    marks: apart
      ? { placement: apart, lines: lines(layout.mark_lines) }
      : { placement: 'top-right', lines: [] },
    title: fields.title.trim() || render(template.title[layout.title_style]),
    salutation: render(salutationPattern(fields, template)),
    opening: own.opening ? [] : lines(byGrade(template.opening)),
    body,
    closing: own.closing ? [] : lines(byGrade(template.closing)),
    attachments: fields.attachments.map((a) => a.trim()).filter(Boolean),
    signature: layout.signature
      ? { organ: render('{organ}'), date: render('{date}'), sealed: true }
      : null,
    contact: { placement: layout.contact.placement, lines: lines(layout.contact.lines) },
    note: fields.note.trim(),
    cc: ccLine(fields, profile, template)
  }
  return { composed, missingSlots }
}

export function composeReply(
  fields: ReplyFields,
  body: BodyDoc,
  template: Template,
  profile: Profile
): ComposedReply {
  return draft(fields, body, template, profile).composed
}

/** One document per recipient when the template answers each co-signer separately. */
export function composeReplies(
  fields: ReplyFields,
  body: BodyDoc,
  template: Template,
  profile: Profile
): ComposedReply[] {
  const { signers } = proposerOf(fields)
  if (template.joint !== 'each' || signers.length < 2)
    return [composeReply(fields, body, template, profile)]
  return signers.map((name) =>
    composeReply({ ...fields, proposer: name, co_signers: [] }, body, template, profile)
  )
}

export type MissingField = { field: keyof ReplyFields; label: string }

/** Fields the document needs and does not have yet; export is blocked until the list is empty. */
export function requiredFieldsMissing(
  fields: ReplyFields,
  template: Template,
  profile: Profile = DEFAULT_PROFILE
): MissingField[] {
  const { missingSlots } = draft(fields, { blocks: [] }, template, profile)
  const wanted = [
    ...missingSlots.map(slotField),
    ...template.required.filter((f) => String(fields[f] ?? '').trim() === '')
  ]
  const unique = [...new Set(wanted.filter((f): f is keyof ReplyFields => f !== null))]
  return unique.map((field) => ({ field, label: fieldLabel(field) }))
}

/** The body a new draft starts with: the template's headings and prompts, fields filled in. */
export function skeletonBody(
  template: Template,
  fields: ReplyFields,
  profile: Profile = DEFAULT_PROFILE
): BodyDoc {
  const slots = slotsFor(fields, template, profile)
  const blocks = template.skeleton.map((entry): Block => {
    const runs = [{ text: tidy(slots.render(entry.text).text) }]
    return entry.heading
      ? { type: 'heading', level: entry.heading, runs }
      : { type: 'paragraph', runs }
  })
  return { blocks }
}

/** Prompts and unfilled placeholders still in the body (【请说明下一步工作打算】): they block export. */
export function unfilledPrompts(body: BodyDoc): string[] {
  return [...new Set(bodyText(body).match(/【[^【】\n]{1,60}】/g) ?? [])]
}

const fits = (t: Template, kind: ReplyKind, type: ProposerType) =>
  t.kinds.includes(kind) && t.proposer_types.includes(type)

const byOrder = (a: Template, b: Template) => a.order - b.order || a.id.localeCompare(b.id)

/** The bureau's choice for the kind when it fits the proposer, else the first template that fits. */
export function defaultTemplateFor(
  kind: ReplyKind,
  proposerType: ProposerType,
  templates: readonly Template[],
  profile: Profile
): Template {
  const preferred = templates.find((t) => t.id === profile.default_templates[kind])
  if (preferred && fits(preferred, kind, proposerType)) return preferred
  const sorted = [...templates].sort(byOrder)
  const chosen =
    sorted.find((t) => fits(t, kind, proposerType)) ?? sorted.find((t) => t.kinds.includes(kind))
  if (!chosen) {
    throw new Error(`没有适用于“${kind}”的答复模板，请检查模板文件夹中的模板文件。`)
  }
  return chosen
}
