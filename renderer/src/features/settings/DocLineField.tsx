import { useState } from 'react'
import type { Profile } from '../../../../electron/contract'
import { SelectField, TextField } from './fields'

// Clerks choose the 文号 line by how it reads; the pattern behind it is only for 高级.

type Preset = { pattern: string; example: (docNumber: string, code: string) => string }

const PRESETS: Preset[] = [
  {
    pattern: '[{doc_number}][ {classification}类][ {disclosure}]',
    example: (dn, code) => `${dn} ${code}类 主动公开`
  },
  { pattern: '{doc_number}[（{classification}类）]', example: (dn, code) => `${dn}（${code}类）` },
  { pattern: '{doc_number}[（{classification}）类]', example: (dn, code) => `${dn}（${code}）类` },
  { pattern: '{doc_number}', example: (dn) => `${dn}（只写文号）` }
]

const CUSTOM = 'custom'

type Props = {
  profile: Profile
  /** the line as the settings produce it on a sample reply */
  sample: string | undefined
  /** the next 建议 number, for the examples */
  nextNumber: string | undefined
  invalid: boolean
  onChange: (docLine: string) => void
}

export function DocLineField({ profile, sample, nextNumber, invalid, onChange }: Props) {
  const preset = PRESETS.some((p) => p.pattern === profile.doc_line) ? profile.doc_line : CUSTOM
  const [advanced, setAdvanced] = useState(preset === CUSTOM || invalid)
  const docNumber = nextNumber || `渌卫复〔${new Date().getFullYear()}〕1号`
  const code = profile.classification_codes[0]?.code ?? 'A'
  const options = [
    ...PRESETS.map((p) => ({ value: p.pattern, label: p.example(docNumber, code) })),
    { value: CUSTOM, label: '其他写法（在“高级”中填写）' }
  ]
  return (
    <>
      <SelectField
        label="文号行写法"
        value={preset}
        options={options}
        hint={
          <>
            版式把类别（办理结果）和公开属性放在文号行时，文号行照此写出；答复没有填写的项不写。按当前设置：
            <output aria-label="文号行示例">{sample || '（无）'}</output>
          </>
        }
        onChange={(value) => (value === CUSTOM ? setAdvanced(true) : onChange(value))}
      />
      <details
        className="settings-advanced"
        open={advanced}
        onToggle={(e) => setAdvanced(e.currentTarget.open)}
      >
        <summary>高级：文号行格式</summary>
        <TextField
          label="文号行格式"
          value={profile.doc_line}
          invalid={invalid}
          hint="{doc_number} 为文号，{classification} 为类别代码，{disclosure} 为公开属性；方括号中的内容在有值时才写出。"
          onChange={onChange}
        />
      </details>
    </>
  )
}
