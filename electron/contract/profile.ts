import { z } from 'zod'
import type { Profile } from '../domain/templates'
import type { ReplyKind, ProposerType } from '../domain/reply'
import type { ExportedFile } from './drafts'
import { method } from './method'

export type TemplateSummary = {
  id: string
  name: string
  kinds: ReplyKind[]
  proposer_types: ProposerType[]
}

export type TemplateList = { templates: TemplateSummary[]; problems: string[] }

export type DocNumberAllocation = { doc_number: string; prefix: string; year: number; n: number }

export const profileContract = {
  'templates:list': method<TemplateList>()(z.object({}).strict()),
  'profile:get': method<Profile>()(z.object({}).strict()),
  'profile:save': method<Profile>()(z.object({ profile: z.unknown() }).strict()),
  'profile:export': method<ExportedFile>()(z.object({}).strict()),
  'profile:import': method<Profile>()(z.object({ text: z.string().max(2_000_000) }).strict()),
  'register:next': method<DocNumberAllocation>()(
    z.object({ kind: z.string().max(10), year: z.number().int().min(1949).max(2200) }).strict()
  ),
  'register:allocate': method<DocNumberAllocation>()(
    z
      .object({
        id: z.string().min(1).max(64),
        year: z.number().int().min(1949).max(2200).optional()
      })
      .strict()
  )
}
