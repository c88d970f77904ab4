import type { BodyDoc, Run } from '../../../../electron/contract'
import { termParts } from './highlight'
import { Highlighted } from './Highlighted'

type Props = { body: BodyDoc; words: readonly string[] }

/** A past reply's body as read-only text, with the searched words marked. */
export function BodyView({ body, words }: Props) {
  const runs = (list: readonly Run[]) =>
    list.map((run, i) => {
      const inner = <Highlighted parts={termParts(run.text, words)} />
      return run.bold ? <strong key={i}>{inner}</strong> : <span key={i}>{inner}</span>
    })
  if (body.blocks.length === 0) return <p className="muted">此答复没有正文。</p>
  return (
    <div className="body-view">
      {body.blocks.map((block, i) => {
        switch (block.type) {
          case 'paragraph':
            return <p key={i}>{runs(block.runs)}</p>
          case 'heading':
            return (
              <p key={i} className={`body-h${block.level}`}>
                {runs(block.runs)}
              </p>
            )
          case 'list': {
            const Tag = block.ordered ? 'ol' : 'ul'
            return (
              <Tag key={i}>
                {block.items.map((item, j) => (
                  <li key={j}>{runs(item)}</li>
                ))}
              </Tag>
            )
          }
          case 'table':
            return (
              <table key={i}>
                <tbody>
                  {block.rows.map((row, r) => (
                    <tr key={r}>
                      {row.map((cell, c) =>
                        block.header && r === 0 ? (
                          <th key={c}>{runs(cell)}</th>
                        ) : (
                          <td key={c}>{runs(cell)}</td>
                        )
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            )
        }
      })}
    </div>
  )
}
