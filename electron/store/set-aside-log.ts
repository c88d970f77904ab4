import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

// Damaged archive files set aside at start-up, kept in the data folder until the user says they
// have seen the warning: a warning shown once, at a start nobody watched, is no warning.

export type SetAside = { path: string; at: string }

const LOG = 'damaged-archives.json'

export function pendingSetAsides(dataDir: string): SetAside[] {
  const file = join(dataDir, LOG)
  if (!existsSync(file)) return []
  try {
    const entries = JSON.parse(readFileSync(file, 'utf8')) as unknown
    return Array.isArray(entries)
      ? entries.filter(
          (e): e is SetAside => typeof e?.path === 'string' && typeof e?.at === 'string'
        )
      : []
  } catch {
    return []
  }
}

function write(dataDir: string, entries: SetAside[]): void {
  writeFileSync(join(dataDir, LOG), JSON.stringify(entries, null, 2), { mode: 0o600 })
}

export function recordSetAside(dataDir: string, entry: SetAside): void {
  write(dataDir, [...pendingSetAsides(dataDir), entry])
}

export function dismissSetAsides(dataDir: string): void {
  if (existsSync(join(dataDir, LOG))) write(dataDir, [])
}

export function setAsideMessage(entry: SetAside): string {
  return `档案数据库文件已损坏，无法打开。原文件已另存为“${entry.path}”，程序已用空的档案启动。请在“设置 → 档案备份”中从最近的备份恢复。`
}
