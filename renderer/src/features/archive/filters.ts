import type { ReplyStatus, SearchFilters } from '../../../../electron/contract'

/** What the filter controls hold: text as typed, '' for "any". */
export type FilterInput = {
  year: string
  kind: string
  classification: string
  session: string
  proposer: string
  leader: string
  status: '' | ReplyStatus
}

export const NO_FILTERS: FilterInput = {
  year: '',
  kind: '',
  classification: '',
  session: '',
  proposer: '',
  leader: '',
  status: ''
}

/** Only filters the user set; a year counts once it has four digits. */
export function searchFilters(input: FilterInput): SearchFilters {
  const out: SearchFilters = {}
  const year = input.year.trim()
  if (/^\d{4}$/.test(year)) out.year = Number(year)
  for (const key of ['kind', 'classification', 'session', 'proposer', 'leader'] as const) {
    const value = input[key].trim()
    if (value) out[key] = value
  }
  if (input.status) out.status = input.status
  return out
}

export function hasFilters(input: FilterInput): boolean {
  return Object.values(input).some((v) => v.trim() !== '')
}
