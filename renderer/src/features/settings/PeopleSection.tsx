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
        columns={['姓名', '职务', '联系电话', '签发权']}
        items={profile[role.key]}
        onChange={(people) => update({ [role.key]: people })}
        blank={(): Person => ({ name: '', phone: '', title: '' })}
        row={(person, set, i) => (
          <>
            <CellInput
              name={`第${i + 1}个${role.label}姓名`}
              value={person.name}
              invalid={at(i, 'name')}
              // A public key belongs to the name it was made for; a renamed entry gets its own.
              onChange={(name) => set({ name, public_key: undefined })}
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
            <SignerCell
              name={`第${i + 1}个${role.label}有签发权`}
              person={person}
              onChange={(signer) => set({ signer })}
            />
          </>
        )}
      />
    </>
  )
}

function SignerCell(props: { name: string; person: Person; onChange: (on: boolean) => void }) {
  const { signer, public_key } = props.person
  return (
    <td>
      <input
        type="checkbox"
        aria-label={props.name}
        checked={signer ?? false}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      {signer && (
        <span className="muted signer-key">
          {public_key
            ? `已登记签名公钥 …${public_key.replace(/=+$/, '').slice(-8)}`
            : '本人设置 PIN 后生成签名密钥'}
        </span>
      )}
    </td>
  )
}

export function PeopleSection({ editor }: { editor: ProfileEditor }) {
  return (
    <Section id="people" problems={editor.problems}>
      {ROLES.map((role) => (
        <People key={role.key} role={role} editor={editor} />
      ))}
      <SigningNote />
    </Section>
  )
}

/** What the signature on a sign-off protects, and what it does not, in plain words. */
function SigningNote() {
  return (
    <div className="signing-note" role="note" aria-label="签发与电子签名说明">
      <h3>签发与电子签名</h3>
      <p>
        只有勾选“签发权”的人员可以签发。签发人第一次设置或使用 PIN 时，本机为其生成签名密钥：私钥用
        PIN
        加密后保存在本机，公钥记入本单位设置，随设置文件带到其他电脑。每次签发都对答复内容、签发意见、签发人和时间签名；导入审核包、导出文件和显示“已签发”时都要验证。
      </p>
      <p>
        <strong>能防止：</strong>
        改动审核包或数据库记录来冒充签发（例如把状态改为已签发、把签发人改成局长）；没有签发权的人或不知道签发人
        PIN 的人签发。
      </p>
      <p>
        <strong>不能防止：</strong>知道签发人 PIN
        的人以其名义签发；能修改本机单位设置的人（管理员）替换或添加签名公钥。请签发人妥善保管
        PIN，导入他人的设置文件前核对来源。取消某人的签发权后，其以前的签发也不再通过验证。签发人的公钥由其第一次设置
        PIN 时登记，所以请在签发人本人在场、即将设置 PIN
        时再授予签发权。答复签发后由办公室取的文号不在签名范围内（签发后编号）。
      </p>
    </div>
  )
}
