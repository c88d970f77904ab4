// Times are stored as UTC instants (toISOString); a person reads them in the PC's own time zone.
// Every time a person reads on the Node side (DOCX properties, the audit CSV, the CLI) goes through
// here; the renderer's twin is renderer/src/lib/format.ts (lint keeps runtime code from crossing),
// and a test holds the two to the same output.

const pad = (n: number) => String(n).padStart(2, '0')

/** 2025年7月16日 09:30 in local time; '' for something that is not a time. */
export function localDateTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** The local calendar date as yyyy-mm-dd: toISOString() is UTC, still yesterday before 08:00 in China. */
export function localIsoDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}
