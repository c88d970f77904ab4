import type { Profile } from '../../../../electron/contract'
import { SelectField, TextField } from './fields'
import { hasProblemAt } from './problems'
import { FORMATS } from './profile-values'
import { Section } from './Section'
import type { ProfileEditor } from './useProfileEditor'

type TextKey = 'organ' | 'letterhead' | 'self_name' | 'postcode' | 'name'

const TEXTS: { key: TextKey; label: string; placeholder?: string; hint?: string }[] = [
  { key: 'organ', label: '单位名称（发文机关）', placeholder: '如：株洲市渌口区卫生健康局' },
  { key: 'letterhead', label: '发文机关标志', hint: '与单位名称不同时填写，留空则用单位名称' },
  {
    key: 'self_name',
    label: '正文中的自称',
    placeholder: '如：我局、我委',
    hint: '留空则按单位名称推断'
  },
  { key: 'postcode', label: '邮政编码', placeholder: '如：437000' },
  { key: 'name', label: '设置名称', hint: '导出的设置文件中显示，便于区分' }
]

export function OrganSection({ editor }: { editor: ProfileEditor }) {
  const { profile: p, update, problems } = editor
  return (
    <Section id="organ" problems={problems}>
      <div className="settings-grid">
        {TEXTS.map((t) => (
          <TextField
            key={t.key}
            label={t.label}
            value={p[t.key]}
            placeholder={t.placeholder}
            hint={t.hint}
            invalid={hasProblemAt(problems, t.key)}
            onChange={(value) => update({ [t.key]: value } as Partial<Profile>)}
          />
        ))}
        <SelectField
          label="默认版式"
          value={p.format}
          options={FORMATS}
          onChange={(format) => update({ format })}
        />
      </div>
    </Section>
  )
}
