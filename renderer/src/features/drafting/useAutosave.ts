import { useCallback, useEffect, useRef, useState } from 'react'
import type { EditorState, ReplyFields } from '../../../../electron/contract'
import { call } from '../../lib/api'
import { invalidate } from '../../lib/query'
import { keepJournal, type Pending } from './journal'
import { issuesOf, plainIssue } from '../../lib/input-problems'
import { SAVE_MAKES_STALE } from './queries'

export type { Journal, Pending } from './journal'

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

type Unsaved = { fields?: Partial<ReplyFields>; body?: () => EditorState }

function dropKeys<T extends object>(record: T, keys: string[]): T {
  return Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k))) as T
}

function merge(a: Unsaved | null, b: Unsaved): Unsaved {
  return {
    ...(a?.fields || b.fields ? { fields: { ...a?.fields, ...b.fields } } : {}),
    ...(b.body ? { body: b.body } : a?.body ? { body: a.body } : {})
  }
}

/** Splits the fields the service refused off the edits, with a message for each. */
function refusedFields(
  edits: Unsaved,
  details: unknown
): { refused: Partial<ReplyFields>; problems: FieldErrors } | null {
  const issues = issuesOf(details)
  if (!edits.fields || issues.length === 0) return null
  const refused: Record<string, unknown> = {}
  const problems: FieldErrors = {}
  for (const issue of issues) {
    const key = issue.path?.[1]
    if (issue.path?.[0] !== 'fields' || typeof key !== 'string' || !(key in edits.fields)) {
      return null
    }
    refused[key] = edits.fields[key as keyof ReplyFields]
    problems[key as keyof ReplyFields] ??= plainIssue(issue)
  }
  return { refused: refused as Partial<ReplyFields>, problems }
}

function withoutFields(edits: Unsaved, keys: string[]): Unsaved | null {
  const fields = Object.fromEntries(
    Object.entries(edits.fields ?? {}).filter(([k]) => !keys.includes(k))
  )
  const rest: Unsaved = {
    ...(Object.keys(fields).length ? { fields } : {}),
    ...(edits.body ? { body: edits.body } : {})
  }
  return rest.fields || rest.body ? rest : null
}

export type FieldErrors = Partial<Record<keyof ReplyFields, string>>

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
  // Field values the service refused: kept (and journalled) until the clerk corrects them, while
  // everything else saves as usual.
  const refused = useRef<Partial<ReplyFields>>({})
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const timer = useRef<number | undefined>(undefined)
  const journalTimer = useRef<number | undefined>(undefined)
  const inFlight = useRef<Promise<void> | null>(null)
  const retry = useRef<() => void>(() => {})
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' })

  const writeJournal = useCallback(() => {
    window.clearTimeout(journalTimer.current)
    const held = Object.keys(refused.current).length ? { fields: refused.current } : null
    const unsaved = pending.current ? merge(held, pending.current) : held
    if (!unsaved) return
    keepJournal(id, { ...materialize(unsaved), revision: base.current })
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
      const split = result.ok ? null : refusedFields(edits, result.error.details)
      if (result.ok) {
        base.current = result.value.revision
        for (const key of Object.keys(edits.fields ?? {})) {
          delete refused.current[key as keyof ReplyFields]
        }
        setFieldErrors((errors) => dropKeys(errors, Object.keys(edits.fields ?? {})))
        if (pending.current || Object.keys(refused.current).length) writeJournal()
        else keepJournal(id, null)
        setStatus(
          pending.current ? { kind: 'dirty' } : { kind: 'saved', at: result.value.updated_at }
        )
        invalidate(...SAVE_MAKES_STALE)
      } else if (split) {
        refused.current = { ...refused.current, ...split.refused }
        setFieldErrors((errors) => ({ ...errors, ...split.problems }))
        const rest = withoutFields(edits, Object.keys(split.refused))
        pending.current = rest ? merge(rest, pending.current ?? {}) : pending.current
        writeJournal()
        setStatus({ kind: pending.current ? 'dirty' : 'idle' })
        if (pending.current) timer.current = window.setTimeout(() => retry.current(), 0)
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
      for (const key of Object.keys(edit.fields ?? {})) {
        delete refused.current[key as keyof ReplyFields]
      }
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
        keepJournal(id, null)
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

  return { status, change, flush, rebase, settle, unsaved, fieldErrors }
}
