import { FieldReview } from './FieldReview'
import { fieldLabel } from '../../../../electron/domain/reply'
import { useQuery } from '../../lib/query'
import type { ImportRow } from './useImport'

type Props = { rows: readonly ImportRow[]; onOpen: (id: string) => void }

/** Newly imported replies with fields the parser was unsure of, each to confirm or correct. */
export function ReviewList({ rows, onOpen }: Props) {
  const doubtful = rows.filter((r) => r.status === 'imported' && r.id && r.uncertain.length > 0)
  if (doubtful.length === 0) return null
  return (
    <section className="review-list" aria-label="待核对">
      <h3>
        待核对 <span className="count">{doubtful.length}</span>
        <span className="hint">以下答复有字段由程序推断，请对照原文确认或更正。</span>
      </h3>
      <ul>
        {doubtful.map((row) => (
          <ReviewItem key={row.id} id={row.id as string} row={row} onOpen={onOpen} />
        ))}
      </ul>
    </section>
  )
}

function ReviewItem({
  id,
  row,
  onOpen
}: {
  id: string
  row: ImportRow
  onOpen: (id: string) => void
}) {
  const loaded = useQuery('archive:get', { id }, '读取答复失败。')
  const entry = loaded.value

  const confirmed = !!entry?.source?.confirmed_at
  return (
    <li className="review-item" aria-label={entry?.fields.title || row.path}>
      <div className="review-item-head">
        <button type="button" className="link" onClick={() => onOpen(id)}>
          {entry?.fields.title || row.path}
        </button>
        <span className="hint">
          {confirmed ? '已核对' : `待核对：${row.uncertain.map(fieldLabel).join('、')}`}
        </span>
      </div>
      {loaded.error && <p className="error-text">{loaded.error}</p>}
      {entry && !confirmed && <FieldReview entry={entry} onConfirmed={loaded.set} />}
    </li>
  )
}
