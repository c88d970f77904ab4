import type { proofreadContract } from '../contract/proofread'
import type { Handlers } from '../contract'
import { proofread, RULES } from '../domain/proofread'
import type { ServiceContext } from './context'
import { findTemplate } from './draft-templates'
import { requireDraft } from './drafts-service'

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

/** The clerk's calendar date: toISOString() is UTC, which is still yesterday before 08:00 in China. */
export function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}
