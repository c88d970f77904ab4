import type { Profile } from '../../../../electron/contract'
import { NumberField } from './fields'
import { Section } from './Section'
import type { ProfileEditor } from './useProfileEditor'

type Key = keyof Profile['deadlines']

const LIMITS: { key: Key; label: string; hint: string }[] = [
  { key: 'reply_months', label: '答复期限（月）', hint: '自交办之日起，一般为 3 个月' },
  {
    key: 'extended_months',
    label: '经批准延期后的期限（月）',
    hint: '情况复杂的，一般不超过 6 个月'
  },
  {
    key: 'assist_months',
    label: '协办、会办意见期限（月）',
    hint: '向主办单位提出意见，一般为 1 个月'
  }
]

export function DeadlinesSection({ editor }: { editor: ProfileEditor }) {
  const { profile: p, update, problems } = editor
  return (
    <Section id="deadlines" problems={problems} intro="按交办日期和这些期限计算答复的截止日期。">
      <div className="settings-grid">
        {LIMITS.map((l) => (
          <NumberField
            key={l.key}
            label={l.label}
            hint={l.hint}
            value={p.deadlines[l.key]}
            min={1}
            max={12}
            onChange={(n) => update({ deadlines: { ...p.deadlines, [l.key]: n } })}
          />
        ))}
      </div>
      <label className="settings-check">
        <input
          type="checkbox"
          checked={p.due_notification}
          onChange={(e) => update({ due_notification: e.target.checked })}
        />{' '}
        启动时用系统通知提醒已逾期和 7 天内到期的建议提案
        <span className="hint">（仅桌面版；浏览器中仍在窗口顶部提醒）</span>
      </label>
    </Section>
  )
}
