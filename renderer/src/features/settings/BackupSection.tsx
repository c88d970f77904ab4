import { useState } from 'react'
import type { BackupInfo } from '../../../../electron/contract'
import { errorText } from '../../lib/api'
import { invalidate, mutate, useQuery } from '../../lib/query'
import { Section } from './Section'
import { SectionNote, type Note } from './SectionNote'
import { localDateTime } from '../../../../electron/domain/local-time'

const KIND: Record<BackupInfo['kind'], string> = {
  auto: '自动',
  manual: '手动',
  'before-restore': '恢复前自动保存'
}

function size(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

function failure(e: unknown, fallback: string): Note {
  return { text: errorText(e, fallback), error: true }
}

/**
 * The archive's safety: the daily backups the app makes by itself, a backup on demand, restoring
 * one (the current archive is saved first), and the integrity check with its repair.
 */
export function BackupSection() {
  const list = useQuery('archive:backups', {}, '读取备份列表失败。')
  const backups = list.value ?? list.stale
  const [note, setNote] = useState<Note | null>(null)
  const [confirm, setConfirm] = useState<BackupInfo | null>(null)
  const [busy, setBusy] = useState(false)

  const act = async (work: () => Promise<string>, fallback: string) => {
    setBusy(true)
    try {
      setNote({ text: await work(), error: false })
    } catch (e) {
      setNote(failure(e, fallback))
    } finally {
      setBusy(false)
      // Also after a failure: a restore that failed half way has still saved a backup first, and
      // the start-up report may no longer hold.
      invalidate('archive:backups', 'archive:integrity')
    }
  }

  const backupNow = () =>
    act(async () => {
      const made = await mutate('archive:backupNow', {})
      return `已备份（${size(made.bytes)}）。`
    }, '备份失败。')

  const restore = (backup: BackupInfo) =>
    act(async () => {
      setConfirm(null)
      const done = await mutate('archive:restore', { name: backup.name })
      return `已从 ${localDateTime(backup.created_at)} 的备份恢复。恢复前的档案已另存为备份“${done.saved.name}”，如需要可再恢复回来。`
    }, '恢复失败，档案未改动。')

  const check = () =>
    act(async () => {
      const health = await mutate('archive:integrity', { recheck: true })
      return health.ok ? '检查完毕，档案完好。' : `检查发现问题：\n${health.problems.join('\n')}`
    }, '检查失败。')

  const rebuild = () =>
    act(async () => {
      const { indexed } = await mutate('archive:rebuildIndex', {})
      return `检索索引已重建，共 ${indexed} 份答复。`
    }, '重建检索索引失败。')

  return (
    <Section
      id="backup"
      problems={[]}
      intro="程序每天自动备份一次档案，保留最近 10 份及近 7 天每天一份。恢复备份前，当前档案会先另存为一份备份。"
    >
      <div className="settings-inline">
        <button type="button" disabled={busy} onClick={() => void backupNow()}>
          立即备份
        </button>
        <button type="button" disabled={busy} onClick={() => void check()}>
          检查档案完整性
        </button>
        <button type="button" disabled={busy} onClick={() => void rebuild()}>
          重建检索索引
        </button>
      </div>
      <SectionNote note={note ?? (list.error ? { text: list.error, error: true } : null)} />
      {confirm && (
        <div className="notice confirm" role="alertdialog" aria-label="确认恢复备份">
          用 {localDateTime(confirm.created_at)} 的备份替换当前档案？此后的修改将不在档案中，
          但当前档案会先另存为备份。
          <button type="button" disabled={busy} onClick={() => void restore(confirm)}>
            恢复
          </button>
          <button type="button" onClick={() => setConfirm(null)}>
            取消
          </button>
        </div>
      )}
      {backups === null ? (
        <p className="muted">正在读取备份…</p>
      ) : backups.length === 0 ? (
        <p className="muted">还没有备份。</p>
      ) : (
        <div className="settings-rows">
          <table aria-label="备份列表">
            <thead>
              <tr>
                <th>时间</th>
                <th>方式</th>
                <th>大小</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {backups.map((b) => (
                <tr key={b.name}>
                  <td>{localDateTime(b.created_at)}</td>
                  <td>{KIND[b.kind]}</td>
                  <td>{size(b.bytes)}</td>
                  <td>
                    <button type="button" disabled={busy} onClick={() => setConfirm(b)}>
                      恢复此备份
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  )
}
