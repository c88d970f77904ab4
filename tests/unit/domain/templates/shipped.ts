import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadProfilesDir, loadTemplatesDir } from '../../../../electron/store/templates-store'
import type { Profile, Template } from '../../../../electron/domain/templates'

// The templates and profiles the app ships, loaded the way the app loads them.

export const TEMPLATES_DIR = join(__dirname, '..', '..', '..', '..', 'templates')

export const shippedTemplates: Template[] = loadTemplatesDir(TEMPLATES_DIR).templates

export function shippedTemplate(id: string): Template {
  const t = shippedTemplates.find((x) => x.id === id)
  if (!t) throw new Error(`no template ${id}`)
  return t
}

export function shippedProfile(name: 'lukou' | 'yueyang' | 'xianning'): Profile {
  const p = loadProfilesDir(join(TEMPLATES_DIR, 'profiles')).profiles.find(
    (x) => x.file === `${name}.json`
  )
  if (!p) throw new Error(`no profile ${name}`)
  return p.profile
}

export type ExpectedReply = Record<string, unknown> & { file: string }

export function expectedReply(file: string): ExpectedReply {
  const all = JSON.parse(
    readFileSync(
      join(__dirname, '..', '..', '..', 'fixtures', 'templates', 'expected-replies.json'),
      'utf8'
    )
  ) as ExpectedReply[]
  const found = all.find((e) => e.file === file)
  if (!found) throw new Error(`no expected reply ${file}`)
  return found
}
