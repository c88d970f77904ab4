import { useCallback, useEffect, useState } from 'react'
import { errorText } from '../../lib/api'

type State<T> = { key: string; value: T | null; error: string }

export type Fetched<T> = {
  /** null until the answer for the current key is in (or when it failed) */
  value: T | null
  error: string
  /** the answer for an older key is still what `stale` holds, for lists that should not blink */
  stale: T | null
  loading: boolean
  /** replaces the value, e.g. with what a save returned */
  set: (value: T) => void
}

/**
 * Loads whatever `key` names, once per key, optionally after the key has held still for `delayMs`;
 * a null key loads nothing. Answers to older keys are dropped.
 */
export function useFetched<T>(
  key: string | null,
  load: () => Promise<T>,
  failure: string,
  delayMs = 0
): Fetched<T> {
  const [state, setState] = useState<State<T>>({ key: '', value: null, error: '' })
  useEffect(() => {
    if (key === null) return
    let live = true
    const timer = setTimeout(() => {
      const settle = (next: State<T>) => {
        if (live) setState(next)
      }
      load()
        .then((value) => settle({ key, value, error: '' }))
        .catch((e: unknown) => settle({ key, value: null, error: errorText(e, failure) }))
    }, delayMs)
    return () => {
      live = false
      clearTimeout(timer)
    }
    // `load` is rebuilt every render; `key` names everything it depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  const set = useCallback((value: T) => setState({ key: key ?? '', value, error: '' }), [key])
  const current = key !== null && state.key === key
  return {
    value: current ? state.value : null,
    error: current ? state.error : '',
    stale: state.value,
    loading: key !== null && !current,
    set
  }
}
