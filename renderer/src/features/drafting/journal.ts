import type { EditorState, ReplyFields } from '../../../../electron/contract'
import { call } from '../../lib/api'

export type Pending = { fields?: Partial<ReplyFields>; body?: EditorState }

/** Unsaved edits as journalled, with the revision they were made on. */
export type Journal = Pending & { revision?: number }

// Unsaved edits are journalled twice: in the data folder through the service (browser mode starts
// on a new port, and so a new localStorage, each time) and in localStorage (for when the service
// itself is what failed).

function journalKey(id: string): string {
  return `replydesk-unsaved-${id}`
}

let queue: Promise<unknown> = Promise.resolve()

/** Writes (or, with null, removes) the journal; calls are queued so a removal never overtakes. */
export function keepJournal(id: string, journal: Journal | null): void {
  try {
    if (journal) localStorage.setItem(journalKey(id), JSON.stringify(journal))
    else localStorage.removeItem(journalKey(id))
  } catch {
    // A full local storage must not stop editing; the service's copy and the save still run.
  }
  // The service's copy goes out in a task of its own: sending a long body costs about as much as
  // writing it to localStorage, and a keystroke waiting behind both would wait for the sum.
  queue = queue
    .then(nextTask)
    .then(() => call('drafts:journal', { id, edits: journal }))
    .catch(() => {})
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

function localJournal(id: string): Journal | null {
  try {
    const raw = localStorage.getItem(journalKey(id))
    return raw ? (JSON.parse(raw) as Journal) : null
  } catch {
    return null
  }
}

export async function readJournal(id: string): Promise<Journal | null> {
  const stored = await call('drafts:unsaved', { id })
  if (stored.ok && stored.value) return stored.value as Journal
  return localJournal(id)
}
