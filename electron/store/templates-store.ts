import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  loadProfile,
  loadTemplate,
  type LoadResult,
  type Profile,
  type Template
} from '../domain/templates'

// Reads templates/*.json and templates/profiles/*.json. A broken file does not stop the others:
// its problems are collected for the settings page, in Chinese, with file and line.

export type ProfileFile = { file: string; profile: Profile }

function jsonFiles(dir: string): string[] | null {
  try {
    return readdirSync(dir)
      .filter((f) => f.toLowerCase().endsWith('.json'))
      .sort()
  } catch {
    return null
  }
}

function readAll<T>(dir: string, load: (source: string, file: string) => LoadResult<T>) {
  const loaded: { file: string; value: T }[] = []
  const problems: string[] = []
  const files = jsonFiles(dir)
  if (!files) return { loaded, problems: [`找不到文件夹 ${dir}`] }
  for (const file of files) {
    const result = load(readFileSync(join(dir, file), 'utf8'), file)
    if (result.ok) loaded.push({ file, value: result.value })
    else problems.push(...result.error.split('\n'))
  }
  return { loaded, problems }
}

export function loadTemplatesDir(dir: string): { templates: Template[]; problems: string[] } {
  const { loaded, problems } = readAll(dir, loadTemplate)
  const templates: Template[] = []
  const seen = new Map<string, string>()
  for (const { file, value } of loaded) {
    const first = seen.get(value.id)
    if (first) {
      problems.push(`${file}：模板编号“${value.id}”与 ${first} 重复，已忽略此文件`)
      continue
    }
    seen.set(value.id, file)
    templates.push(value)
  }
  return { templates, problems }
}

export function loadProfilesDir(dir: string): { profiles: ProfileFile[]; problems: string[] } {
  const { loaded, problems } = readAll(dir, loadProfile)
  return { profiles: loaded.map(({ file, value }) => ({ file, profile: value })), problems }
}
