import { REPLY_KINDS } from '../../../../electron/domain/reply'
import { STATUS_LABELS } from '../../../../electron/domain/review/status'
import type { FilterInput } from './filters'
import { ImeInput } from './ImeInput'

type Props = {
  value: FilterInput
  onChange: (patch: Partial<FilterInput>) => void
  onClear: () => void
  canClear: boolean
}

export function FilterBar({ value, onChange, onClear, canClear }: Props) {
  const text = (key: 'session' | 'proposer' | 'leader', label: string, placeholder: string) => (
    <label className="filter">
      <span>{label}</span>
      <ImeInput
        value={value[key]}
        placeholder={placeholder}
        onValue={(v) => onChange({ [key]: v })}
      />
    </label>
  )
  return (
    <div className="filter-bar" role="group" aria-label="筛选">
      <label className="filter filter-narrow">
        <span>年份</span>
        <input
          value={value.year}
          inputMode="numeric"
          maxLength={4}
          placeholder="如 2024"
          onChange={(e) => onChange({ year: e.target.value.replace(/\D/g, '') })}
        />
      </label>
      <label className="filter filter-narrow">
        <span>类别</span>
        <select value={value.kind} onChange={(e) => onChange({ kind: e.target.value })}>
          <option value="">全部</option>
          {REPLY_KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </label>
      <label className="filter filter-narrow">
        <span>办理结果</span>
        <input
          value={value.classification}
          list="archive-classes"
          maxLength={10}
          placeholder="如 A"
          onChange={(e) => onChange({ classification: e.target.value })}
        />
        <datalist id="archive-classes">
          <option value="A" />
          <option value="B" />
          <option value="C" />
        </datalist>
      </label>
      {text('session', '届次', '如 区人大二届五次')}
      {text('proposer', '提出人', '如 龙钺文')}
      {text('leader', '主管领导', '姓名')}
      <label className="filter filter-narrow">
        <span>状态</span>
        <select
          value={value.status}
          onChange={(e) => onChange({ status: e.target.value as FilterInput['status'] })}
        >
          <option value="">全部</option>
          {Object.entries(STATUS_LABELS).map(([status, label]) => (
            <option key={status} value={status}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {canClear && (
        <button type="button" className="link" onClick={onClear}>
          清除筛选
        </button>
      )}
    </div>
  )
}
