import { useEffect, useState } from 'react'
import type { Preview } from '../../../../electron/contract'
import { request, errorText } from '../../lib/api'
import { MissingFontsNote } from '../export/fonts'
import { chineseDate } from '../../../../electron/domain/drafting/chinese'
import { daysLeft, dueText } from '../home/deadline'
import { PagePreview } from './PagePreview'

type Props = { id: string; version: string }

/** Re-composes from the saved draft after every save, so the preview shows what will export. */
export function PreviewPanel({ id, version }: Props) {
  const [preview, setPreview] = useState<Preview | null>(null)
  const [error, setError] = useState('')

  useEffect(() => {
    let live = true
    request('drafts:preview', { id })
      .then((p) => live && (setPreview(p), setError('')))
      .catch((e: unknown) => live && setError(errorText(e, '预览生成失败。')))
    return () => {
      live = false
    }
  }, [id, version])

  return (
    <aside className="preview-panel" aria-label="打印预览">
      {error && <p className="error-line">{error}</p>}
      <MissingFontsNote />
      {preview?.due && <DueNote {...preview.due} />}
      {preview && preview.missing.length > 0 && (
        <p className="missing" role="note">
          尚未填写：{preview.missing.map((m) => m.label).join('、')}
        </p>
      )}
      {preview?.notices.map((n) => (
        <p className="hint" role="note" key={n}>
          {n}
        </p>
      ))}
      {preview && (
        <div className="preview-scale">
          <PagePreview layout={preview.pages} fonts={preview.fonts} />
        </div>
      )}
    </aside>
  )
}

function DueNote({ date, open }: { date: string; open: boolean }) {
  const days = daysLeft(date, new Date())
  return (
    <p className={open && days < 0 ? 'missing' : 'hint due-note'} role="note" aria-label="答复期限">
      答复期限：{chineseDate(date)}
      {open && `（${dueText(days)}）`}
    </p>
  )
}
