import type { proofreadContract } from '../contract/proofread'
import type { Handlers } from '../contract'
import { proofread, RULES } from '../domain/proofread'
import type { ServiceContext } from './context'
import { findTemplate } from './draft-templates'
import { requireDraft } from './stored-draft'
import { localIsoDate } from '../domain/local-time'

export function proofreadHandlers(
  ctx: ServiceContext
): Pick<Handlers, keyof typeof proofreadContract> {
  return {
    'proofread:run': ({ text, fields, draftId }) => {
      const requiredFields = draftId
        ? [...findTemplate(ctx, requireDraft(ctx, draftId).template_id).required]
        : undefined
      const today = localIsoDate(ctx.now())
      return {
        findings: proofread({
          text,
          ...(fields ? { fields } : {}),
          options: { today, ...(requiredFields ? { requiredFields } : {}) }
        }),
        rules: RULES
      }
    }
  }
}
