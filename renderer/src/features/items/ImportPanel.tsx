import { useState } from 'react'
import type {
  ColumnMapping,
  ImportPreview,
  ImportReport,
  IntakeField
} from '../../../../electron/contract'
import { errorText, request } from '../../lib/api'
import { mutate } from '../../lib/query'
import { ITEM_MAKES_STALE } from './queries'
import { readAsBase64 } from '../../lib/read-file'

type Source = { fileName: string; base64?: string; text?: string }
type Props = { onDone: () => void; onCancel: () => void }

const SHOWN_ROWS = 200

/** 交办清单 intake: pick a file or paste rows, check the column match and the rows, then import. */
export function ImportPanel({ onDone, onCancel }: Props) {
  const [source, setSource] = useState<Source | null>(null)
  const [pasted, setPasted] = useState('')
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')

  const load = async (next: Source, mapping?: ColumnMapping) => {
    setBusy(true)
    setError('')
    try {
      setPreview(
        await request('items:previewImport', { source: next, ...(mapping ? { mapping } : {}) })
      )
      setSource(next)
    } catch (e) {
      setError(errorText(e, '读取清单失败。'))
    } finally {
      setBusy(false)
    }
  }

  const pick = async (file: File | undefined) => {
    if (!file) return
    try {
      await load({ fileName: file.name, base64: await readAsBase64(file) })
    } catch {
      setError(`无法读取文件“${file.name}”，请确认文件仍可打开。`)
    }
  }

  const run = async () => {
    if (!source || !preview) return
    setBusy(true)
    try {
      setReport(
        await mutate('items:import', { source, mapping: preview.mapping }, ITEM_MAKES_STALE)
      )
    } catch (e) {
      setError(errorText(e, '导入失败，台账未作修改。'))
    } finally {
      setBusy(false)
    }
  }

  if (report) {
    return (
      <section className="items-panel" aria-label="导入结果">
        <p className="notice">
          已导入 {report.created} 件
          {report.duplicates ? `，${report.duplicates} 件与台账重复未导入` : ''}。
        </p>
        {report.skipped.length > 0 && (
          <ul className="items-problems">
            {report.skipped.map((s) => (
              <li key={s.line}>
                第 {s.line} 行：{s.reason}
              </li>
            ))}
          </ul>
        )}
        <button type="button" className="primary" onClick={onDone}>
          完成
        </button>
      </section>
    )
  }

  return (
    <section className="items-panel" aria-label="导入交办清单">
      <div className="items-intake">
        <label className="field">
          <span>选择清单文件（.xlsx 或 .csv）</span>
          <input
            type="file"
            accept=".xlsx,.csv,.txt"
            aria-label="选择交办清单文件"
            onChange={(e) => void pick(e.target.files?.[0])}
          />
        </label>
        <label className="field">
          <span>或粘贴从表格复制的内容（第一行为列名）</span>
          <textarea
            rows={4}
            aria-label="粘贴交办清单"
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
          />
        </label>
        <button
          type="button"
          disabled={!pasted.trim() || busy}
          onClick={() => void load({ fileName: '粘贴的清单', text: pasted })}
        >
          识别粘贴内容
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
      {busy && <p className="muted">正在处理…</p>}
      {error && <p className="error-line">{error}</p>}
      {preview && source && (
        <>
          <MappingTable preview={preview} onChange={(mapping) => void load(source, mapping)} />
          <RowsTable preview={preview} />
          <button
            type="button"
            className="primary"
            disabled={busy || preview.ready === 0}
            onClick={() => void run()}
          >
            导入 {preview.ready} 件
          </button>
        </>
      )}
    </section>
  )
}

function MappingTable({
  preview,
  onChange
}: {
  preview: ImportPreview
  onChange: (mapping: ColumnMapping) => void
}) {
  return (
    <div className="items-mapping" aria-label="列对应">
      {preview.headers.map((h) => (
        <label key={h} className="field">
          <span>{h}</span>
          <select
            aria-label={`“${h}”列对应`}
            value={preview.mapping[h] ?? ''}
            onChange={(e) =>
              onChange({ ...preview.mapping, [h]: e.target.value as IntakeField | '' })
            }
          >
            <option value="">（不导入）</option>
            {preview.fields.map((f) => (
              <option key={f.field} value={f.field}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  )
}

function RowsTable({ preview }: { preview: ImportPreview }) {
  return (
    <table className="items-table" aria-label="清单预览">
      <thead>
        <tr>
          <th>行</th>
          <th>届次</th>
          <th>编号</th>
          <th>标题</th>
          <th>提出人</th>
          <th>交办日期</th>
          <th>承办方式</th>
          <th>说明</th>
        </tr>
      </thead>
      <tbody>
        {preview.rows.slice(0, SHOWN_ROWS).map((r) => (
          <tr key={r.line} className={r.duplicate ? 'duplicate' : ''}>
            <td>{r.line}</td>
            <td>{r.fields.session}</td>
            <td>{r.fields.number}</td>
            <td>{r.fields.title}</td>
            <td>{r.fields.proposer}</td>
            <td>{r.fields.assigned_date}</td>
            <td>{r.fields.role}</td>
            <td>
              {[r.duplicate ? '台账中已有，将跳过' : '', ...r.problems].filter(Boolean).join('；')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
