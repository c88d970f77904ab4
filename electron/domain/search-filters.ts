import { z } from 'zod'
import { REPLY_STATUSES, unknownKeysError } from './reply'

/** What the archive search narrows by; only the filters the user set are present. */
export const searchFiltersSchema = z.strictObject(
  {
    year: z.number().int().min(1949).max(2999).optional(),
    kind: z.string().max(20).optional(),
    classification: z.string().max(10).optional(),
    /** session, proposer and leader match from the start: 龙钺文 finds 龙钺文等代表 */
    session: z.string().max(100).optional(),
    proposer: z.string().max(200).optional(),
    leader: z.string().max(50).optional(),
    status: z.enum(REPLY_STATUSES).optional()
  },
  { error: unknownKeysError }
)

export type SearchFilters = z.infer<typeof searchFiltersSchema>
