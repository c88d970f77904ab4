import type { Draft } from '../contract/drafts'
import { AppFailure } from '../contract/result'
import { getDraft } from '../store/drafts-repo'
import type { ServiceContext } from './context'

// Every capability reads the stored draft through here, so none has to import another's service.

export function requireDraft(ctx: ServiceContext, id: string): Draft {
  const draft = getDraft(ctx.db, id)
  if (!draft) throw new AppFailure('not-found', '找不到这份答复，可能已被删除，请回到首页刷新。')
  return draft
}
