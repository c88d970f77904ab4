import type { ReplyPiece } from '../../../../electron/contract'
import { useQuery } from '../../lib/query'

type Props = {
  id: string
  onInsert: (piece: ReplyPiece) => void
}

/** A past reply cut into what can be inserted: each section whole, and each paragraph. */
export function ReplyPieces({ id, onInsert }: Props) {
  const pieces = useQuery('archive:paragraphs', { id }, '读取答复正文失败。')

  if (pieces.error) return <p className="error-text">{pieces.error}</p>
  if (!pieces.value) return <p className="hint">正在读取正文…</p>
  if (pieces.value.length === 0) return <p className="hint">此答复没有可插入的正文。</p>
  return (
    <ol className="pieces" aria-label="可插入的段落">
      {pieces.value.map((piece, i) => (
        <li key={i} className={`piece piece-${piece.kind}`}>
          <p className="piece-text" title={piece.text}>
            {piece.kind === 'section' ? piece.heading || piece.text : piece.text}
          </p>
          <button
            type="button"
            className="piece-insert"
            aria-label={`${piece.kind === 'section' ? '插入本节' : '插入此段'}：${piece.text.slice(0, 24)}`}
            onClick={() => onInsert(piece)}
          >
            {piece.kind === 'section' ? '插入本节' : '插入'}
          </button>
        </li>
      ))}
    </ol>
  )
}
