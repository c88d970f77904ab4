import { useEffect, useState } from 'react'
import type {
  LatestContact,
  ProposerItem,
  ReplyFields,
  SimilarReply
} from '../../../../electron/contract'
import { ApiError, request } from '../../lib/api'
import { draftBodyText } from './draft-editor'

// Field edits arrive per keystroke; the panel asks again once the clerk pauses.
const SETTLE_MS = 400
// Enough of the body to find the subject; the rest only slows the comparison down.
const BODY_CHARS = 20_000

type Loaded<T> = { key: string; value: T; error: string }

function useLoad<T>(key: string | null, load: () => Promise<T>, empty: T): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ key: '', value: empty, error: '' })
  useEffect(() => {
    if (key === null) return
    const timer = setTimeout(() => {
      load()
        .then((value) => setState({ key, value, error: '' }))
        .catch((e: unknown) =>
          setState({
            key,
            value: empty,
            error: e instanceof ApiError ? e.message : '读取档案失败，请稍后重试。'
          })
        )
    }, SETTLE_MS)
    return () => clearTimeout(timer)
    // `load` and `empty` are rebuilt every render; `key` says everything they depend on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  return state
}

export type ReuseData = {
  similar: Loaded<SimilarReply[]> & { loading: boolean }
  history: Loaded<ProposerItem[]> & { loading: boolean }
  contact: Loaded<LatestContact | null> & { loading: boolean }
}

/** What the panel shows for the draft, asked only while the panel is open. */
export function useReuseData(
  open: boolean,
  draftId: string,
  fields: ReplyFields,
  reload: number
): ReuseData {
  const basis = {
    subject: fields.subject.trim(),
    title: fields.title.trim(),
    proposer: fields.proposer.trim()
  }
  const similarKey = open ? JSON.stringify([basis, reload]) : null
  const similar = useLoad(
    similarKey,
    () =>
      request('archive:similar', {
        ...Object.fromEntries(Object.entries(basis).filter(([, v]) => v !== '')),
        bodyText: draftBodyText().slice(0, BODY_CHARS),
        excludeId: draftId,
        limit: 10
      }),
    []
  )
  const historyKey = open && basis.proposer ? JSON.stringify([basis.proposer, reload]) : null
  const history = useLoad(
    historyKey,
    async () =>
      (await request('archive:proposerHistory', { proposer: basis.proposer })).filter(
        (item) => item.id !== draftId
      ),
    []
  )
  const contactKey = open ? JSON.stringify([fields.kind, reload]) : null
  const contact = useLoad(
    contactKey,
    () => request('archive:latestContact', { kind: fields.kind }),
    null
  )
  return {
    similar: { ...similar, loading: similar.key !== similarKey },
    history: { ...history, loading: history.key !== historyKey },
    contact: { ...contact, loading: contact.key !== contactKey }
  }
}
