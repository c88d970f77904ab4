import { useState } from 'react'
import type { ArchiveEntry, ReplyFields } from '../../../../electron/contract'
import { request, errorText } from '../../lib/api'
import { FIELD_LABELS, REPLY_KINDS } from '../../../../electron/domain/reply'

type Props = {
  entry: ArchiveEntry
  onConfirmed: (entry: ArchiveEntry) => void
}

/** The parser's guesses the clerk can correct here; the rest are edited on the drafting screen. */
const EDITABLE = [
  'kind',
  'session',
  'item_number',
  'proposer',
  'subject',
  'title',
  'organ',
  'doc_number',
  'classification',
  'disclosure',
  'date',
  'leader',
  'leader_phone',
  'handler',
  'handler_phone',
  'postcode',
  'cc'
] as const satisfies readonly (keyof ReplyFields)[]
type Editable = (typeof EDITABLE)[number]
const isEditable = (key: string): key is Editable => (EDITABLE as readonly string[]).includes(key)

function shown(fields: ReplyFields, key: Editable): string {
  const value = fields[key]
  return Array.isArray(value) ? value.join('\n') : String(value ?? '')
}

function patchFor(key: Editable, text: string): Partial<ReplyFields> {
  if (key === 'cc') {
    return {
      cc: text
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean)
    }
  }
  return { [key]: key === 'kind' ? text : text.trim() } as Partial<ReplyFields>
}

/** The fields the parser was unsure of, for the user to confirm or correct in one step. */
export function FieldReview({ entry, onConfirmed }: Props) {
  const doubtful = (entry.source?.uncertain ?? []).filter(isEditable)
  const [values, setValues] = useState(
    () => new Map(doubtful.map((k) => [k, shown(entry.fields, k)]))
  )
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  if (doubtful.length === 0) return null

  const changed = doubtful.filter((k) => values.get(k) !== shown(entry.fields, k))
  const confirm = () => {
    setBusy(true)
    setError('')
    const fields = Object.assign({}, ...changed.map((k) => patchFor(k, values.get(k) ?? '')))
    request('archive:confirm', { id: entry.id, ...(changed.length ? { fields } : {}) })
      .then(onConfirmed)
      .catch((e: unknown) => setError(errorText(e, '保存失败，请稍后重试。')))
      .finally(() => setBusy(false))
  }
  const set = (key: Editable, text: string) => setValues((v) => new Map(v).set(key, text))

  return (
    <form
      className="field-review"
      aria-label="核对字段"
      onSubmit={(e) => {
        e.preventDefault()
        confirm()
      }}
    >
      {doubtful.map((key) => {
        const value = values.get(key) ?? ''
        const label = FIELD_LABELS[key]
        return (
          <label key={key} className="review-field">
            <span>{label}</span>
            {key === 'kind' ? (
              <select value={value} onChange={(e) => set(key, e.target.value)}>
                {REPLY_KINDS.map((k) => (
                  <option key={k}>{k}</option>
                ))}
              </select>
            ) : key === 'cc' ? (
              <textarea rows={2} value={value} onChange={(e) => set(key, e.target.value)} />
            ) : (
              <input
                type={key === 'date' ? 'date' : 'text'}
                value={value}
                placeholder="原文未写明"
                onChange={(e) => set(key, e.target.value)}
              />
            )}
          </label>
        )
      })}
      <div className="review-actions">
        <button type="submit" className="primary" disabled={busy}>
          {changed.length ? '保存更正' : '确认无误'}
        </button>
        {error && <span className="error-text">{error}</span>}
      </div>
    </form>
  )
}
