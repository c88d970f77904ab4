import { useQuery } from '../../lib/query'
import { MissingFontsNote } from '../export/fonts'
import { chineseDate } from '../../../../electron/domain/drafting/chinese'
import { daysLeft, dueText } from '../home/deadline'
import { PagePreview } from './PagePreview'

/**
 * Re-composes from the saved draft after every save (saves invalidate drafts:preview), so the
 * preview shows what will export; the last pages stay up while the next ones are composed.
 */
export function PreviewPanel({ id }: { id: string }) {
  const fetched = useQuery('drafts:preview', { id }, '预览生成失败。')
  const preview = fetched.value ?? fetched.stale
  const { error } = fetched

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
