import { useCallback, useEffect, useRef, useState } from 'react'
import type { EditorState, ReplyFields } from '../../../../electron/contract'
import { call } from '../../lib/api'

export type Pending = { fields?: Partial<ReplyFields>; body?: EditorState }

/** Unsaved edits as journalled, with the revision they were made on. */
export type Journal = Pending & { revision?: number }

/** Edits as they arrive: the body is read from the editor only when it is needed. */
export type Edit = { fields?: Partial<ReplyFields>; body?: () => EditorState }

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; message: string }
  /** another window saved first: nothing is written until the clerk picks a text */
  | { kind: 'stale'; message: string }

const SAVE_DELAY_MS = 1200
const JOURNAL_DELAY_MS = 300
const RETRY_DELAY_MS = 5000

/** A local journal of unsaved edits: if the app dies before the save lands, reopening restores them. */
export function journalKey(id: string): string {
  return `replydesk-unsaved-${id}`
}

export function readJournal(id: string): Journal | null {
  try {
    const raw = localStorage.getItem(journalKey(id))
    return raw ? (JSON.parse(raw) as Journal) : null
  } catch {
    return null
  }
}

type Unsaved = { fields?: Partial<ReplyFields>; body?: () => EditorState }

function merge(a: Unsaved | null, b: Unsaved): Unsaved {
  return {
    ...(a?.fields || b.fields ? { fields: { ...a?.fields, ...b.fields } } : {}),
    ...(b.body ? { body: b.body } : a?.body ? { body: a.body } : {})
  }
}

function materialize(edits: Unsaved): Pending {
  return {
    ...(edits.fields ? { fields: edits.fields } : {}),
    ...(edits.body ? { body: edits.body() } : {})
  }
}

/**
 * Saves within SAVE_DELAY_MS of the last change, and at once on blur, tab hide and close; the
 * journal follows within JOURNAL_DELAY_MS. Serializing a long body on every keystroke would cost
 * more than the keystroke itself, so both read the editor lazily. Failed saves keep the edits and
 * retry.
 */
export function useAutosave(id: string, revision: number) {
  const pending = useRef<Unsaved | null>(null)
  // The revision this window's text is based on; a save on an older one is refused as stale.
  const base = useRef(revision)
  const stale = useRef(false)
  const timer = useRef<number | undefined>(undefined)
  const journalTimer = useRef<number | undefined>(undefined)
  const inFlight = useRef<Promise<void> | null>(null)
  const retry = useRef<() => void>(() => {})
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' })

  const writeJournal = useCallback(() => {
    window.clearTimeout(journalTimer.current)
    if (!pending.current) return
    try {
      const journal: Journal = { ...materialize(pending.current), revision: base.current }
      localStorage.setItem(journalKey(id), JSON.stringify(journal))
    } catch {
      // A full local storage must not stop editing; the server save still runs.
    }
  }, [id])

  const flush = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current)
    if (inFlight.current) await inFlight.current
    if (!pending.current || stale.current) return
    writeJournal()
    const edits = pending.current
    pending.current = null
    setStatus({ kind: 'saving' })
    const run = call('drafts:save', {
      id,
      revision: base.current,
      ...materialize(edits)
    }).then((result) => {
      if (result.ok) {
        base.current = result.value.revision
        if (!pending.current) localStorage.removeItem(journalKey(id))
        setStatus(
          pending.current ? { kind: 'dirty' } : { kind: 'saved', at: result.value.updated_at }
        )
      } else if (result.error.code === 'stale') {
        pending.current = merge(edits, pending.current ?? {})
        stale.current = true
        setStatus({ kind: 'stale', message: result.error.message })
      } else {
        pending.current = merge(edits, pending.current ?? {})
        setStatus({ kind: 'failed', message: result.error.message })
        timer.current = window.setTimeout(() => retry.current(), RETRY_DELAY_MS)
      }
    })
    inFlight.current = run
    await run
    inFlight.current = null
  }, [id, writeJournal])

  useEffect(() => {
    retry.current = () => void flush()
  }, [flush])

  const change = useCallback(
    (edit: Edit) => {
      pending.current = merge(pending.current, edit)
      setStatus((s) =>
        s.kind === 'failed' || s.kind === 'dirty' || s.kind === 'stale' ? s : { kind: 'dirty' }
      )
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(() => void flush(), SAVE_DELAY_MS)
      if (journalTimer.current === undefined || edit.fields) {
        window.clearTimeout(journalTimer.current)
        journalTimer.current = window.setTimeout(() => {
          journalTimer.current = undefined
          writeJournal()
        }, JOURNAL_DELAY_MS)
      }
    },
    [flush, writeJournal]
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

  /** After a step of this window's own that moved the revision on (取号, 送审, 恢复…). */
  const rebase = useCallback((next: number) => {
    base.current = next
  }, [])

  /** Ends a stale state: keep this window's edits (saved over `next`) or drop them. */
  const settle = useCallback(
    (keep: 'mine' | 'theirs', next: number) => {
      base.current = next
      stale.current = false
      if (keep === 'theirs') {
        pending.current = null
        localStorage.removeItem(journalKey(id))
        setStatus({ kind: 'idle' })
        return Promise.resolve()
      }
      return flush()
    },
    [flush, id]
  )

  const unsaved = useCallback(
    (): Pending => (pending.current ? materialize(pending.current) : {}),
    []
  )

  return { status, change, flush, rebase, settle, unsaved }
}
