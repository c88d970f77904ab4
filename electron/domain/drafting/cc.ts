import type { ReplyFields } from '../reply'
import { sessionBody } from '../session'
import type { CcEntry, Profile, Template } from '../templates'
import { renderPattern } from '../templates/pattern'
import { countInChinese } from './chinese'
import { sessionLevel } from './slots'

// 抄送 (GB/T 9704-2012 §10.2.1): 抄送：names separated by ，and a final 。. Bureaus add copy
// counts and delivery notes (一式两份, （2份）); the profile's local mode writes them, strict mode not.

/** 抄送 applies to replies to proposers; a 协办 or 会办 opinion goes to the 主办 unit alone. */
function repliesToProposer(fields: ReplyFields): boolean {
  return fields.kind === '建议' || fields.kind === '提案'
}

function presetsFor(fields: ReplyFields, profile: Profile, template?: Template): CcEntry[] {
  const source = sessionBody(fields.session, fields.session_info, fields.kind)
  const level = sessionLevel(fields)
  const entries = profile.cc_presets[source] ?? template?.cc_default[source] ?? []
  return entries.map((e) => ({
    ...e,
    name: renderPattern(
      e.name,
      (slot) => (slot === 'level' ? level : ''),
      () => ''
    ).text
  }))
}

/** The 抄送 names a new reply starts with. */
export function defaultCc(fields: ReplyFields, profile: Profile, template?: Template): string[] {
  return repliesToProposer(fields) ? presetsFor(fields, profile, template).map((e) => e.name) : []
}

function copiesText(copies: number, profile: Profile): string {
  const value = (slot: string) => (slot === 'copies_cn' ? countInChinese(copies) : String(copies))
  return renderPattern(profile.copies_pattern, value, () => '').text
}

export function ccLine(fields: ReplyFields, profile: Profile, template: Template): string {
  const names = fields.cc.map((n) => n.trim().replace(/[，,、。；;]+$/, '')).filter(Boolean)
  if (!names.length) return ''
  const known = [
    ...(profile.cc_presets.人大 ?? []),
    ...(profile.cc_presets.政协 ?? []),
    ...presetsFor(fields, profile, template)
  ]
  const items = names.map((name) => {
    if (profile.cc_mode === 'strict') return name
    const preset = known.find((e) => e.name === name)
    const copies = preset?.copies ? copiesText(preset.copies, profile) : ''
    const note = preset?.note ? `（${preset.note}）` : ''
    return `${name}${copies}${note}`
  })
  return `抄送：${items.join('，')}。`
}
