import type { MethodName } from '../../../electron/contract'

// Each method has a generation; invalidating a method bumps it, and every mounted query of that
// method loads again. This replaces the version counters screens kept to force a reload.
const generations = new Map<MethodName, number>()
const listeners = new Set<() => void>()

export function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** After a change on the services: every shown answer of these methods is out of date. */
export function invalidate(...methods: MethodName[]): void {
  if (methods.length === 0) return
  for (const method of methods) generations.set(method, (generations.get(method) ?? 0) + 1)
  for (const listener of listeners) listener()
}

/** Names the current generation of `methods`: part of a query's key. */
export function generationOf(methods: MethodName[]): string {
  return methods.map((m) => generations.get(m) ?? 0).join('.')
}

/** Runs a change; only once it went through are the answers of `invalidates` out of date. */
export async function changeThen<T>(work: () => Promise<T>, invalidates: MethodName[]): Promise<T> {
  const value = await work()
  invalidate(...invalidates)
  return value
}
