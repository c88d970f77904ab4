import { useState, type ComponentPropsWithRef } from 'react'

type Props = Omit<ComponentPropsWithRef<'input'>, 'value' | 'onChange'> & {
  value: string
  /** Called with committed text only: never with the pinyin of an open IME composition. */
  onValue: (value: string) => void
}

export function ImeInput({ value, onValue, ...rest }: Props) {
  const [composing, setComposing] = useState<string | null>(null)
  return (
    <input
      {...rest}
      value={composing ?? value}
      onChange={(e) => {
        if ((e.nativeEvent as InputEvent).isComposing) setComposing(e.target.value)
        else onValue(e.target.value)
      }}
      onCompositionStart={(e) => setComposing(e.currentTarget.value)}
      onCompositionEnd={(e) => {
        setComposing(null)
        onValue(e.currentTarget.value)
      }}
    />
  )
}
