import { z } from 'zod'
import type { ComposedReply } from '../domain/composed-reply'
import type { PageLayout, PreviewFonts } from '../domain/pages'
import { REPLY_STATUSES, type ReplyFields, type ReplyStatus } from '../domain/reply'
import { partialFieldsSchema } from '../domain/reply-schema'
import { method } from './method'
import { editorStateSchema, idSchema } from './schemas'

export type { ReplyStatus } from '../domain/reply'

export type EditorState = z.infer<typeof editorStateSchema>

export type Draft = {
  id: string
  status: ReplyStatus
  fields: ReplyFields
  body: EditorState
  template_id: string
  revision: number
  created_at: string
  updated_at: string
}

export type DraftSummary = Pick<
  Draft,
  'id' | 'status' | 'revision' | 'updated_at' | 'created_at'
> & {
  title: string
  proposer: string
  kind: ReplyFields['kind']
  item_number: string
  session: string
  /** ISO date the reply is due (交办日 + the profile's months); '' when no 交办日期 is filled */
  due_date: string
  /** marked 已签发 or 已办结 but without a sign-off this PC verifies: lists must not count it as signed */
  unverified: boolean
}

export type SavedDraft = Pick<Draft, 'id' | 'revision' | 'updated_at'>

export type MissingField = { field: string; label: string }

export type Composition = {
  composed: ComposedReply
  missing: MissingField[]
  /** what the clerk should know about the wording, e.g. that the body's own opening replaced the template's */
  notices: string[]
}

export type Preview = Composition & {
  /** the reply laid out on pages exactly as the DOCX breaks them */
  pages: PageLayout
  fonts: PreviewFonts
  /** when the reply is due (ISO date), and whether it is still being worked on; null without 交办日期 */
  due: { date: string; open: boolean } | null
}

/** Edits not yet saved, kept beside the archive so a crash or a new port loses nothing. */
export type UnsavedEdits = z.infer<typeof unsavedEditsSchema>

// Lenient on field values: a value the save refused is journalled too, until it is corrected.
const unsavedEditsSchema = z
  .object({
    fields: z.record(z.string().max(40), z.unknown()).optional(),
    body: editorStateSchema.optional(),
    revision: z.number().int().positive().optional()
  })
  .strict()

export type ExportedFile = { fileName: string; mimeType: string; base64: string }

export type DocxExport = ExportedFile & {
  /** who signed the reply off, carried in the file's properties; null when not signed */
  approval: { by: string; at: string } | null
  /** open comments written as Word comments (review copies only) */
  comments: number
  /** what the clerk should know about this copy, e.g. that 成文日期 is still a placeholder */
  warnings: string[]
}

export type PdfExport = Omit<DocxExport, 'comments'>

export const draftsContract = {
  'drafts:list': method<DraftSummary[]>()(
    z.object({ status: z.enum(REPLY_STATUSES).optional() }).strict()
  ),
  'drafts:create': method<Draft>()(
    z
      .object({
        fields: partialFieldsSchema.optional(),
        templateId: z.string().max(100).optional(),
        bodyText: z.string().max(500_000).optional()
      })
      .strict()
  ),
  'drafts:get': method<Draft>()(z.object({ id: idSchema }).strict()),
  'drafts:save': method<SavedDraft>()(
    z
      .object({
        id: idSchema,
        /** the revision the edit was made on; a save on an older one is refused as 'stale' */
        revision: z.number().int().positive().optional(),
        fields: partialFieldsSchema.optional(),
        body: editorStateSchema.optional(),
        templateId: z.string().max(100).optional()
      })
      .strict()
  ),
  'drafts:journal': method<{ id: string }>()(
    z.object({ id: idSchema, edits: unsavedEditsSchema.nullable() }).strict()
  ),
  'drafts:unsaved': method<UnsavedEdits | null>()(z.object({ id: idSchema }).strict()),
  'drafts:delete': method<{ id: string }>()(z.object({ id: idSchema }).strict()),
  'drafts:compose': method<Composition>()(z.object({ id: idSchema }).strict()),
  'drafts:preview': method<Preview>()(
    z.object({ id: idSchema, format: z.enum(['letter', 'standard']).optional() }).strict()
  ),
  'drafts:plainText': method<{ text: string }>()(z.object({ id: idSchema }).strict()),
  'drafts:exportDocx': method<DocxExport>()(
    z
      .object({
        id: idSchema,
        format: z.enum(['letter', 'standard']).optional(),
        comments: z.boolean().optional()
      })
      .strict()
  ),
  'drafts:exportPdf': method<PdfExport>()(
    z.object({ id: idSchema, format: z.enum(['letter', 'standard']).optional() }).strict()
  )
}
