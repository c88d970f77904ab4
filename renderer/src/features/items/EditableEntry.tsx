import { useState, type ReactNode } from 'react'

type Props = {
  /** the entry as listed */
  children: ReactNode
  /** what the confirmation calls it, e.g. 沟通记录“办前 · 2025年3月12日 · 电话” */
  name: string
  /** what deleting it also does, when it does more than remove the line */
  consequence?: string
  /** the same form as for adding, prefilled; `close` returns to the listed entry */
  editor: (close: () => void) => ReactNode
  /** resolves true once deleted; on failure the section shows why and the entry stays */
  onDelete: () => Promise<boolean>
}

/** One listed contact or opinion with 修改 and 删除, which asks once more naming the entry. */
export function EditableEntry({ children, name, consequence, editor, onDelete }: Props) {
  const [mode, setMode] = useState<'view' | 'edit' | 'asking'>('view')
  if (mode === 'edit') return <li className="entry-editing">{editor(() => setMode('view'))}</li>
  return (
    <li>
      {children}{' '}
      <span className="entry-actions">
        <button type="button" onClick={() => setMode('edit')}>
          修改
        </button>{' '}
        <button type="button" onClick={() => setMode('asking')}>
          删除
        </button>
      </span>
      {mode === 'asking' && (
        <div className="notice confirm" role="alertdialog" aria-label={`确认删除${name}`}>
          <span>
            删除{name}？删除后不能恢复。{consequence}
          </span>
          <button
            type="button"
            className="danger"
            onClick={() => void onDelete().then((done) => done || setMode('view'))}
          >
            确认删除
          </button>
          <button type="button" onClick={() => setMode('view')}>
            取消
          </button>
        </div>
      )}
    </li>
  )
}
