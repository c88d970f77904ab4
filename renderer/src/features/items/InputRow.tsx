type Props = {
  label: string
  value: string
  onChange: (value: string) => void
  type?: 'date'
  placeholder?: string
  /** typed suggestions under a datalist id */
  suggest?: { id: string; options: string[] }
  wide?: boolean
}

/** One labelled text or date input of a register form. */
export function InputRow({ label, value, onChange, type, placeholder, suggest, wide }: Props) {
  return (
    <label className={wide ? 'field wide' : 'field'}>
      <span>{label}</span>
      <input
        type={type}
        list={suggest?.id}
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
      />
      {suggest && (
        <datalist id={suggest.id}>
          {suggest.options.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      )}
    </label>
  )
}
