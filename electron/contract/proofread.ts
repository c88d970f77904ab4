import { z } from 'zod'
import type { Finding, RuleInfo } from '../domain/proofread'
import { method } from './method'
import { partialFieldsSchema } from '../domain/reply-schema'
import { idSchema } from './schemas'

export type ProofreadReport = { findings: Finding[]; rules: readonly RuleInfo[] }

export const proofreadContract = {
  'proofread:run': method<ProofreadReport>()(
    z
      .object({
        text: z.string().max(2_000_000),
        fields: partialFieldsSchema.optional(),
        /** when given, the draft's template says which fields are required */
        draftId: idSchema.optional()
      })
      .strict()
  )
}
