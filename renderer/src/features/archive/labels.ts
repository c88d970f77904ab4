/** 建议 · 2024年 · 许国欣 — the short line under a reply's title. */
export function replyMeta(parts: (string | number | null | undefined)[]): string {
  return parts.filter((p) => p !== null && p !== undefined && p !== '').join(' · ')
}
