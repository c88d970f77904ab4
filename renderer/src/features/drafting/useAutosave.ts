import { useCallback, useEffect, useRef, useState } from 'react'
import type { EditorState, ReplyFields } from '../../../../electron/contract'
import { call } from '../../lib/api'

export type Pending = { fields?: Partial<ReplyFields>; body?: EditorState }

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; message: string }

const SAVE_DELAY_MS = 1200
const RETRY_DELAY_MS = 5000

/** A local journal of unsaved edits: if the app dies before the save lands, reopening restores them. */
export function journalKey(id: string): string {
  return `replydesk-unsaved-${id}`
}

export function readJournal(id: string): Pending | null {
  try {
    const raw = localStorage.getItem(journalKey(id))
    return raw ? (JSON.parse(raw) as Pending) : null
  } catch {
    return null
  }
}

function mergePending(a: Pending, b: Pending): Pending {
  return {
    ...(a.fields || b.fields ? { fields: { ...a.fields, ...b.fields } } : {}),
    ...(b.body ? { body: b.body } : a.body ? { body: a.body } : {})
  }
}

/**
 * Saves within SAVE_DELAY_MS of the last change, and at once on blur, tab hide and close.
 * Failed saves keep the edits (in memory and in the journal) and retry.
 */
export function useAutosave(id: string) {
  const pending = useRef<Pending | null>(null)
  const timer = useRef<number | undefined>(undefined)
  const inFlight = useRef<Promise<void> | null>(null)
  const retry = useRef<() => void>(() => {})
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' })

  const flush = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current)
    if (inFlight.current) await inFlight.current
    const edits = pending.current
    if (!edits) return
    pending.current = null
    setStatus({ kind: 'saving' })
    const run = call('drafts:save', { id, ...edits }).then((result) => {
      if (result.ok) {
        if (!pending.current) localStorage.removeItem(journalKey(id))
        setStatus(
          pending.current ? { kind: 'dirty' } : { kind: 'saved', at: result.value.updated_at }
        )
      } else {
        pending.current = mergePending(edits, pending.current ?? {})
        setStatus({ kind: 'failed', message: result.error.message })
        timer.current = window.setTimeout(() => retry.current(), RETRY_DELAY_MS)
      }
    })
    inFlight.current = run
    await run
    inFlight.current = null
  }, [id])

  useEffect(() => {
    retry.current = () => void flush()
  }, [flush])

  const change = useCallback(
    (edit: Pending) => {
      pending.current = mergePending(pending.current ?? {}, edit)
      try {
        localStorage.setItem(journalKey(id), JSON.stringify(pending.current))
      } catch {
        // A full local storage must not stop editing; the server save still runs.
      }
      setStatus((s) => (s.kind === 'failed' ? s : { kind: 'dirty' }))
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(() => void flush(), SAVE_DELAY_MS)
    },
    [flush, id]
  )

  useEffect(() => {
    const now = () => void flush()
    const onVisibility = () => document.visibilityState === 'hidden' && now()
    window.addEventListener('blur', now)
    window.addEventListener('pagehide', now)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('blur', now)
      window.removeEventListener('pagehide', now)
      document.removeEventListener('visibilitychange', onVisibility)
      void flush()
    }
  }, [flush])

  return { status, change, flush }
}
