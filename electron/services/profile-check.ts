import { join } from 'node:path'
import type { ProfileCheck, ProfileExamples, ProfileSample } from '../contract/profile'
import { composeReply, defaultTemplateFor, docPrefixFor, fillFromProfile } from '../domain/compose'
import { REPLY_KINDS, type ReplyFields, type ReplyKind } from '../domain/reply'
import { emptyFields } from '../domain/reply-schema'
import {
  CODE_LISTS,
  DEFAULT_PROFILE,
  profileSchema,
  validateProfile,
  type Profile,
  type SettingProblem,
  type Template
} from '../domain/templates'
import { nextDocNumber } from '../store/register-repo'
import { loadProfilesDir } from '../store/templates-store'
import type { ServiceContext } from './context'
import { templateSet } from './draft-templates'
import { localIsoDate } from '../domain/local-time'

// The settings page checks the profile as the clerk types: problems at their settings, and what
// the settings produce on a sample reply, worded by the same code that words real replies.

export function profileExamples(ctx: ServiceContext): ProfileExamples {
  const { profiles, problems } = loadProfilesDir(join(ctx.templatesDir, 'profiles'))
  return {
    examples: profiles,
    code_lists: Object.entries(CODE_LISTS).map(([name, codes]) => ({
      name,
      codes: codes.map((c) => ({ ...c }))
    })),
    problems
  }
}

/** The profile without the settings that have problems, so the sample still follows the rest. */
function validParts(input: unknown, problems: SettingProblem[]): Profile {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return DEFAULT_PROFILE
  const bad = new Set(problems.map((p) => p.path[0]))
  const kept = Object.entries(input).filter(([key]) => !bad.has(key))
  const parsed = profileSchema.safeParse(Object.fromEntries(kept))
  return parsed.success ? parsed.data : DEFAULT_PROFILE
}

function nextNumbers(ctx: ServiceContext, profile: Profile, year: number) {
  const next: ProfileCheck['next_numbers'] = {}
  for (const kind of REPLY_KINDS) {
    const prefix = docPrefixFor(profile, kind, year).trim()
    if (prefix) next[kind] = nextDocNumber(ctx.db, prefix, year).doc_number
  }
  return next
}

function sampleReply(
  ctx: ServiceContext,
  templates: Template[],
  profile: Profile,
  kind: Extract<ReplyKind, '建议' | '提案'>,
  doc_number: string
) {
  const type = kind === '建议' ? '代表' : '委员'
  const template = defaultTemplateFor(kind, type, templates, profile)
  const given: ReplyFields = {
    ...emptyFields(),
    kind,
    proposer_type: type,
    doc_number,
    classification: profile.classification_codes[0]?.code ?? '',
    date: localIsoDate(ctx.now())
  }
  const fields = fillFromProfile(given, profile, template)
  return composeReply(fields, { blocks: [] }, template, profile)
}

function sample(ctx: ServiceContext, profile: Profile, docNumber: string): ProfileSample | null {
  try {
    const { templates } = templateSet(ctx)
    const suggestion = sampleReply(ctx, templates, profile, '建议', docNumber)
    const proposal = sampleReply(ctx, templates, profile, '提案', docNumber)
    return {
      doc_line: suggestion.docNumberLine,
      marks: suggestion.marks.lines,
      contact: suggestion.contact.lines,
      cc: { 人大: suggestion.cc, 政协: proposal.cc }
    }
  } catch {
    // No template fits (the templates folder is broken): 'templates:list' names the problem.
    return null
  }
}

export function checkProfile(ctx: ServiceContext, input: unknown): ProfileCheck {
  const checked = validateProfile(input)
  const problems = checked.ok ? [] : checked.problems
  const profile = checked.ok ? checked.value : validParts(input, problems)
  const next_numbers = nextNumbers(ctx, profile, ctx.now().getFullYear())
  return { problems, next_numbers, sample: sample(ctx, profile, next_numbers.建议 ?? '') }
}
