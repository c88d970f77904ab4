import { useState } from 'react'
import type { VersionSummary } from '../../../../electron/contract'
import { useQuery } from '../../lib/query'
import { localDateTime } from '../../../../electron/domain/local-time'
import { DiffView } from './DiffView'

type Props = {
  id: string
  onRestore: (version: VersionSummary) => Promise<void>
}

/** Every snapshot of the reply; any two (or one and the current text) compared by character. */
export function VersionsPanel({ id, onRestore }: Props) {
  const listed = useQuery('review:versions', { id }, '读取版本失败。')
  const versions = listed.value ?? listed.stale ?? []
  const [picked, setFrom] = useState('')
  // Until the clerk picks one, the comparison starts from the newest version.
  const from = picked || (versions.at(-1)?.id ?? '')
  const [to, setTo] = useState('current')
  const compared = useQuery('review:diff', from ? { id, from, to } : null, '版本对比失败。')
  const diff = compared.value ?? compared.stale
  const error = compared.error || listed.error
  const [asking, setAsking] = useState<VersionSummary | null>(null)

  const label = (v: VersionSummary) =>
    `第 ${v.number} 版 · ${v.reasonLabel} · ${v.actor || '未记录'}`
  const options = versions.map((v) => (
    <option key={v.id} value={v.id}>
      {label(v)}
    </option>
  ))
  return (
    <section className="versions" aria-label="版本">
      {error && <p className="error-line">{error}</p>}
      {asking && (
        <div className="notice confirm" role="alertdialog" aria-label="确认恢复版本">
          用第 {asking.number} 版（{asking.reasonLabel}）替换当前的正文和字段？答复将回到“草稿”，
          已签发的签发随之失效；恢复后可以撤销。
          <button
            type="button"
            onClick={() => {
              setAsking(null)
              void onRestore(asking)
            }}
          >
            恢复
          </button>
          <button type="button" onClick={() => setAsking(null)}>
            取消
          </button>
        </div>
      )}
      {versions.length === 0 ? (
        <p className="muted">还没有版本。提交审核、退回和签发时会自动保存版本。</p>
      ) : (
        <>
          <ol className="version-list">
            {[...versions].reverse().map((v) => (
              <li key={v.id}>
                <span className="version-name">{label(v)}</span>
                <span className="muted">{localDateTime(v.created_at)}</span>
                {v.note && <span className="version-note">{v.note}</span>}
                <button type="button" className="link" onClick={() => setAsking(v)}>
                  恢复为第 {v.number} 版
                </button>
              </li>
            ))}
          </ol>
          <div className="diff-pick">
            <label>
              对比
              <select aria-label="对比起点" value={from} onChange={(e) => setFrom(e.target.value)}>
                {options}
              </select>
            </label>
            <label>
              与
              <select aria-label="对比终点" value={to} onChange={(e) => setTo(e.target.value)}>
                <option value="current">当前稿</option>
                {options}
              </select>
            </label>
            {diff && (
              <span className="hint">
                新增 {diff.inserted} 字，删除 {diff.deleted} 字
              </span>
            )}
          </div>
          {diff && <DiffView segments={diff.segments} fields={diff.fields} />}
        </>
      )}
    </section>
  )
}
