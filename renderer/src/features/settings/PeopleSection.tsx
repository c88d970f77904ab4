import type { Profile } from '../../../../electron/contract'
import { phoneProblem } from '../drafting/validate'
import { hasProblemAt } from './problems'
import { CellInput, RowList } from './RowList'
import { Section } from './Section'
import type { ProfileEditor } from './useProfileEditor'

type Person = Profile['leaders'][number]
type Role = 'leaders' | 'handlers'

const ROLES: { key: Role; label: string; intro: string }[] = [
  {
    key: 'leaders',
    label: '主管领导',
    intro: '联系人信息中的主管领导或承办负责人，新建答复时默认填第一位。'
  },
  {
    key: 'handlers',
    label: '经办人',
    intro: '联系人信息中的经办人或承办人，新建答复时默认填第一位。'
  }
]

function People({ role, editor }: { role: (typeof ROLES)[number]; editor: ProfileEditor }) {
  const { profile, update, problems } = editor
  const at = (i: number, key: keyof Person) => hasProblemAt(problems, role.key, i, key)
  return (
    <>
      <h3>{role.label}</h3>
      <p className="hint">{role.intro}</p>
      <RowList
        label={role.label}
        columns={['姓名', '职务', '联系电话']}
        items={profile[role.key]}
        onChange={(people) => update({ [role.key]: people })}
        blank={() => ({ name: '', phone: '', title: '' })}
        row={(person, set, i) => (
          <>
            <CellInput
              name={`第${i + 1}个${role.label}姓名`}
              value={person.name}
              invalid={at(i, 'name')}
              onChange={(name) => set({ name })}
            />
            <CellInput
              name={`第${i + 1}个${role.label}职务`}
              value={person.title}
              placeholder="如：副局长"
              onChange={(title) => set({ title })}
            />
            <CellInput
              name={`第${i + 1}个${role.label}电话`}
              value={person.phone}
              placeholder="手机或 0730-8206079"
              problem={phoneProblem(person.phone.trim()) || undefined}
              invalid={at(i, 'phone')}
              onChange={(phone) => set({ phone })}
            />
          </>
        )}
      />
    </>
  )
}

export function PeopleSection({ editor }: { editor: ProfileEditor }) {
  return (
    <Section id="people" problems={editor.problems}>
      {ROLES.map((role) => (
        <People key={role.key} role={role} editor={editor} />
      ))}
    </Section>
  )
}
