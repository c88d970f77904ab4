import type { ImportConflict } from '../../../../electron/contract'
import { useMutation } from '../../lib/query'
import { DiffView } from './DiffView'
import { IMPORT_MAKES_STALE } from './queries'

type Props = { conflict: ImportConflict; onResolved: (message: string) => void }

const SIDES = [
  { side: 'local', title: '本机稿', action: '保留本机稿' },
  { side: 'incoming', title: '对方稿', action: '采用对方稿' }
] as const

/** Both texts side by side with the differences; the user keeps one, the other stays a version. */
export function ConflictView({ conflict, onResolved }: Props) {
  const { run, error } = useMutation('review:resolveConflict', {
    invalidates: IMPORT_MAKES_STALE,
    failure: '处理冲突失败。'
  })
  const keep = async (side: 'local' | 'incoming') => {
    const { replyId: id, incomingVersionId } = conflict
    if (!(await run({ id, incomingVersionId, keep: side }))) return
    onResolved(
      side === 'local'
        ? '已保留本机稿，对方稿保存在版本列表中。'
        : '已采用对方稿，本机稿保存在版本列表中。'
    )
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
