import type { ArchiveHealth } from '../contract/archive'
import { backupIfDue } from '../store/backup'
import { integrityCheck } from '../store/integrity'
import { dismissSetAsides, pendingSetAsides, setAsideMessage } from '../store/set-aside-log'
import type { HealthCheck, ServiceContext } from './context'

// The start-up check runs when the window first asks for it, not when the services open: the CLI
// never pays for it, and on a typical archive of a few thousand replies it takes under a second.

/** Set-aside files are reported at every start, from the data folder's record, until dismissed. */
export function archiveHealth(ctx: Pick<ServiceContext, 'db' | 'dataDir'>): HealthCheck {
  let cached: { health: ArchiveHealth; found: string[]; asides: string } | null = null
  const report = (recheck: boolean): ArchiveHealth => {
    const asides = pendingSetAsides(ctx.dataDir)
    const key = JSON.stringify(asides)
    if (cached && !recheck && cached.asides === key) return cached.health
    // On request the full check, the search index's structure included; at start the quick one.
    const found =
      cached && !recheck
        ? cached.found
        : integrityCheck(ctx.db, recheck ? { searchIndex: true } : { quick: true }).problems
    const problems = [...asides.map(setAsideMessage), ...found]
    const health = { ok: problems.length === 0, problems, setAside: asides.at(-1)?.path ?? null }
    cached = { health, found, asides: key }
    return health
  }
  return {
    report,
    restored: () => {
      dismissSetAsides(ctx.dataDir)
      return report(true)
    },
    dismissed: () => {
      dismissSetAsides(ctx.dataDir)
      return report(false)
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
