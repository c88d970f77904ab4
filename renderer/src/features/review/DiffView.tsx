import type { DiffSegment, FieldChange } from '../../../../electron/contract'

type Props = { segments: readonly DiffSegment[]; fields: readonly FieldChange[] }

/** Insertions green and underlined, deletions red and struck through, changed fields as a table. */
export function DiffView({ segments, fields }: Props) {
  const changed = segments.some((s) => s.op !== 'equal')
  return (
    <div className="diff">
      {fields.length > 0 && (
        <table className="diff-fields">
          <caption>字段变化</caption>
          <thead>
            <tr>
              <th>字段</th>
              <th>修改前</th>
              <th>修改后</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f.field}>
                <th scope="row">{f.label}</th>
                <td>
                  <del>{f.before || '（空）'}</del>
                </td>
                <td>
                  <ins>{f.after || '（空）'}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!changed && fields.length === 0 && <p className="muted">两个版本的内容相同。</p>}
      {changed && (
        <div className="diff-text" aria-label="正文对比">
          {segments.map((s, i) =>
            s.op === 'insert' ? (
              <ins key={i}>{s.text}</ins>
            ) : s.op === 'delete' ? (
              <del key={i}>{s.text}</del>
            ) : (
              <span key={i}>{s.text}</span>
            )
          )}
        </div>
      )}
    </div>
  )
}
