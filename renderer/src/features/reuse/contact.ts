import type { LatestContact, ReplyFields } from '../../../../electron/contract'

export const TEXT_KEYS = ['leader', 'leader_phone', 'handler', 'handler_phone', 'postcode'] as const

/** What 沿用 would fill in: the contact fields and 抄送 that the last reply had and differ here. */
export function contactPatch(contact: LatestContact, fields: ReplyFields): Partial<ReplyFields> {
  const patch: Partial<ReplyFields> = {}
  for (const key of TEXT_KEYS) {
    if (contact[key] && contact[key] !== fields[key]) patch[key] = contact[key]
  }
  // The organ normally comes from the bureau profile; the old reply only fills a blank.
  if (contact.organ && !fields.organ) patch.organ = contact.organ
  if (contact.cc.length && contact.cc.join('\n') !== fields.cc.join('\n'))
    patch.cc = [...contact.cc]
  return patch
}
