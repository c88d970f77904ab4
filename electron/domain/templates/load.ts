import type { z } from 'zod'
import { lineAt, offsetOf, readJsonSource } from './json-source'
import { profileSchema, type Profile } from './profile-schema'
import { templateSchema, type Template } from './template-schema'

export type LoadProblem = { file: string; line: number; message: string }

export type LoadResult<T> =
  | { ok: true; value: T }
  | { ok: false; problems: LoadProblem[]; /** every problem, one per line */ error: string }

type Issue = z.core.$ZodRawIssue

const TYPE_NAMES: Record<string, string> = {
  string: '文字（用英文双引号括起）',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表（用 [ ] 括起）',
  object: '一组设置（用 { } 括起）',
  literal: '固定值'
}

function describeInput(input: unknown): string {
  if (input === null) return 'null'
  if (Array.isArray(input)) return '列表'
  if (typeof input === 'string') return '文字'
  if (typeof input === 'number') return '数字'
  if (typeof input === 'boolean') return String(input)
  return '一组设置'
}

function sizeWord(origin: unknown): string {
  return origin === 'array' ? '项' : origin === 'string' ? '个字' : ''
}

function chineseMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        const key = issue.path?.[issue.path.length - 1]
        return key === undefined ? '内容为空' : `缺少设置项“${String(key)}”`
      }
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected
      return `应为${expected}，这里写的是${describeInput(issue.input)}`
    }
    case 'unrecognized_keys':
      return `不认识的设置项${issue.keys.map((k) => `“${k}”`).join('、')}，请检查拼写`
    case 'invalid_value':
      return `应为${issue.values.map((v) => `“${String(v)}”`).join('、')}${issue.values.length > 1 ? '之一' : ''}`
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return '不能为空'
      return `不能少于 ${String(issue.minimum)}${sizeWord(issue.origin)}`
    case 'too_big':
      return `不能多于 ${String(issue.maximum)}${sizeWord(issue.origin)}`
    case 'invalid_key':
      return '设置项名称不正确'
    default:
      return '写法不正确'
  }
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `第${p + 1}项` : String(p))).join(' → ')
}

function failure(problems: LoadProblem[]): LoadResult<never> {
  const error = problems.map((p) => `${p.file} 第 ${p.line} 行：${p.message}`).join('\n')
  return { ok: false, problems, error }
}

type Checked<T> = { ok: true; value: T } | { ok: false; issues: z.core.$ZodIssue[] }

function check<S extends z.ZodType>(schema: S, value: unknown): Checked<z.output<S>> {
  const parsed = schema.safeParse(value, { error: chineseMessage, reportInput: true })
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: parsed.error.issues }
}

/** The setting a problem is about; a missing key is named by the message, so its parent is shown. */
function where(issue: z.core.$ZodIssue): string {
  const missing = issue.code === 'invalid_type' && issue.input === undefined
  const path = missing ? issue.path.slice(0, -1) : issue.path
  return path.length ? `（${pathText(path)}）` : ''
}

function load<S extends z.ZodType>(
  schema: S,
  source: string,
  file: string
): LoadResult<z.output<S>> {
  const json = readJsonSource(source)
  if (!json.ok) {
    return failure([
      { file, line: lineAt(source, json.offset), message: `不是有效的 JSON：${json.message}` }
    ])
  }
  const checked = check(schema, json.value)
  if (checked.ok) return checked
  const problems = checked.issues.map((issue): LoadProblem => {
    const extra = issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : []
    const line = lineAt(source, offsetOf(json.offsets, [...issue.path, ...extra]))
    return { file, line, message: `${where(issue)}${issue.message}` }
  })
  problems.sort((a, b) => a.line - b.line)
  return failure(problems)
}

export function loadTemplate(source: string, fileName: string): LoadResult<Template> {
  return load(templateSchema, source, fileName)
}

export function loadProfile(source: string, fileName: string): LoadResult<Profile> {
  return load(profileSchema, source, fileName)
}

/** Where a form shows a problem: the setting's path (leaders, 0, phone) and the message. */
export type SettingProblem = { path: (string | number)[]; message: string }

/** A profile edited in a form rather than a file: problems name the setting instead of a line. */
export function validateProfile(
  value: unknown
): { ok: true; value: Profile } | { ok: false; error: string; problems: SettingProblem[] } {
  const checked = check(profileSchema, value)
  if (checked.ok) return checked
  return {
    ok: false,
    error: checked.issues.map((i) => `${where(i)}${i.message}`).join('\n'),
    problems: checked.issues.map((i) => ({
      path: i.path.filter((p) => typeof p !== 'symbol'),
      message: i.message
    }))
  }
}
