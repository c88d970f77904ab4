import { useState } from 'react'
import type { ContactStage } from '../../../../electron/contract'
import { errorText } from '../../lib/api'
import { CONTACT_STAGES, CONTACT_WAYS } from '../../../../electron/domain/items/item'
import { InputRow } from './InputRow'
import { RecordForm } from './RecordForm'

export type ContactInput = {
  stage: ContactStage
  date: string
  way: string
  person: string
  summary: string
}

type Props = {
  initial: ContactInput
  /** the form's accessible name and its submit button's text */
  label: string
  submit: string
  /** saves; the form shows a failure in Chinese and keeps what was typed */
  onSave: (contact: ContactInput) => Promise<void>
  /** present while correcting a listed contact */
  onCancel?: () => void
}

/** One contact with the proposer: the form to record one and to correct it. */
export function ContactForm({ initial, label, submit, onSave, onCancel }: Props) {
  const [form, setForm] = useState(initial)
  const [error, setError] = useState('')

  const save = async () => {
    setError('')
    try {
      await onSave(form)
      if (!onCancel) setForm({ ...form, summary: '' })
    } catch (e) {
      setError(errorText(e, '保存沟通记录失败，请重试。'))
    }
  }

  return (
    <RecordForm
      label={label}
      submit={submit}
      onCancel={onCancel}
      error={error}
      onSubmit={() => void save()}
    >
      <label className="field">
        <span>阶段</span>
        <select
          value={form.stage}
          onChange={(e) => setForm({ ...form, stage: e.target.value as ContactStage })}
        >
          {CONTACT_STAGES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <InputRow
        label="沟通日期"
        type="date"
        value={form.date}
        onChange={(date) => setForm({ ...form, date })}
      />
      <InputRow
        label="沟通方式"
        suggest={{ id: `contact-ways-${label}`, options: [...CONTACT_WAYS] }}
        value={form.way}
        onChange={(way) => setForm({ ...form, way })}
      />
      <InputRow
        label="沟通对象"
        value={form.person}
        onChange={(person) => setForm({ ...form, person })}
      />
      <InputRow
        label="沟通情况"
        wide
        value={form.summary}
        onChange={(summary) => setForm({ ...form, summary })}
      />
    </RecordForm>
  )
}
