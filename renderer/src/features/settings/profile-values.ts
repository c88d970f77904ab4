import type { Profile, ReplyKind } from '../../../../electron/contract'

// Values the settings page and the first-run wizard share.

export const KINDS: ReplyKind[] = ['建议', '提案', '协办意见', '会办意见']

export const FORMATS: { value: Profile['format']; label: string }[] = [
  { value: 'letter', label: '信函格式（答复常用）' },
  { value: 'standard', label: '文件格式' }
]

type Prefixes = Profile['doc_prefixes']

/** An emptied prefix is left out, so the kind reads as not set rather than set to nothing. */
export function withPrefix(prefixes: Prefixes, kind: ReplyKind, prefix: string): Prefixes {
  const next = { ...prefixes }
  if (prefix.trim()) next[kind] = prefix.trim()
  else delete next[kind]
  return next
}
