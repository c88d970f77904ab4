// Dates as the fields hold them (yyyy-mm-dd) and as replies print them.

/** A real calendar date written yyyy-mm-dd: 2024-02-29 is one, 2025-02-29 and 2025-7-16 are not. */
export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}
