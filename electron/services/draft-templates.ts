import type { BodyDoc } from '../domain/body'
import {
  defaultTemplateFor,
  fillFromProfile,
  renderTextBody,
  skeletonBody
} from '../domain/compose'
import type { ReplyFields } from '../domain/reply'
import { AppFailure } from '../contract/result'
import type { Profile, Template } from '../domain/templates'
import { getProfile } from '../store/profile-repo'
import { loadTemplatesDir } from '../store/templates-store'
import type { ServiceContext } from './context'

export type Prepared = { fields: ReplyFields; template: Template; profile: Profile }

// Read on every call: the files are small, and an administrator's edit shows without a restart.
export function templateSet(ctx: ServiceContext): { templates: Template[]; problems: string[] } {
  return loadTemplatesDir(ctx.templatesDir)
}

export function activeProfile(ctx: ServiceContext): Profile {
  return getProfile(ctx.db)
}

export function findTemplate(ctx: ServiceContext, id: string): Template {
  const template = templateSet(ctx).templates.find((t) => t.id === id)
  if (!template) throw new AppFailure('not-found', `找不到模板“${id}”，请在设置中查看可用的模板。`)
  return template
}

/** New drafts start from the bureau's profile and the template that fits the item. */
export function prepareFields(
  ctx: ServiceContext,
  fields: ReplyFields,
  templateId?: string
): Prepared {
  const profile = activeProfile(ctx)
  const template = templateId
    ? findTemplate(ctx, templateId)
    : defaultTemplateFor(fields.kind, fields.proposer_type, templateSet(ctx).templates, profile)
  return { fields: fillFromProfile(fields, profile, template), template, profile }
}

export function initialBody(prepared: Prepared, bodyText: string | undefined): BodyDoc {
  if (bodyText !== undefined) return renderTextBody(bodyText)
  return skeletonBody(prepared.template, prepared.fields, prepared.profile)
}
