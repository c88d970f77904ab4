import { useState } from 'react'
import { errorText } from '../../lib/api'
import { readAsBase64 } from '../../lib/read-file'
import { ACCEPT } from '../archive/import-files'
import { InputRow } from './InputRow'
import { RecordForm } from './RecordForm'

export type OpinionInput = { unit: string; date: string; doc_number: string; summary: string }
export type OpinionLetter = { fileName: string; base64: string }

type Props = {
  initial: OpinionInput
  sending: boolean
  /** the units the opinion likely comes from or goes to */
  units: string[]
  label: string
  submit: string
  /** the letter is attached when registering; a correction keeps the letter registered */
  withLetter: boolean
  /** saves; a failure is shown in Chinese and what was typed stays */
  onSave: (opinion: OpinionInput, letter: OpinionLetter | undefined) => Promise<void>
  /** present while correcting a listed opinion */
  onCancel?: () => void
  note?: string
}

/** One 协办意见, sent or received: the form to register one and to correct it. */
export function OpinionForm(props: Props) {
  const { sending, units, label, submit, withLetter, onSave, onCancel, note } = props
  const [form, setForm] = useState(props.initial)
  const [file, setFile] = useState<File | null>(null)
  const [fileKey, setFileKey] = useState(0)
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const save = async () => {
    setError('')
    setBusy(true)
    try {
      const letter = file ? { fileName: file.name, base64: await readAsBase64(file) } : undefined
      await onSave(form, letter)
      setFile(null)
      setFileKey((k) => k + 1)
    } catch (e) {
      setError(errorText(e, '保存协办意见失败，请重试。'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <RecordForm
      label={label}
      submit={busy && withLetter ? '正在读取附件…' : submit}
      busy={busy}
      note={note}
      onCancel={onCancel}
      error={error}
      onSubmit={() => void save()}
    >
      <InputRow
        label={sending ? '主办单位' : '协办单位'}
        suggest={{ id: `opinion-units-${label}`, options: units.filter(Boolean) }}
        value={form.unit}
        onChange={(unit) => setForm({ ...form, unit })}
      />
      <InputRow
        label={sending ? '发出日期' : '收到日期'}
        type="date"
        value={form.date}
        onChange={(date) => setForm({ ...form, date })}
      />
      <InputRow
        label="文号"
        placeholder="没有可不填"
        value={form.doc_number}
        onChange={(doc_number) => setForm({ ...form, doc_number })}
      />
      {withLetter && (
        <label className="field">
          <span>意见函（DOCX、PDF）</span>
          <input
            key={fileKey}
            type="file"
            accept={ACCEPT}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </label>
      )}
      <InputRow
        label="意见摘要"
        wide
        value={form.summary}
        onChange={(summary) => setForm({ ...form, summary })}
      />
    </RecordForm>
  )
}
