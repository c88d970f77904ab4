// The renderer's twin of electron/domain/local-time.ts (the renderer may not import it at runtime);
// tests/unit/renderer/local-time.test.ts holds the two to the same output.

const pad = (n: number) => String(n).padStart(2, '0')

/** 2025年7月16日 09:30 in the PC's time zone; '' for something that is not a time. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** What a reply without a title is called, on the drafting screen and in every list. */
export const UNTITLED = '新答复'
