import { useSyncExternalStore } from 'react'
import type { Finding, RuleInfo } from '../../../../electron/contract'

export type ProofreadState = {
  findings: Finding[]
  rules: readonly RuleInfo[]
  running: boolean
  /** the text the findings' offsets refer to */
  text: string
}

/**
 * The findings, shared between the editor plugin that runs the checks and the panel that lists
 * them; what the panel does to the editor goes through the commands in ./commands.
 */
export class ProofreadStore {
  private state: ProofreadState = { findings: [], rules: [], running: false, text: '' }
  private listeners = new Set<() => void>()

  get = () => this.state

  set(patch: Partial<ProofreadState>) {
    this.state = { ...this.state, ...patch }
    this.listeners.forEach((l) => l())
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}

export function useProofread(store: ProofreadStore): ProofreadState {
  return useSyncExternalStore(store.subscribe, store.get)
}

/** Findings that still stand in the way of sending the reply out. */
export function blocking(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error')
}
