import type { ReactNode } from 'react'

type Props = {
  /** the form's accessible name */
  label: string
  submit: ReactNode
  busy?: boolean
  onSubmit: () => void
  /** present while correcting a listed entry: 取消 returns to it */
  onCancel?: (() => void) | undefined
  note?: string | undefined
  error: string
  children: ReactNode
}

/** The frame shared by the forms that record a contact or an opinion and correct one. */
export function RecordForm({
  label,
  submit,
  busy,
  onSubmit,
  onCancel,
  note,
  error,
  children
}: Props) {
  return (
    <form
      className="items-form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault()
        onSubmit()
      }}
    >
      {children}
      <div className="items-form-actions">
        <button type="submit" disabled={busy}>
          {submit}
        </button>
        {onCancel && (
          <>
            {' '}
            <button type="button" onClick={onCancel}>
              取消
            </button>
          </>
        )}
        {note && <span className="muted"> {note}</span>}
      </div>
      {error && <p className="error-line">{error}</p>}
    </form>
  )
}
