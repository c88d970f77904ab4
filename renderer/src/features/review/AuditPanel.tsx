import { useState } from 'react'
import { saveBase64, errorText } from '../../lib/api'
import { useMutation, useQuery } from '../../lib/query'
import { localDateTime } from '../../../../electron/domain/local-time'

type Props = { id?: string }

/** Status changes and exports, newest first; exported as CSV that WPS and Excel open. */
export function AuditPanel({ id }: Props) {
  const audit = useQuery('review:audit', id ? { id } : {}, '读取审核记录失败。')
  const rows = audit.value ?? audit.stale ?? []
  const exporting = useMutation('review:exportAudit', { failure: '导出审核记录失败。' })
  const [saved, setSaved] = useState('')

  const exportCsv = async () => {
    const file = await exporting.run(id ? { id } : {})
    if (!file) return setSaved('')
    try {
      setSaved(await saveBase64(file.fileName, file.base64, file.mimeType))
    } catch (e) {
      setSaved(errorText(e, '导出审核记录失败。'))
    }
  }
  const message = exporting.error || saved || audit.error

  return (
    <section className="audit" aria-label="审核记录">
      <div className="panel-head">
        <h2>审核记录</h2>
        <button type="button" onClick={() => void exportCsv()}>
          导出 CSV
        </button>
      </div>
      {message && <p className="hint">{message}</p>}
      {rows.length === 0 ? (
        <p className="muted">暂无记录。</p>
      ) : (
        <ol className="audit-list">
          {[...rows].reverse().map((r) => (
            <li key={r.id}>
              <span className="audit-time">{localDateTime(r.created_at)}</span>
              <span>
                <strong>{r.actor || '未记录'}</strong> {r.eventLabel}
                {!id && r.reply_title && <span className="muted">《{r.reply_title}》</span>}
              </span>
              {(r.note || r.detail) && (
                <span className="audit-note">{[r.note, r.detail].filter(Boolean).join(' · ')}</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
