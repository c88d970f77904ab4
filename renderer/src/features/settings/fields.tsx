import { useId, useState, type ReactNode } from 'react'

// Small controlled inputs for the settings forms: a label, the control, and its problem or hint.

type Base = { label: string; hint?: ReactNode; problem?: string; invalid?: boolean }

type Ids = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }

/** The label names the control alone; the hint or problem describes it. */
function Frame(props: Base & { children: (ids: Ids) => ReactNode }) {
  const id = useId()
  const note = props.problem || props.hint
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.children({
        id,
        'aria-describedby': note ? `${id}-note` : undefined,
        'aria-invalid': props.invalid || !!props.problem
      })}
      {props.problem ? (
        <em className="field-error" role="alert" id={`${id}-note`}>
          {props.problem}
        </em>
      ) : (
        props.hint && (
          <small className="hint" id={`${id}-note`}>
            {props.hint}
          </small>
        )
      )}
    </div>
  )
}

export function TextField(
  props: Base & { value: string; onChange: (value: string) => void; placeholder?: string }
) {
  return (
    <Frame {...props}>
      {(ids) => (
        <input
          {...ids}
          type="text"
          value={props.value}
          placeholder={props.placeholder}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Frame>
  )
}

/** One pattern per line; empty lines are dropped. */
export function LinesField(
  props: Base & { value: string[]; onChange: (value: string[]) => void; placeholder?: string }
) {
  const [text, setText] = useState(props.value.join('\n'))
  return (
    <Frame {...props}>
      {(ids) => (
        <textarea
          {...ids}
          rows={Math.max(2, props.value.length + 1)}
          value={text}
          placeholder={props.placeholder}
          onChange={(e) => {
            setText(e.target.value)
            props.onChange(e.target.value.split('\n').filter((line) => line.trim() !== ''))
          }}
        />
      )}
    </Frame>
  )
}

export type Option<T extends string> = { value: T; label: string }

export function SelectField<T extends string>(
  props: Base & { value: T; options: readonly Option<T>[]; onChange: (value: T) => void }
) {
  return (
    <Frame {...props}>
      {(ids) => (
        <select {...ids} value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Frame>
  )
}

const inRange = (text: string, min: number, max: number) =>
  /^\d+$/.test(text) && Number(text) >= min && Number(text) <= max

/** Keeps what is typed even when it is not yet a number in range, and says why it is not used. */
export function NumberField(
  props: Base & { value: number; min: number; max: number; onChange: (value: number) => void }
) {
  const [text, setText] = useState(String(props.value))
  const fits = inRange(text, props.min, props.max)
  return (
    <Frame
      {...props}
      problem={fits ? props.problem : `请填写 ${props.min} 到 ${props.max} 的整数。`}
    >
      {(ids) => (
        <input
          {...ids}
          type="text"
          inputMode="numeric"
          value={text}
          onChange={(e) => {
            const next = e.target.value.trim()
            setText(next)
            if (inRange(next, props.min, props.max)) props.onChange(Number(next))
          }}
        />
      )}
    </Frame>
  )
}
