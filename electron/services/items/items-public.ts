import type { Handlers } from '../../contract'
import { AppFailure } from '../../contract/result'
import { disclosureOf, publicCopy } from '../../domain/items/public-copy'
import { defaultLayout } from '../../domain/layout'
import { buildDocx } from '../../export/docx'
import { composedToPlainText } from '../../export/plain-text'
import { itemReplies } from '../../store/items-repo'
import type { ServiceContext } from '../context'
import { DOCX_MIME, composeDraft } from '../drafts/draft-export'
import { activeProfile } from '../draft-templates'
import { safeFileName } from '../file-name'
import { checkApproval, unverifiedMessage } from '../review/review-signature'
import { requireDraft } from '../stored-draft'
import { requireItem } from './items-view'

// The redacted copy for 政务公开, by the profile's rules: only of a signed reply of this item,
// since the reply and its disclosure are reviewed together.

export function itemsPublicHandlers(ctx: ServiceContext): Pick<Handlers, 'items:publicCopy'> {
  return {
    'items:publicCopy': async ({ id, replyId }) => {
      const item = requireItem(ctx, id)
      const linked = itemReplies(ctx.db, item).find((r) => r.id === replyId && r.linked === 1)
      if (!linked) throw new AppFailure('not-found', '这份答复不属于该件建议提案，请刷新后重试。')
      const draft = requireDraft(ctx, replyId)
      // The copy goes on the website as the signed reply, so a status alone is not enough.
      const signed = checkApproval(ctx.db, draft)
      if (!signed) {
        throw new AppFailure('conflict', '答复签发后才能生成政务公开版，请先完成审核签发。')
      }
      if (!signed.ok) {
        throw new AppFailure(
          'conflict',
          `${unverifiedMessage(signed.problem)}，不能生成政务公开版。请重新送审签发。`
        )
      }
      if (disclosureOf(draft.fields.disclosure) === '不予公开') {
        throw new AppFailure('conflict', '这份答复的公开属性为“不予公开”，不能生成政务公开版。')
      }
      const f = draft.fields
      const copy = publicCopy(
        composeDraft(ctx, draft).composed,
        f.disclosure,
        activeProfile(ctx).public_copy,
        { proposers: [f.proposer, ...f.co_signers], contacts: [f.leader, f.handler] }
      )
      const bytes = await buildDocx(copy, defaultLayout())
      return {
        text: composedToPlainText(copy),
        file: {
          fileName: `${safeFileName(copy.title)}（公开版）.docx`,
          mimeType: DOCX_MIME,
          base64: Buffer.from(bytes).toString('base64')
        }
      }
    }
  }
}
