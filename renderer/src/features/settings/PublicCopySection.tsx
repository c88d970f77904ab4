import type { Profile } from '../../../../electron/contract'
import { SelectField, type Option } from './fields'
import { Section } from './Section'
import type { ProfileEditor } from './useProfileEditor'

type Rules = Profile['public_copy']
type Mode = Rules['phones']

const MODES: readonly Option<Mode>[] = [
  { value: 'keep', label: '保留' },
  { value: 'mask', label: '部分遮盖' },
  { value: 'remove', label: '删除' }
]

const RULES: { key: Exclude<keyof Rules, 'cc'>; label: string; hint: string }[] = [
  { key: 'phones', label: '电话号码', hint: '遮盖：138********；删除：号码不再出现' },
  {
    key: 'contact_names',
    label: '主管领导、经办人（联系人）',
    hint: '删除：去掉整个联系人信息；遮盖：刘某某'
  },
  { key: 'proposer_names', label: '代表委员姓名', hint: '遮盖：龙某某；删除：×××' }
]

const CC: readonly Option<Rules['cc']>[] = [
  { value: 'remove', label: '删除' },
  { value: 'keep', label: '保留' }
]

/** What the 政务公开 copy of a signed reply takes out: each bureau's disclosure rules differ. */
export function PublicCopySection({ editor }: { editor: ProfileEditor }) {
  const { profile: p, update, problems } = editor
  const set = (next: Partial<Rules>) => update({ public_copy: { ...p.public_copy, ...next } })
  return (
    <Section
      id="publicCopy"
      problems={problems}
      intro="生成政务公开版时按这里的规定处理答复中的个人信息和抄送。"
    >
      <div className="settings-grid">
        {RULES.map((r) => (
          <SelectField
            key={r.key}
            label={r.label}
            hint={r.hint}
            value={p.public_copy[r.key]}
            options={MODES}
            onChange={(value) => set({ [r.key]: value })}
          />
        ))}
        <SelectField
          label="抄送"
          value={p.public_copy.cc}
          options={CC}
          onChange={(cc) => set({ cc })}
        />
      </div>
    </Section>
  )
}
