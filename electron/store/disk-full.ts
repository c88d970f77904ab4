/** SQLite says SQLITE_FULL, Node says ENOSPC: either way nothing was written and the user must free space. */
export function isDiskFull(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code
  return code === 'SQLITE_FULL' || code === 'ENOSPC'
}
