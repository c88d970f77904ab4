import { useEffect, useState } from 'react'
import type { AuditRow } from '../../../../electron/contract'
import { request, saveBase64, errorText } from '../../lib/api'
import { localDateTime } from '../../../../electron/domain/local-time'

type Props = { id?: string; version: string }

/** Status changes and exports, newest first; exported as CSV that WPS and Excel open. */
export function AuditPanel({ id, version }: Props) {
  const [rows, setRows] = useState<AuditRow[]>([])
  const [message, setMessage] = useState('')

  useEffect(() => {
    request('review:audit', id ? { id } : {})
      .then(setRows)
      .catch((e: unknown) => setMessage(errorText(e, '读取审核记录失败。')))
  }, [id, version])

  const exportCsv = async () => {
    try {
      const file = await request('review:exportAudit', id ? { id } : {})
      setMessage(await saveBase64(file.fileName, file.base64, file.mimeType))
    } catch (e) {
      setMessage(errorText(e, '导出审核记录失败。'))
    }
  }

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
