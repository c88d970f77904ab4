import { useState, type ReactNode } from 'react'
import type { ReplyPiece } from '../../../../electron/contract'
import { ReplyPieces } from './ReplyPieces'

type Props = {
  id: string
  title: string
  meta: string
  children?: ReactNode
  onInsert: (piece: ReplyPiece) => void
}

/** One past reply in the panel; opening it lists the paragraphs and sections to insert. */
export function PastReply({ id, title, meta, children, onInsert }: Props) {
  const [open, setOpen] = useState(false)
  return (
    <li className="past-reply">
      <button
        type="button"
        className="row-button past-reply-head"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="past-reply-title">{title || '（无标题）'}</span>
        <span className="past-reply-meta">{meta}</span>
      </button>
      {children}
      {open && <ReplyPieces id={id} onInsert={onInsert} />}
    </li>
  )
}
