import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import type { Input, MethodName, Output } from '../../../electron/contract'
import { errorText, request } from './api'

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
function useFetched<T>(
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

// Each method has a generation; invalidating a method bumps it, and every mounted query of that
// method loads again. This replaces the version counters screens kept to force a reload.
const generations = new Map<MethodName, number>()
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** After a change on the services: every shown answer of these methods is out of date. */
export function invalidate(...methods: MethodName[]): void {
  for (const method of methods) generations.set(method, (generations.get(method) ?? 0) + 1)
  for (const listener of listeners) listener()
}

/** Changes whenever one of `methods` is invalidated: part of the key of a hand-made load. */
export function useGeneration(...methods: MethodName[]): string {
  return useSyncExternalStore(subscribe, () =>
    methods.map((m) => generations.get(m) ?? 0).join('.')
  )
}

/**
 * A load that is more than one plain call (an input read when it runs, an answer filtered):
 * `key` names what it depends on, and it loads again when any of `methods` is invalidated.
 */
export function useLoad<T>(
  methods: MethodName[],
  key: string | null,
  load: () => Promise<T>,
  failure: string,
  delayMs = 0
): Fetched<T> {
  const generation = useGeneration(...methods)
  return useFetched(key === null ? null : `${generation}#${key}`, load, failure, delayMs)
}

/** One service method's answer for `input` (null: nothing to ask yet), loaded again when invalidated. */
export function useQuery<M extends MethodName>(
  method: M,
  input: Input<M> | null,
  failure: string,
  delayMs = 0
): Fetched<Output<M>> {
  return useLoad(
    [method],
    input === null ? null : `${method}#${JSON.stringify(input)}`,
    () => request(method, input as Input<M>),
    failure,
    delayMs
  )
}
