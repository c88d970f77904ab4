import type { Composition, Draft, ExportedFile, Preview } from '../contract/drafts'
import { AppFailure } from '../contract/result'
import { composeReply, requiredFieldsMissing, unfilledPrompts } from '../domain/compose'
import { documentFlow, previewGeometry } from '../domain/flow'
import { defaultLayout } from '../domain/layout'
import type { DocFormat } from '../domain/reply'
import { buildDocx } from '../export/docx'
import { composedToPlainText } from '../export/plain-text'
import type { ServiceContext } from './context'
import { activeProfile, findTemplate } from './draft-templates'
import { draftBody } from './drafts-service'

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export function composeDraft(ctx: ServiceContext, draft: Draft, format?: DocFormat): Composition {
  const template = findTemplate(ctx, draft.template_id)
  const profile = activeProfile(ctx)
  const fields = format ? { ...draft.fields, format } : draft.fields
  const body = draftBody(draft)
  const prompts = unfilledPrompts(body).map((p) => ({ field: 'body', label: `正文中的${p}` }))
  return {
    composed: composeReply(fields, body, template, profile),
    missing: [...requiredFieldsMissing(fields, template, profile), ...prompts]
  }
}

export function previewDraft(ctx: ServiceContext, draft: Draft, format?: DocFormat): Preview {
  const composition = composeDraft(ctx, draft, format)
  const layout = defaultLayout()
  return {
    ...composition,
    flow: documentFlow(composition.composed, layout),
    geometry: previewGeometry(layout)
  }
}

/** Windows refuses these characters in file names; titles often contain ： and “”. */
export function safeFileName(title: string): string {
  const cleaned = title
    .replace(/[\\/:*?"<>|\r\n\t]/g, '')
    .trim()
    .slice(0, 80)
  return cleaned || '答复'
}

export async function draftDocx(
  ctx: ServiceContext,
  draft: Draft,
  format?: DocFormat
): Promise<ExportedFile> {
  const { composed, missing } = composeDraft(ctx, draft, format)
  if (missing.length) {
    throw new AppFailure(
      'invalid-input',
      `还有内容没有填写：${missing.map((m) => m.label).join('、')}。填写后再导出。`,
      missing
    )
  }
  const bytes = await buildDocx(composed)
  return {
    fileName: `${safeFileName(composed.title)}.docx`,
    mimeType: DOCX_MIME,
    base64: Buffer.from(bytes).toString('base64')
  }
}

/** Body and fields as plain text, for pasting into the online 建议提案 systems. */
export function draftPlainText(ctx: ServiceContext, draft: Draft): string {
  return composedToPlainText(composeDraft(ctx, draft).composed)
}
