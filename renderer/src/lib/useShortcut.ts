import { useEffect, useRef } from 'react'

// Every window-wide key in one place: one keydown listener for the whole app, and a hook per
// component that wants a key. Keys typed into an open IME composition are never shortcuts.

/** 'Mod+S' (Ctrl, or ⌘ on a Mac), 'Escape'. */
export type ShortcutKey = `Mod+${string}` | 'Escape'

type Entry = { keys: readonly ShortcutKey[]; handle: (event: KeyboardEvent) => void }

const entries = new Set<Entry>()

function matches(key: ShortcutKey, event: KeyboardEvent): boolean {
  if (key === 'Escape') return event.key === 'Escape'
  return (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === key.slice(4).toLowerCase()
}

function onKeyDown(event: KeyboardEvent) {
  if (event.isComposing) return
  // A copy: a handler may unmount others (closing a page) while the keys are handed out.
  for (const entry of [...entries]) {
    if (entries.has(entry) && entry.keys.some((key) => matches(key, event))) entry.handle(event)
  }
}

/**
 * Calls `handler` for these keys while the component is mounted and `enabled` holds; Mod+ keys
 * have the browser's own meaning (save page, print, history) prevented.
 */
export function useShortcut(
  keys: ShortcutKey | readonly ShortcutKey[],
  handler: (event: KeyboardEvent) => void,
  enabled = true
): void {
  const run = useRef(handler)
  useEffect(() => {
    run.current = handler
  })
  const list = typeof keys === 'string' ? [keys] : keys
  const id = list.join(' ')
  useEffect(() => {
    if (!enabled) return
    const entry: Entry = {
      keys: id.split(' ') as ShortcutKey[],
      handle: (event) => {
        if (event.key !== 'Escape') event.preventDefault()
        run.current(event)
      }
    }
    if (entries.size === 0) window.addEventListener('keydown', onKeyDown)
    entries.add(entry)
    return () => {
      entries.delete(entry)
      if (entries.size === 0) window.removeEventListener('keydown', onKeyDown)
    }
  }, [id, enabled])
}
