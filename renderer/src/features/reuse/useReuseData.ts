import type { ReplyFields } from '../../../../electron/contract'
import { request } from '../../lib/api'
import { invalidate, useLoad, useQuery } from '../../lib/query'

// Field edits arrive per keystroke; the panel asks again once the clerk pauses.
const SETTLE_MS = 400
// Enough of the body to find the subject; the rest only slows the comparison down.
const BODY_CHARS = 20_000
const FAILURE = '读取档案失败，请稍后重试。'

/** 刷新: everything the panel shows is asked again. */
export function refreshReuse(): void {
  invalidate('archive:similar', 'archive:proposerHistory', 'archive:latestContact')
}

/** What the panel shows for the draft, asked only while the panel is open. */
export function useReuseData(
  open: boolean,
  draftId: string,
  fields: ReplyFields,
  bodyText: () => string
) {
  const basis = {
    subject: fields.subject.trim(),
    title: fields.title.trim(),
    proposer: fields.proposer.trim()
  }
  const similar = useLoad(
    ['archive:similar'],
    open ? JSON.stringify(basis) : null,
    () =>
      request('archive:similar', {
        ...Object.fromEntries(Object.entries(basis).filter(([, v]) => v !== '')),
        bodyText: bodyText().slice(0, BODY_CHARS),
        excludeId: draftId,
        limit: 10
      }),
    FAILURE,
    SETTLE_MS
  )
  const history = useLoad(
    ['archive:proposerHistory'],
    open && basis.proposer ? basis.proposer : null,
    async () =>
      (await request('archive:proposerHistory', { proposer: basis.proposer })).filter(
        (item) => item.id !== draftId
      ),
    FAILURE,
    SETTLE_MS
  )
  const contact = useQuery('archive:latestContact', open ? { kind: fields.kind } : null, FAILURE)
  return { similar, history, contact }
}
