import { useState } from 'react'
import type { ImportConflict } from '../../../../electron/contract'
import { request, errorText } from '../../lib/api'
import { DiffView } from './DiffView'

type Props = { conflict: ImportConflict; onResolved: (message: string) => void }

const SIDES = [
  { side: 'local', title: '本机稿', action: '保留本机稿' },
  { side: 'incoming', title: '对方稿', action: '采用对方稿' }
] as const

/** Both texts side by side with the differences; the user keeps one, the other stays a version. */
export function ConflictView({ conflict, onResolved }: Props) {
  const [error, setError] = useState('')
  const keep = async (side: 'local' | 'incoming') => {
    try {
      await request('review:resolveConflict', {
        id: conflict.replyId,
        incomingVersionId: conflict.incomingVersionId,
        keep: side
      })
      onResolved(
        side === 'local'
          ? '已保留本机稿，对方稿保存在版本列表中。'
          : '已采用对方稿，本机稿保存在版本列表中。'
      )
    } catch (e) {
      setError(errorText(e, '处理冲突失败。'))
    }
  }
  return (
    <section className="conflict" aria-label="导入冲突">
      <h2>两边都修改了同一稿</h2>
      <div className="conflict-sides">
        {SIDES.map(({ side, title, action }) => (
          <div key={side}>
            <h3>{title}</h3>
            <pre className="conflict-text">
              {side === 'local' ? conflict.localText : conflict.incomingText}
            </pre>
            <button type="button" onClick={() => void keep(side)}>
              {action}
            </button>
          </div>
        ))}
      </div>
      <h3>差异（以本机稿为准，标出对方的改动）</h3>
      <DiffView segments={conflict.segments} fields={conflict.fields} />
      {error && <p className="error-line">{error}</p>}
    </section>
  )
}
