import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import type { Input, MethodName, Output } from '../../../electron/contract'
import { errorText, request } from './api'
import { changeThen, generationOf, subscribe } from './generations'

export { invalidate } from './generations'

/** `last` is the newest answer that came in, kept through a failed load. */
type State<T> = { key: string; value: T | null; error: string; last: T | null }

export type Fetched<T> = {
  /** null until the answer for the current key is in (or when it failed) */
  value: T | null
  error: string
  /**
   * the newest answer that came in, for an older key or before a failed load: lists and the
   * preview stay up instead of blinking or clearing
   */
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
  const [state, setState] = useState<State<T>>({ key: '', value: null, error: '', last: null })
  useEffect(() => {
    if (key === null) return
    let live = true
    const timer = setTimeout(() => {
      load()
        .then((value) => live && setState({ key, value, error: '', last: value }))
        .catch(
          (e: unknown) =>
            live &&
            setState((prev) => ({
              key,
              value: null,
              error: errorText(e, failure),
              last: prev.last
            }))
        )
    }, delayMs)
    return () => {
      live = false
      clearTimeout(timer)
    }
    // `load` is rebuilt every render; `key` names everything it depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  const set = useCallback(
    (value: T) => setState({ key: key ?? '', value, error: '', last: value }),
    [key]
  )
  const current = key !== null && state.key === key
  return {
    value: current ? state.value : null,
    error: current ? state.error : '',
    stale: state.last,
    loading: key !== null && !current,
    set
  }
}

/** Changes whenever one of `methods` is invalidated: part of the key of a hand-made load. */
export function useGeneration(...methods: MethodName[]): string {
  return useSyncExternalStore(subscribe, () => generationOf(methods))
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

/**
 * One change on the services, then the answers it makes stale load again. For a step inside a
 * longer sequence (save first, then…); it rejects as `request` does.
 */
export function mutate<M extends MethodName>(
  method: M,
  input: Input<M>,
  invalidates: MethodName[] = []
): Promise<Output<M>> {
  return changeThen(() => request(method, input), invalidates)
}

export type Mutation<M extends MethodName> = {
  /** the answer, or undefined when the change failed (`error` then says why) */
  run: (input: Input<M>) => Promise<Output<M> | undefined>
  busy: boolean
  error: string
}

/** A change a button makes: `run` it, and the queries of `invalidates` load again. */
export function useMutation<M extends MethodName>(
  method: M,
  { invalidates = [], failure }: { invalidates?: MethodName[]; failure: string }
): Mutation<M> {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const stale = invalidates.join(',')
  const run = useCallback(
    async (input: Input<M>) => {
      setBusy(true)
      setError('')
      try {
        return await mutate(method, input, stale ? (stale.split(',') as MethodName[]) : [])
      } catch (e) {
        setError(errorText(e, failure))
        return undefined
      } finally {
        setBusy(false)
      }
    },
    [method, stale, failure]
  )
  return { run, busy, error }
}
