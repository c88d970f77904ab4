import type { DraftSummary } from '../../../../electron/contract'

/**
 * The list a reply belongs in: its status, except that one marked 已签发 or 已办结 without a
 * sign-off this PC verifies is listed apart, never among the signed ones.
 */
export function signOffGroup(d: DraftSummary): DraftSummary['status'] | 'unverified' {
  return d.unverified ? 'unverified' : d.status
}
