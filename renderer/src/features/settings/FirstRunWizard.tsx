import { useState, type FormEvent } from 'react'
import type { Profile } from '../../../../electron/contract'
import { call } from '../../lib/api'
import { invalidate, useQuery } from '../../lib/query'
import { phoneProblem } from '../drafting/validate'
import { SelectField, TextField } from './fields'
import { problemsOf, problemText } from './problems'
import { SAVED_PROFILE } from './useProfileEditor'
import { FORMATS, withPrefix } from './profile-values'

// The minimum a bureau needs before its first reply; everything else keeps the defaults (or the
// chosen example's values) and is edited later in 设置.

type Answers = {
  organ: string
  suggestionPrefix: string
  proposalPrefix: string
  leader: string
  leaderPhone: string
  handler: string
  handlerPhone: string
  format: Profile['format']
}

function answersFrom(p: Profile): Answers {
  return {
    organ: p.organ,
    suggestionPrefix: p.doc_prefixes.建议 ?? '',
    proposalPrefix: p.doc_prefixes.提案 ?? '',
    leader: p.leaders[0]?.name ?? '',
    leaderPhone: p.leaders[0]?.phone ?? '',
    handler: p.handlers[0]?.name ?? '',
    handlerPhone: p.handlers[0]?.phone ?? '',
    format: p.format
  }
}

type Person = Profile['leaders'][number]

/** The first person is the one the wizard asked for; the others come with the example. */
function firstPerson(people: Person[], name: string, phone: string): Person[] {
  const rest = people.slice(1)
  if (!name.trim()) return rest
  return [{ name: name.trim(), phone: phone.trim(), title: people[0]?.title ?? '' }, ...rest]
}

function profileFrom(base: Profile, a: Answers): Profile {
  const organ = a.organ.trim()
  return {
    ...base,
    name: base.organ === organ ? base.name : organ,
    organ,
    doc_prefixes: withPrefix(
      withPrefix(base.doc_prefixes, '建议', a.suggestionPrefix),
      '提案',
      a.proposalPrefix
    ),
    leaders: firstPerson(base.leaders, a.leader, a.leaderPhone),
    handlers: firstPerson(base.handlers, a.handler, a.handlerPhone),
    format: a.format
  }
}

type Props = { blank: Profile; onSaved: () => void; onLater: () => void }

export function FirstRunWizard({ blank, onSaved, onLater }: Props) {
  const examples = useQuery('profile:examples', {}, '').value?.examples ?? []
  const [exampleFile, setExampleFile] = useState('')
  const [answers, setAnswers] = useState(() => answersFrom(blank))
  const [tried, setTried] = useState(false)
  const [errors, setErrors] = useState<string[]>([])
  const [saving, setSaving] = useState(false)

  const base = examples.find((e) => e.file === exampleFile)?.profile ?? blank
  const set = (patch: Partial<Answers>) => setAnswers((a) => ({ ...a, ...patch }))
  const chooseExample = (file: string) => {
    setExampleFile(file)
    setAnswers(answersFrom(examples.find((e) => e.file === file)?.profile ?? blank))
  }

  const organProblem = tried && !answers.organ.trim() ? '请填写单位名称。' : ''
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setTried(true)
    if (!answers.organ.trim()) return
    setSaving(true)
    const result = await call('profile:save', { profile: profileFrom(base, answers) })
    setSaving(false)
    if (result.ok) {
      invalidate(...SAVED_PROFILE)
      onSaved()
    } else {
      const problems = problemsOf(result.error.details).map(problemText)
      setErrors(problems.length ? problems : [result.error.message])
    }
  }

  return (
    <form className="wizard" aria-label="首次使用：填写单位设置" onSubmit={(e) => void submit(e)}>
      <h2>首次使用：填写单位设置</h2>
      <p className="hint">
        只需填写以下几项，新建答复时即可自动带出发文机关、文号和联系人。抄送、办理结果类别、版式等可随时在“设置”中修改。
      </p>
      {examples.length > 0 && (
        <SelectField
          label="从示例开始（可选）"
          value={exampleFile}
          options={[
            { value: '', label: '不使用示例' },
            ...examples.map((e) => ({ value: e.file, label: e.profile.name || e.file }))
          ]}
          hint="示例带有该单位的抄送、类别和版式，可在此基础上修改"
          onChange={chooseExample}
        />
      )}
      <div className="settings-grid">
        <TextField
          label="单位名称"
          value={answers.organ}
          placeholder="如：株洲市渌口区卫生健康局"
          problem={organProblem}
          onChange={(organ) => set({ organ })}
        />
        <SelectField
          label="版式"
          value={answers.format}
          options={FORMATS}
          onChange={(format) => set({ format })}
        />
        <TextField
          label="建议答复的文号代字"
          value={answers.suggestionPrefix}
          placeholder="如：渌卫复"
          onChange={(suggestionPrefix) => set({ suggestionPrefix })}
        />
        <TextField
          label="提案答复的文号代字"
          value={answers.proposalPrefix}
          placeholder="如：渌卫复"
          onChange={(proposalPrefix) => set({ proposalPrefix })}
        />
        <TextField label="主管领导" value={answers.leader} onChange={(leader) => set({ leader })} />
        <TextField
          label="主管领导电话"
          value={answers.leaderPhone}
          problem={phoneProblem(answers.leaderPhone.trim())}
          onChange={(leaderPhone) => set({ leaderPhone })}
        />
        <TextField
          label="经办人"
          value={answers.handler}
          onChange={(handler) => set({ handler })}
        />
        <TextField
          label="经办人电话"
          value={answers.handlerPhone}
          problem={phoneProblem(answers.handlerPhone.trim())}
          onChange={(handlerPhone) => set({ handlerPhone })}
        />
      </div>
      {errors.length > 0 && (
        <ul className="settings-problems" role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <div className="settings-inline">
        <button type="submit" className="primary" disabled={saving}>
          保存单位设置
        </button>
        <button type="button" onClick={onLater}>
          稍后设置
        </button>
      </div>
    </form>
  )
}
