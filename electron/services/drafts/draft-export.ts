import type { Composition, DocxExport, Draft, Preview } from '../../contract/drafts'
import { AppFailure } from '../../contract/result'
import {
  composeReply,
  replyDueDate,
  requiredFieldsMissing,
  unfilledPrompts
} from '../../domain/compose'
import { bodyFromEditorState } from '../../domain/lexical-body'
import { ownWording, ownWordingNotice } from '../../domain/drafting/own-wording'
import { defaultLayout } from '../../domain/layout'
import { paginate, previewFonts } from '../../domain/pages'
import type { DocFormat } from '../../domain/reply'
import { UNFINISHED_STATUSES } from '../../domain/review/status'
import type { Profile } from '../../domain/templates'
import { buildDocx } from '../../export/docx'
import { composedToPlainText } from '../../export/plain-text'
import type { ServiceContext } from '../context'
import { activeProfile, findTemplate } from '../draft-templates'
import { safeFileName } from '../file-name'
import { approvalForExport, commentsForExport } from '../review/review-service'

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export function composeDraft(
  ctx: ServiceContext,
  draft: Draft,
  format?: DocFormat,
  profile: Profile = activeProfile(ctx)
): Composition {
  const template = findTemplate(ctx, draft.template_id)
  const fields = format ? { ...draft.fields, format } : draft.fields
  const body = bodyFromEditorState(draft.body)
  const prompts = unfilledPrompts(body).map((p) => ({ field: 'body', label: `正文中的${p}` }))
  const notice = ownWordingNotice(ownWording(body))
  return {
    composed: composeReply(fields, body, template, profile),
    missing: [...requiredFieldsMissing(fields, template, profile), ...prompts],
    notices: notice ? [notice] : []
  }
}

function dueOf(draft: Draft, profile: Profile): Preview['due'] {
  const { kind, assigned_date } = draft.fields
  const date = replyDueDate(kind, assigned_date, profile)
  return date ? { date, open: UNFINISHED_STATUSES.has(draft.status) } : null
}

export function previewDraft(ctx: ServiceContext, draft: Draft, format?: DocFormat): Preview {
  // The preview follows every save: the profile is read and validated once for both uses.
  const profile = activeProfile(ctx)
  const composition = composeDraft(ctx, draft, format, profile)
  const layout = defaultLayout()
  return {
    ...composition,
    due: dueOf(draft, profile),
    pages: paginate(composition.composed, layout),
    fonts: previewFonts(layout)
  }
}

export type DocxOptions = {
  format?: DocFormat | undefined
  /** a review copy: open comments become Word comments */
  comments?: boolean | undefined
}

export const DATE_PLACEHOLDER_WARNING =
  '成文日期尚未填写，文中以“【成文日期】”标出；签发定稿前请填写成文日期。'

export type BuiltDocx = Omit<DocxExport, 'base64' | 'fileName' | 'mimeType'> & {
  bytes: Uint8Array
  /** the file name without its extension */
  name: string
}

/** The DOCX every export starts from: the PDF is this file rendered, so both have the same pages. */
export async function buildDraftDocx(
  ctx: ServiceContext,
  draft: Draft,
  { format, comments }: DocxOptions = {}
): Promise<BuiltDocx> {
  const { composed, missing } = composeDraft(ctx, draft, format)
  const { approval, problem } = approvalForExport(ctx.db, draft)
  // A review copy may go out before the 文号 is taken, and an unsigned draft before 成文日期 (the
  // day the leader signs) is known; the signed, final copy must be complete.
  const blocking = comments ? [] : missing.filter((m) => approval || m.field !== 'date')
  if (blocking.length) {
    throw new AppFailure(
      'invalid-input',
      `还有内容没有填写：${blocking.map((m) => m.label).join('、')}。填写后再导出。`,
      blocking
    )
  }
  const open = comments ? commentsForExport(ctx.db, draft.id) : []
  const bytes = await buildDocx(composed, defaultLayout(), { approval, comments: open })
  const undated = !approval && missing.some((m) => m.field === 'date')
  return {
    approval,
    comments: open.length,
    warnings: [...(problem ? [problem] : []), ...(undated ? [DATE_PLACEHOLDER_WARNING] : [])],
    name: `${safeFileName(composed.title)}${comments ? '（审阅稿）' : ''}`,
    bytes
  }
}

export async function draftDocx(
  ctx: ServiceContext,
  draft: Draft,
  options: DocxOptions = {}
): Promise<DocxExport> {
  const { bytes, name, ...rest } = await buildDraftDocx(ctx, draft, options)
  return {
    ...rest,
    fileName: `${name}.docx`,
    mimeType: DOCX_MIME,
    base64: Buffer.from(bytes).toString('base64')
  }
}

/** Body and fields as plain text, for pasting into the online 建议提案 systems. */
export function draftPlainText(ctx: ServiceContext, draft: Draft): string {
  return composedToPlainText(composeDraft(ctx, draft).composed)
}
