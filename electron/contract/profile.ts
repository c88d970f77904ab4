import { z } from 'zod'
import { registerYearSchema, type DocNumberAllocation } from '../domain/doc-number'
import type { ClassCode, Profile, SettingProblem } from '../domain/templates'
import type { ReplyKind, ProposerType } from '../domain/reply'
import type { ExportedFile } from './drafts'
import { method } from './method'

export type { ClassCode, SettingProblem } from '../domain/templates'

export type TemplateSummary = {
  id: string
  name: string
  kinds: ReplyKind[]
  proposer_types: ProposerType[]
}

export type TemplateList = { templates: TemplateSummary[]; problems: string[] }

export type ProfileExample = { file: string; profile: Profile }

export type ProfileExamples = {
  /** the shipped bureau profiles (templates/profiles), to start from */
  examples: ProfileExample[]
  /** the 办理结果 code lists a bureau can choose from: ABC, ABCD, 甲乙丙, A1B1 */
  code_lists: { name: string; codes: ClassCode[] }[]
  problems: string[]
}

/** What the settings produce on a sample 建议 reply (and 提案 for its 抄送), worded by the templates. */
export type ProfileSample = {
  doc_line: string
  marks: string[]
  contact: string[]
  cc: { 人大: string; 政协: string }
}

export type ProfileCheck = {
  /** problems at their setting's path; the same ones 'profile:save' refuses in error.details */
  problems: SettingProblem[]
  /** the next 文号 per kind this year, for the prefixes as typed */
  next_numbers: Partial<Record<ReplyKind, string>>
  sample: ProfileSample | null
}

export type { DocNumberAllocation } from '../domain/doc-number'

/**
 * A number in the 文号 register and the reply holding it; a released number names the reply that
 * gave it up for another, a reserved or void one usually none.
 */
export type RegisterLine = DocNumberAllocation & {
  status: 'allocated' | 'reserved' | 'void' | 'released'
  reply_id: string | null
  reply_title: string
  /** the reply's 经办人 */
  handler: string
  note: string
  /** when the number was taken (UTC instant) */
  created_at: string
  updated_at: string
}

export const profileContract = {
  'templates:list': method<TemplateList>()(z.object({}).strict()),
  'profile:get': method<Profile>()(z.object({}).strict()),
  'profile:status': method<{ configured: boolean }>()(z.object({}).strict()),
  'profile:examples': method<ProfileExamples>()(z.object({}).strict()),
  'profile:check': method<ProfileCheck>()(z.object({ profile: z.unknown() }).strict()),
  'profile:save': method<Profile>()(z.object({ profile: z.unknown() }).strict()),
  'profile:export': method<ExportedFile>()(z.object({}).strict()),
  'profile:import': method<Profile>()(
    z.object({ text: z.string().max(2_000_000), fileName: z.string().max(255).optional() }).strict()
  ),
  'register:next': method<DocNumberAllocation>()(
    z.object({ kind: z.string().max(10), year: registerYearSchema }).strict()
  ),
  'register:list': method<RegisterLine[]>()(
    z.object({ year: z.number().int().min(1949).max(2200).optional() }).strict()
  ),
  'register:allocate': method<DocNumberAllocation>()(
    z
      .object({
        id: z.string().min(1).max(64),
        year: registerYearSchema.optional()
      })
      .strict()
  )
}
