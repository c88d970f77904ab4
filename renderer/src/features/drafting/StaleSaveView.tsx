import type { Draft, EditorState } from '../../../../electron/contract'
import { useQuery } from '../../lib/query'
import { bodyText } from './body-text'
import { fieldLabel } from '../../../../electron/domain/reply'
import type { Pending } from './useAutosave'

type Props = {
  id: string
  /** this window's unsaved edits, and its text as the editor holds it now */
  mine: Pending
  myBody: EditorState
  onKeepMine: (newer: Draft) => void
  onTakeNewer: (newer: Draft) => void
}

/**
 * Another window saved first. Both texts side by side and nothing is written until the clerk picks
 * one; the other can still be copied from here.
 */
export function StaleSaveView({ id, mine, myBody, onKeepMine, onTakeNewer }: Props) {
  const { value: newer, error } = useQuery('drafts:get', { id }, '读取较新的内容失败。')

  const changedFields = Object.entries(mine.fields ?? {}).filter(
    ([key, value]) =>
      newer && JSON.stringify(newer.fields[key as keyof Draft['fields']]) !== JSON.stringify(value)
  )
  return (
    <section className="conflict" aria-label="保存冲突">
      <h2>另一个窗口已保存了这份答复的更新内容</h2>
      <p className="hint">两份内容都在下面，本窗口的修改尚未写入。请选择保留哪一份。</p>
      {error && <p className="error-line">{error}</p>}
      {newer && (
        <div className="conflict-sides">
          <div role="group" aria-label="较新的内容（已保存）">
            <h3>较新的内容（已保存）</h3>
            {changedFields.map(([key]) => (
              <p key={key} className="hint">
                {fieldLabel(key)}：{String(newer.fields[key as keyof Draft['fields']] ?? '')}
              </p>
            ))}
            <pre className="conflict-text">{bodyText(newer.body)}</pre>
            <button type="button" onClick={() => onTakeNewer(newer)}>
              采用较新的内容
            </button>
          </div>
          <div role="group" aria-label="本窗口的内容（未保存）">
            <h3>本窗口的内容（未保存）</h3>
            {changedFields.map(([key, value]) => (
              <p key={key} className="hint">
                {fieldLabel(key)}：{String(value ?? '')}
              </p>
            ))}
            <pre className="conflict-text">{bodyText(myBody)}</pre>
            <button type="button" onClick={() => onKeepMine(newer)}>
              保留本窗口的内容
            </button>
          </div>
        </div>
      )}
    </section>
  )
}
