import type { ArchiveHealth } from '../contract/archive'
import { backupIfDue } from '../archive/backup'
import { integrityCheck } from '../archive/integrity'
import type { ServiceContext } from './context'

// The start-up check runs when the window first asks for it, not when the services open: the CLI
// never pays for it, and on a typical archive of a few thousand replies it takes under a second.

export type HealthCheck = {
  /** the report, from the first check unless recheck asks for a new, full one */
  report: (recheck: boolean) => ArchiveHealth
  /** after a restore: the set-aside file is no longer news, and the archive is checked again */
  restored: () => ArchiveHealth
}

export function archiveHealth(
  ctx: Pick<ServiceContext, 'db'>,
  setAside: string | null
): HealthCheck {
  let cached: ArchiveHealth | null = null
  let aside = setAside
  const report = (recheck: boolean): ArchiveHealth => {
    if (cached && !recheck) return cached
    // On request the full check, the search index's structure included; at start the quick one.
    const found = integrityCheck(ctx.db, recheck ? { searchIndex: true } : { quick: true })
    const problems = aside
      ? [
          `档案数据库文件已损坏，无法打开。原文件已另存为“${aside}”，程序已用空的档案启动。请在“设置 → 档案备份”中从最近的备份恢复。`,
          ...found.problems
        ]
      : found.problems
    cached = { ok: problems.length === 0, problems, setAside: aside }
    return cached
  }
  return {
    report,
    restored: () => {
      aside = null
      return report(true)
    }
  }
}

export type BackupSchedule = { firstAfterMs: number; everyMs: number }

// Checked hourly, made daily (backupIfDue), so a PC that is on for a week keeps a backup a day
// and one that is on for an hour a day still gets one.
export const DEFAULT_SCHEDULE: BackupSchedule = { firstAfterMs: 60_000, everyMs: 3_600_000 }

/** Starts the automatic backups; returns the function that stops them. */
export function scheduleBackups(
  ctx: ServiceContext,
  schedule: BackupSchedule,
  onError: (message: string) => void
): () => void {
  const run = () => {
    backupIfDue(ctx.db, ctx.dataDir, ctx.now()).catch((e: unknown) =>
      onError(`自动备份没有完成：${e instanceof Error ? e.message : String(e)}`)
    )
  }
  const first = setTimeout(run, schedule.firstAfterMs)
  const every = setInterval(run, schedule.everyMs)
  first.unref()
  every.unref()
  return () => {
    clearTimeout(first)
    clearInterval(every)
  }
}
