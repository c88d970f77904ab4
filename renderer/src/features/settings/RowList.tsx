import type { ReactNode } from 'react'

// An editable list shown as a table: one row per item, a delete button per row, an add button.

type Props<T> = {
  /** names the table and each row's controls: 主管领导, 人大抄送单位 */
  label: string
  columns: string[]
  items: readonly T[]
  onChange: (items: T[]) => void
  blank: () => T
  row: (item: T, set: (patch: Partial<T>) => void, index: number) => ReactNode
}

export function RowList<T>({ label, columns, items, onChange, blank, row }: Props<T>) {
  const set = (i: number) => (patch: Partial<T>) =>
    onChange(items.map((item, j) => (j === i ? { ...item, ...patch } : item)))
  return (
    <div className="settings-rows">
      {items.length > 0 && (
        <table aria-label={label}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
              <th aria-label="操作" />
            </tr>
          </thead>
          <tbody>
            {items.map((item, i) => (
              <tr key={i}>
                {row(item, set(i), i)}
                <td>
                  <button
                    type="button"
                    aria-label={`删除第${i + 1}个${label}`}
                    onClick={() => onChange(items.filter((_, j) => j !== i))}
                  >
                    删除
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={() => onChange([...items, blank()])}>
        添加{label}
      </button>
    </div>
  )
}

/** A cell's input, named for its row so it can be found and read aloud: 第1个主管领导姓名. */
export function CellInput(props: {
  name: string
  value: string
  onChange: (value: string) => void
  invalid?: boolean
  problem?: string
  placeholder?: string
  width?: string
}) {
  return (
    <td>
      <input
        type="text"
        aria-label={props.name}
        value={props.value}
        placeholder={props.placeholder}
        style={props.width ? { width: props.width } : undefined}
        aria-invalid={props.invalid || !!props.problem}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.problem && (
        <em className="field-error" role="alert">
          {props.problem}
        </em>
      )}
    </td>
  )
}
