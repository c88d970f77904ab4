import { useState } from 'react'
import type { People } from '../../../../electron/contract'

type Props = {
  people: People | null
  onSignIn: (name: string, pin?: string) => Promise<boolean>
  onSetPin: (name: string, pin: string, currentPin?: string) => Promise<boolean>
}

const OTHER = '__other__'

/** 我是…: the light identity every review step is recorded under. */
export function PersonPicker({ people, onSignIn, onSetPin }: Props) {
  const [choice, setChoice] = useState('')
  const [typed, setTyped] = useState('')
  const [pin, setPin] = useState('')
  const [pinForm, setPinForm] = useState(false)
  const list = people?.people ?? []
  const current = people?.current ?? null
  const name = choice === OTHER ? typed.trim() : choice
  const needsPin = list.find((p) => p.name === name)?.hasPin ?? false

  const signIn = async () => {
    if (!name) return
    if (await onSignIn(name, needsPin ? pin : undefined)) {
      setChoice('')
      setTyped('')
      setPin('')
    }
  }

  return (
    <div className="person" aria-label="当前人员">
      <span className="person-now">
        我是：<strong>{current ?? '未选择'}</strong>
      </span>
      <select aria-label="切换人员" value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">切换为…</option>
        {list.map((p) => (
          <option key={p.name} value={p.name}>
            {p.role ? `${p.name}（${p.role}）` : p.name}
          </option>
        ))}
        <option value={OTHER}>其他人员…</option>
      </select>
      {choice === OTHER && (
        <input
          aria-label="姓名"
          placeholder="填写姓名"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
      )}
      {needsPin && <PinInput label="PIN" value={pin} onChange={setPin} />}
      {name && (
        <button type="button" onClick={() => void signIn()}>
          确定
        </button>
      )}
      {current && !name && (
        <button type="button" className="link" onClick={() => setPinForm((v) => !v)}>
          PIN
        </button>
      )}
      {current && pinForm && (
        <PinForm
          hasPin={list.find((p) => p.name === current)?.hasPin ?? false}
          onSave={async (next, old) => {
            if (await onSetPin(current, next, old)) setPinForm(false)
          }}
        />
      )}
    </div>
  )
}

function PinForm({
  hasPin,
  onSave
}: {
  hasPin: boolean
  onSave: (pin: string, currentPin?: string) => Promise<void>
}) {
  const [next, setNext] = useState('')
  const [old, setOld] = useState('')
  return (
    <form
      className="pin-form"
      onSubmit={(e) => {
        e.preventDefault()
        void onSave(next, hasPin ? old : undefined)
      }}
    >
      {hasPin && <PinInput label="原 PIN" value={old} onChange={setOld} />}
      <PinInput label="新 PIN" value={next} onChange={setNext} placeholder="4–8 位数字，留空取消" />
      <button type="submit">保存 PIN</button>
    </form>
  )
}

type PinInputProps = {
  label: string
  value: string
  onChange: (v: string) => void
  placeholder?: string
}

function PinInput({ label, value, onChange, placeholder }: PinInputProps) {
  return (
    <input
      aria-label={label}
      type="password"
      inputMode="numeric"
      placeholder={placeholder}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  )
}
