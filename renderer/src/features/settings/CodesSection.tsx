import { useState } from 'react'
import type { ClassCode, ProfileExamples } from '../../../../electron/contract'
import { SelectField } from './fields'
import { hasProblemAt } from './problems'
import { CellInput, RowList } from './RowList'
import { Section } from './Section'
import type { ProfileEditor } from './useProfileEditor'

const GRADES: { value: ClassCode['grade']; label: string }[] = [
  { value: 'A', label: '已解决或采纳（A 类措辞）' },
  { value: 'B', label: '正在解决或列入计划（B 类措辞）' },
  { value: 'C', label: '暂难解决或留作参考（C 类措辞）' }
]

const DISCLOSURES = ['', '主动公开', '依申请公开', '不予公开', '同意公开', '予以公开']

/** The bureau's own wording stays selectable when it is not one of the usual ones. */
const disclosureOptions = (current: string) =>
  [...new Set([...DISCLOSURES, current])].map((v) => ({ value: v, label: v || '（不预填）' }))

type Props = { editor: ProfileEditor; codeLists: ProfileExamples['code_lists'] }

export function CodesSection({ editor, codeLists }: Props) {
  const { profile: p, update, problems } = editor
  const [preset, setPreset] = useState(codeLists[0]?.name ?? '')
  const apply = () => {
    const list = codeLists.find((l) => l.name === preset)
    if (list) update({ classification_codes: list.codes.map((c) => ({ ...c })) })
  }
  return (
    <Section
      id="codes"
      problems={problems}
      intro="答复标注的办理结果类别。开头和结尾的措辞按每个类别的含义选用。"
    >
      <div className="settings-inline">
        <label>
          常用类别
          <select value={preset} onChange={(e) => setPreset(e.target.value)}>
            {codeLists.map((l) => (
              <option key={l.name} value={l.name}>
                {l.codes.map((c) => c.code).join(' / ')}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={apply}>
          套用
        </button>
      </div>
      <RowList
        label="类别"
        columns={['代码', '含义', '说明']}
        items={p.classification_codes}
        onChange={(classification_codes) => update({ classification_codes })}
        blank={(): ClassCode => ({ code: '', grade: 'A', label: '' })}
        row={(c, set, i) => (
          <>
            <CellInput
              name={`第${i + 1}个类别代码`}
              value={c.code}
              width="4em"
              invalid={hasProblemAt(problems, 'classification_codes', i, 'code')}
              onChange={(code) => set({ code })}
            />
            <td>
              <select
                aria-label={`第${i + 1}个类别含义`}
                value={c.grade}
                onChange={(e) => set({ grade: e.target.value as ClassCode['grade'] })}
              >
                {GRADES.map((g) => (
                  <option key={g.value} value={g.value}>
                    {g.label}
                  </option>
                ))}
              </select>
            </td>
            <CellInput
              name={`第${i + 1}个类别说明`}
              value={c.label}
              onChange={(label) => set({ label })}
            />
          </>
        )}
      />
      <SelectField
        label="默认公开属性"
        value={p.disclosure_default}
        options={disclosureOptions(p.disclosure_default)}
        onChange={(disclosure_default) => update({ disclosure_default })}
      />
    </Section>
  )
}
