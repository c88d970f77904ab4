import { useState, type ReactNode } from 'react'
import type { ReplyFields } from '../../../../electron/contract'
import { fieldProblems } from './validate'

type Props = {
  fields: ReplyFields
  onChange: (patch: Partial<ReplyFields>) => void
  classifications: string[]
  templates: { id: string; name: string }[]
  templateId: string
  onTemplateChange: (id: string) => void
  /** Takes the next free number from the register for this reply's kind and year. */
  onAllocateDocNumber: () => void
  readOnly?: boolean
  /** values the service refused, each with what is wrong in the form's words */
  refused?: Partial<Record<keyof ReplyFields, string>>
}

type TextKey = {
  [K in keyof ReplyFields]-?: ReplyFields[K] extends string ? K : never
}[keyof ReplyFields]
type ListKey = 'cc' | 'attachments' | 'co_signers'

const KINDS: ReplyFields['kind'][] = ['建议', '提案', '协办意见', '会办意见']
const PROPOSER_TYPES: ReplyFields['proposer_type'][] = ['代表', '委员', '党派', '团体']
const ROLES: ReplyFields['role'][] = ['主办', '协办', '分办', '会办']
const DISCLOSURES = ['主动公开', '依申请公开', '不予公开', '同意公开', '予以公开']

export function FieldsForm(props: Props) {
  const { fields, onChange } = props
  const problems = { ...fieldProblems(fields), ...props.refused }

  const wrap = (key: keyof ReplyFields, label: string, control: ReactNode) => (
    <label className="field" key={key}>
      <span>{label}</span>
      {control}
      {problems[key] && (
        <em className="field-error" role="alert">
          {problems[key]}
        </em>
      )}
    </label>
  )
  const text = (key: TextKey, label: string, placeholder = '', type = 'text') =>
    wrap(
      key,
      label,
      <input
        type={type}
        value={fields[key] ?? ''}
        placeholder={placeholder}
        aria-invalid={!!problems[key]}
        onChange={(e) => onChange({ [key]: e.target.value })}
      />
    )
  const select = (key: TextKey, label: string, options: string[]) =>
    wrap(
      key,
      label,
      <select value={fields[key] ?? ''} onChange={(e) => onChange({ [key]: e.target.value })}>
        {!options.includes(fields[key] ?? '') && (
          <option value={fields[key] ?? ''}>{fields[key] || '（未选）'}</option>
        )}
        {options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    )
  const list = (key: ListKey, label: string, placeholder: string) =>
    wrap(
      key,
      label,
      <ListBox
        value={fields[key]}
        placeholder={placeholder}
        onChange={(lines) => onChange({ [key]: lines })}
      />
    )

  return (
    <form className="fields" aria-label="答复字段" onSubmit={(e) => e.preventDefault()}>
      <fieldset disabled={props.readOnly} className="fields-lock">
        <fieldset>
          <legend>交办信息</legend>
          {select('kind', '类别', KINDS)}
          {select('role', '承办方式', ROLES)}
          {text('session', '届次', '如：区人大二届五次会议')}
          {text('item_number', '编号', '如：17 或 068')}
          {text('proposer', '提出人', '如：龙钺文等代表')}
          {select('proposer_type', '提出人类型', PROPOSER_TYPES)}
          {list('co_signers', '联名人（每行一位）', '')}
          {text('subject', '建议/提案标题', '如：关于推进基层医疗服务的建议')}
          {text('assigned_date', '交办日期', '', 'date')}
        </fieldset>
        <fieldset>
          <legend>答复信息</legend>
          <label className="field">
            <span>模板</span>
            <select
              value={props.templateId}
              onChange={(e) => props.onTemplateChange(e.target.value)}
            >
              {props.templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
          {text('organ', '发文机关')}
          <div className="field-with-action">
            {text('doc_number', '文号', '如：渌卫复〔2025〕1号')}
            <button
              type="button"
              onClick={props.onAllocateDocNumber}
              title="从文号登记簿取下一个号"
            >
              取号
            </button>
          </div>
          {select('classification', '办理结果', props.classifications)}
          {select('disclosure', '公开属性', DISCLOSURES)}
          {text('date', '成文日期', '', 'date')}
          {wrap(
            'format',
            '版式',
            <select
              value={fields.format}
              onChange={(e) => onChange({ format: e.target.value as ReplyFields['format'] })}
            >
              <option value="letter">信函格式</option>
              <option value="standard">文件格式</option>
            </select>
          )}
          {text('title', '答复标题（留空则按模板生成）')}
          {text('note', '附注', '如：（此件主动公开）')}
          {list('attachments', '附件（每行一个）', '')}
        </fieldset>
        <fieldset>
          <legend>联系与抄送</legend>
          {text('leader', '主管领导')}
          {text('leader_phone', '主管领导电话')}
          {text('handler', '经办人')}
          {text('handler_phone', '经办人电话')}
          {text('postcode', '邮政编码')}
          {list('cc', '抄送（每行一个单位）', '如：区人大常委会联工委一式两份')}
        </fieldset>
      </fieldset>
    </form>
  )
}

const toLines = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean)

/**
 * One entry per line. The box keeps what was typed (a new empty line, spaces) while the reply
 * gets the clean list, so Enter starts the next entry instead of vanishing.
 */
function ListBox(props: {
  value: string[]
  placeholder: string
  onChange: (lines: string[]) => void
}) {
  const [text, setText] = useState(props.value.join('\n'))
  const [shown, setShown] = useState(props.value)
  // Filled from elsewhere (a template, a past reply): show the new list.
  if (props.value !== shown) {
    setShown(props.value)
    if (toLines(text).join('\n') !== props.value.join('\n')) setText(props.value.join('\n'))
  }
  return (
    <textarea
      rows={3}
      value={text}
      placeholder={props.placeholder}
      onChange={(e) => {
        setText(e.target.value)
        props.onChange(toLines(e.target.value))
      }}
    />
  )
}
