import type { Profile, TemplateList } from '../../../../electron/contract'
import { LinesField, SelectField, TextField, type Option } from './fields'
import { hasProblemAt } from './problems'
import { KINDS } from './profile-values'
import { Section } from './Section'
import type { ProfileEditor } from './useProfileEditor'

type Layout = Profile['layout']
type Contact = NonNullable<Layout['contact']>

const BY_TEMPLATE = { value: '', label: '按模板' }

const yesNo = (yes: string, no: string) => [
  BY_TEMPLATE,
  { value: 'true', label: yes },
  { value: 'false', label: no }
]

type ChoiceKey = 'title_style' | 'reply_word' | 'marks' | 'signature' | 'letterhead'

const CHOICES: { key: ChoiceKey; label: string; options: Option<string>[] }[] = [
  {
    key: 'title_style',
    label: '标题样式',
    options: [
      BY_TEMPLATE,
      { value: 'plain', label: '对……的答复' },
      { value: 'organ', label: '单位名称关于对……的答复' }
    ]
  },
  {
    key: 'reply_word',
    label: '答复用语',
    options: [BY_TEMPLATE, { value: '答复', label: '答复' }, { value: '回复', label: '回复' }]
  },
  {
    key: 'marks',
    label: '类别和公开标识的位置',
    options: [
      BY_TEMPLATE,
      { value: 'docline', label: '写在文号行' },
      { value: 'lines-left', label: '左上角分行' },
      { value: 'top-right', label: '右上角' },
      { value: 'none', label: '不标注' }
    ]
  },
  { key: 'signature', label: '署名和成文日期', options: yesNo('写出', '不写') },
  { key: 'letterhead', label: '发文机关标志', options: yesNo('显示', '不显示') }
]

/** 按模板 removes the bureau's choice; the schema checks the rest when the profile is checked. */
function withChoice(layout: Layout, key: ChoiceKey, value: string): Layout {
  const next: Record<string, unknown> = { ...layout }
  if (value === '') delete next[key]
  else next[key] = key === 'signature' || key === 'letterhead' ? value === 'true' : value
  return next as Layout
}

const PLACEMENTS: Option<Contact['placement']>[] = [
  { value: 'after-signature', label: '署名和日期之后' },
  { value: 'before-signature', label: '署名和日期之前' },
  { value: 'note', label: '作为附注' }
]
const SESSION_STYLES: Option<Profile['session_style']>[] = [
  { value: 'short', label: '区人大二届五次会议' },
  { value: 'term-first', label: '市六届人大三次会议' },
  { value: 'formal', label: '第九届人民代表大会第四次会议' }
]

type Props = { editor: ProfileEditor; templates: TemplateList }

export function TemplatesSection({ editor, templates }: Props) {
  const { profile: p, update, problems, check } = editor
  const layout = p.layout
  const contact = layout.contact
  const setLayout = <K extends keyof Layout>(key: K, value: Layout[K] | undefined) => {
    const next = { ...layout }
    if (value === undefined) delete next[key]
    else next[key] = value
    update({ layout: next })
  }
  const setDefault = (kind: (typeof KINDS)[number], id: string) => {
    const next = { ...p.default_templates }
    if (id) next[kind] = id
    else delete next[kind]
    update({ default_templates: next })
  }
  const setContactLines = (lines: string[]) =>
    setLayout(
      'contact',
      lines.length ? { placement: contact?.placement ?? 'after-signature', lines } : undefined
    )
  const apart = layout.marks === 'lines-left' || layout.marks === 'top-right'
  return (
    <Section id="templates" problems={problems}>
      {templates.problems.length > 0 && (
        <ul className="settings-problems" aria-label="模板文件中的问题">
          {templates.problems.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
      <h3>默认模板</h3>
      <div className="settings-grid">
        {KINDS.map((kind) => (
          <SelectField
            key={kind}
            label={`${kind}的默认模板`}
            value={p.default_templates[kind] ?? ''}
            invalid={hasProblemAt(problems, 'default_templates', kind)}
            options={[
              { value: '', label: '按提出人自动选择' },
              ...templates.templates
                .filter((t) => t.kinds.includes(kind))
                .map((t) => ({ value: t.id, label: t.name }))
            ]}
            onChange={(id) => setDefault(kind, id)}
          />
        ))}
      </div>
      <h3>版式</h3>
      <p className="hint">未单独设置的项目按模板。</p>
      <div className="settings-grid">
        {CHOICES.map((c) => (
          <SelectField
            key={c.key}
            label={c.label}
            value={layout[c.key] === undefined ? '' : String(layout[c.key])}
            options={c.options}
            onChange={(v) => update({ layout: withChoice(layout, c.key, v) })}
          />
        ))}
        <SelectField
          label="届次写法"
          value={p.session_style}
          options={SESSION_STYLES}
          onChange={(session_style) => update({ session_style })}
        />
        <TextField
          label="问候语"
          value={p.greeting}
          placeholder="如：您好！"
          hint="写在给代表、委员的答复开头"
          onChange={(greeting) => update({ greeting })}
        />
      </div>
      {apart && (
        <LinesField
          label="标识各行"
          value={layout.mark_lines ?? []}
          invalid={hasProblemAt(problems, 'layout', 'mark_lines')}
          placeholder={'[{disclosure}]\n[{classification}]'}
          onChange={(lines) => setLayout('mark_lines', lines.length ? lines : undefined)}
        />
      )}
      <LinesField
        label="联系人信息（每行一项，留空则按模板）"
        value={contact?.lines ?? []}
        invalid={hasProblemAt(problems, 'layout', 'contact')}
        placeholder={
          '主管领导：{leader}，联系电话：{leader_phone}；\n经 办 人：{handler}，联系电话：{handler_phone}；'
        }
        hint="可用 {leader} {leader_phone} {handler} {handler_phone} {postcode}；[ ] 中的内容有值时才写出"
        onChange={setContactLines}
      />
      {contact && (
        <SelectField
          label="联系人信息的位置"
          value={contact.placement}
          options={PLACEMENTS}
          onChange={(placement) => setLayout('contact', { ...contact, placement })}
        />
      )}
      {check?.sample && (
        <div className="settings-sample" aria-label="版式示例">
          <p>按当前设置，一份人大建议答复中：</p>
          <p>文号行：{check.sample.doc_line || '（无）'}</p>
          {check.sample.marks.length > 0 && <p>标识：{check.sample.marks.join(' / ')}</p>}
          {check.sample.contact.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </Section>
  )
}
