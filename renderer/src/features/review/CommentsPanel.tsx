import { useState } from 'react'
import type { ReviewComment } from '../../../../electron/contract'
import { localDateTime } from '../../../../electron/domain/local-time'

type Props = {
  comments: readonly ReviewComment[]
  activeId: string | null
  onActivate: (id: string) => void
  onAnswer: (parentId: string, text: string) => Promise<boolean>
  onResolve: (id: string) => Promise<boolean>
}

/** Threads beside the text: open ones first, each with its answers, an answer box and 解决. */
export function CommentsPanel({ comments, activeId, onActivate, onAnswer, onResolve }: Props) {
  const [showResolved, setShowResolved] = useState(false)
  const roots = comments.filter((c) => c.parent_id === null)
  const open = roots.filter((c) => !c.resolved_at)
  const resolved = roots.filter((c) => c.resolved_at)
  const thread = (root: ReviewComment) => (
    <Thread
      key={root.id}
      root={root}
      answers={comments.filter((c) => c.parent_id === root.id)}
      active={root.id === activeId}
      onActivate={() => onActivate(root.id)}
      onAnswer={(text) => onAnswer(root.id, text)}
      onResolve={() => onResolve(root.id)}
    />
  )
  return (
    <section className="comments" aria-label="批注">
      <h2>批注 {open.length > 0 && <span className="count">{open.length} 条未处理</span>}</h2>
      {open.length === 0 && <p className="muted">没有未处理的批注。</p>}
      {open.map(thread)}
      {resolved.length > 0 && (
        <button type="button" className="link" onClick={() => setShowResolved((v) => !v)}>
          {showResolved ? '收起' : '查看'}已处理的批注（{resolved.length}）
        </button>
      )}
      {showResolved && resolved.map(thread)}
    </section>
  )
}

type ThreadProps = {
  root: ReviewComment
  answers: ReviewComment[]
  active: boolean
  onActivate: () => void
  onAnswer: (text: string) => Promise<boolean>
  onResolve: () => Promise<boolean>
}

function Thread({ root, answers, active, onActivate, onAnswer, onResolve }: ThreadProps) {
  const [text, setText] = useState('')
  const resolved = root.resolved_at !== null
  return (
    <article
      className={`thread${active ? ' thread-active' : ''}${resolved ? ' thread-resolved' : ''}`}
      aria-label={`批注：${root.quote || root.text}`}
    >
      {root.quote && (
        <button type="button" className="thread-quote" title="定位到正文" onClick={onActivate}>
          “{root.quote}”
        </button>
      )}
      {[root, ...answers].map((c) => (
        <div className="thread-item" key={c.id}>
          <div className="thread-meta">
            <strong>{c.author}</strong> <span>{localDateTime(c.created_at)}</span>
          </div>
          <p className="thread-text">{c.text}</p>
        </div>
      ))}
      {resolved ? (
        <p className="hint">
          已由 {root.resolved_by} 于 {localDateTime(root.resolved_at ?? '')} 处理
        </p>
      ) : (
        <form
          className="thread-answer"
          onSubmit={(e) => {
            e.preventDefault()
            void onAnswer(text.trim()).then((ok) => ok && setText(''))
          }}
        >
          <input
            aria-label="回复批注"
            placeholder="回复…"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" disabled={!text.trim()}>
            回复
          </button>
          <button type="button" onClick={() => void onResolve()}>
            标记已处理
          </button>
        </form>
      )}
    </article>
  )
}
