import { useState } from 'react'
import type { ArchiveEntry, ReplyFields } from '../../../../electron/contract'
import { useMutation } from '../../lib/query'
import { FIELD_LABELS, REPLY_KINDS } from '../../../../electron/domain/reply'
import { ARCHIVE_FIELDS } from './labels'

type Props = {
  entry: ArchiveEntry
  onConfirmed: (entry: ArchiveEntry) => void
}

/** The parser's guesses the clerk can correct here; the rest are edited on the drafting screen. */
type Editable = (typeof ARCHIVE_FIELDS)[number]
const isEditable = (key: string): key is Editable =>
  (ARCHIVE_FIELDS as readonly string[]).includes(key)

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
  // The page takes the confirmed entry back (onConfirmed): nothing else shows these fields.
  const { run, busy, error } = useMutation('archive:confirm', {
    failure: '保存失败，请稍后重试。'
  })
  if (doubtful.length === 0) return null

  const changed = doubtful.filter((k) => values.get(k) !== shown(entry.fields, k))
  const confirm = async () => {
    const fields = Object.assign({}, ...changed.map((k) => patchFor(k, values.get(k) ?? '')))
    const confirmed = await run({ id: entry.id, ...(changed.length ? { fields } : {}) })
    if (confirmed) onConfirmed(confirmed)
  }
  const set = (key: Editable, text: string) => setValues((v) => new Map(v).set(key, text))

  return (
    <form
      className="field-review"
      aria-label="核对字段"
      onSubmit={(e) => {
        e.preventDefault()
        void confirm()
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
