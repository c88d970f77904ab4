import type { Profile } from '../../../../electron/contract'
import { SelectField, TextField } from './fields'
import { hasProblemAt } from './problems'
import { CellInput, RowList } from './RowList'
import { Section } from './Section'
import type { ProfileEditor } from './useProfileEditor'

type Source = '人大' | '政协'
type Entry = NonNullable<Profile['cc_presets'][Source]>[number]
type Choice = 'template' | 'none' | 'list'

const CHOICES: { value: Choice; label: string }[] = [
  { value: 'template', label: '按模板默认' },
  { value: 'none', label: '不抄送' },
  { value: 'list', label: '指定单位' }
]

const MODES: { value: Profile['cc_mode']; label: string }[] = [
  { value: 'strict', label: '只写单位名称（GB/T 9704）' },
  { value: 'local', label: '写明份数和说明（如“一式两份”）' }
]

function choiceOf(entries: Entry[] | undefined): Choice {
  return entries === undefined ? 'template' : entries.length ? 'list' : 'none'
}

function copiesOf(text: string): number | undefined {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined
}

function Presets({ source, editor }: { source: Source; editor: ProfileEditor }) {
  const { profile, update, problems, check } = editor
  const entries = profile.cc_presets[source]
  const setEntries = (next: Entry[] | undefined) => {
    const presets = { ...profile.cc_presets }
    if (next) presets[source] = next
    else delete presets[source]
    update({ cc_presets: presets })
  }
  const choose = (choice: Choice) =>
    setEntries(choice === 'template' ? undefined : choice === 'none' ? [] : [{ name: '' }])
  return (
    <div className="settings-cc">
      <SelectField
        label={`${source}${source === '人大' ? '建议' : '提案'}的抄送单位`}
        value={choiceOf(entries)}
        options={CHOICES}
        onChange={choose}
      />
      {entries && entries.length > 0 && (
        <RowList
          label={`${source}抄送单位`}
          columns={['单位名称', '份数', '说明（如送达方式）']}
          items={entries}
          onChange={(next) => setEntries(next)}
          blank={(): Entry => ({ name: '' })}
          row={(e, set, i) => (
            <>
              <CellInput
                name={`第${i + 1}个${source}抄送单位名称`}
                value={e.name}
                invalid={hasProblemAt(problems, 'cc_presets', source, i, 'name')}
                placeholder="如：区人大常委会联工委"
                onChange={(name) => set({ name })}
              />
              <CellInput
                name={`第${i + 1}个${source}抄送单位份数`}
                value={e.copies === undefined ? '' : String(e.copies)}
                width="4em"
                invalid={hasProblemAt(problems, 'cc_presets', source, i, 'copies')}
                onChange={(text) => set({ copies: copiesOf(text) })}
              />
              <CellInput
                name={`第${i + 1}个${source}抄送单位说明`}
                value={e.note ?? ''}
                onChange={(note) => set({ note: note || undefined })}
              />
            </>
          )}
        />
      )}
      <p className="settings-sample">
        示例：
        <output aria-label={`${source}抄送示例`}>
          {check?.sample?.cc[source] || '（不抄送）'}
        </output>
      </p>
    </div>
  )
}

export function CcSection({ editor }: { editor: ProfileEditor }) {
  const { profile: p, update, problems } = editor
  return (
    <Section
      id="cc"
      problems={problems}
      intro="新建答复时按建议、提案的来源填入抄送单位，起草时仍可修改。"
    >
      <Presets source="人大" editor={editor} />
      <Presets source="政协" editor={editor} />
      <div className="settings-grid">
        <SelectField
          label="抄送写法"
          value={p.cc_mode}
          options={MODES}
          onChange={(cc_mode) => update({ cc_mode })}
        />
        <TextField
          label="份数写法"
          value={p.copies_pattern}
          invalid={hasProblemAt(problems, 'copies_pattern')}
          hint="{copies_cn} 写作汉字（两），{copies} 写作数字（2）"
          onChange={(copies_pattern) => update({ copies_pattern })}
        />
      </div>
    </Section>
  )
}
