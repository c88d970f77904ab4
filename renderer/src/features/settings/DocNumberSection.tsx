import { useState } from 'react'
import type { Profile } from '../../../../electron/contract'
import { DocLineField } from './DocLineField'
import { RegisterList } from './RegisterList'
import { hasProblemAt } from './problems'
import { KINDS, withPrefix } from './profile-values'
import { CellInput, RowList } from './RowList'
import { Section } from './Section'
import type { ProfileEditor } from './useProfileEditor'

type YearRow = { year: string; kind: string; prefix: string }

function yearRows(byYear: Profile['doc_prefixes_by_year']): YearRow[] {
  return Object.entries(byYear).flatMap(([year, prefixes]) =>
    Object.entries(prefixes).map(([kind, prefix]) => ({ year, kind, prefix: prefix ?? '' }))
  )
}

function byYearOf(rows: YearRow[]): Profile['doc_prefixes_by_year'] {
  const out: Record<string, Record<string, string>> = {}
  for (const r of rows) (out[r.year.trim()] ??= {})[r.kind] = r.prefix.trim()
  return out as Profile['doc_prefixes_by_year']
}

export function DocNumberSection({ editor }: { editor: ProfileEditor }) {
  const { profile: p, update, problems, check } = editor
  // Rows are kept as typed: a half-typed year must not reorder or merge them.
  const [rows, setRows] = useState(() => yearRows(p.doc_prefixes_by_year))
  const setYearRows = (next: YearRow[]) => {
    setRows(next)
    update({ doc_prefixes_by_year: byYearOf(next) })
  }
  return (
    <Section id="docNumber" problems={problems}>
      <table className="settings-prefixes" aria-label="文号代字">
        <thead>
          <tr>
            <th scope="col">答复类别</th>
            <th scope="col">文号代字</th>
            <th scope="col">今年下一个号</th>
          </tr>
        </thead>
        <tbody>
          {KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{kind}</th>
              <CellInput
                name={`${kind}文号代字`}
                value={p.doc_prefixes[kind] ?? ''}
                placeholder="如：渌卫复"
                invalid={hasProblemAt(problems, 'doc_prefixes', kind)}
                onChange={(v) => update({ doc_prefixes: withPrefix(p.doc_prefixes, kind, v) })}
              />
              <td className="muted" aria-label={`${kind}下一个文号`}>
                {check?.next_numbers[kind] ?? '未设代字'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <DocLineField
        profile={p}
        sample={check?.sample?.doc_line}
        nextNumber={check?.next_numbers.建议}
        invalid={hasProblemAt(problems, 'doc_line')}
        onChange={(doc_line) => update({ doc_line })}
      />
      <h3>按年份的代字</h3>
      <p className="hint">代字在某一年有变化时填写，该年取号时优先使用。</p>
      <RowList
        label="年份代字"
        columns={['年份', '答复类别', '文号代字']}
        items={rows}
        onChange={setYearRows}
        blank={() => ({ year: String(new Date().getFullYear()), kind: '建议', prefix: '' })}
        row={(r, set, i) => (
          <>
            <CellInput
              name={`第${i + 1}个年份`}
              value={r.year}
              width="6em"
              onChange={(year) => set({ year })}
            />
            <td>
              <select
                aria-label={`第${i + 1}个年份代字的类别`}
                value={r.kind}
                onChange={(e) => set({ kind: e.target.value })}
              >
                {KINDS.map((k) => (
                  <option key={k}>{k}</option>
                ))}
              </select>
            </td>
            <CellInput
              name={`第${i + 1}个年份的代字`}
              value={r.prefix}
              onChange={(prefix) => set({ prefix })}
            />
          </>
        )}
      />
      <RegisterList />
    </Section>
  )
}
