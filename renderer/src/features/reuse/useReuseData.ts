import type { ReplyFields } from '../../../../electron/contract'
import { request } from '../../lib/api'
import { useFetched } from '../../lib/query'

// Field edits arrive per keystroke; the panel asks again once the clerk pauses.
const SETTLE_MS = 400
// Enough of the body to find the subject; the rest only slows the comparison down.
const BODY_CHARS = 20_000
const FAILURE = '读取档案失败，请稍后重试。'

/** What the panel shows for the draft, asked only while the panel is open. */
export function useReuseData(
  open: boolean,
  draftId: string,
  fields: ReplyFields,
  reload: number,
  bodyText: () => string
) {
  const basis = {
    subject: fields.subject.trim(),
    title: fields.title.trim(),
    proposer: fields.proposer.trim()
  }
  const similar = useFetched(
    open ? JSON.stringify([basis, reload]) : null,
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
  const history = useFetched(
    open && basis.proposer ? JSON.stringify([basis.proposer, reload]) : null,
    async () =>
      (await request('archive:proposerHistory', { proposer: basis.proposer })).filter(
        (item) => item.id !== draftId
      ),
    FAILURE,
    SETTLE_MS
  )
  const contact = useFetched(
    open ? JSON.stringify([fields.kind, reload]) : null,
    () => request('archive:latestContact', { kind: fields.kind }),
    FAILURE
  )
  return { similar, history, contact }
}
