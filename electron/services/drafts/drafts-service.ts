import { randomUUID } from 'node:crypto'
import type { Draft, DraftSummary } from '../../contract/drafts'
import type { draftsContract } from '../../contract/drafts'
import type { Handlers } from '../../contract'
import { AppFailure } from '../../contract/result'
import { editorStateFromBody } from '../../domain/lexical-body'
import { replyDueDate } from '../../domain/compose'
import type { Profile } from '../../domain/templates'
import { inferProposerType } from '../../domain/drafting/proposer'
import { emptyFields } from '../../domain/reply-schema'
import { deleteReply, insertDraft, listDrafts } from '../../store/drafts-repo'
import type { ServiceContext } from '../context'
import { readJournal, writeJournal } from './draft-journal'
import { composeDraft, draftDocx, draftPlainText, previewDraft } from './draft-export'
import { draftPdf } from './draft-pdf'
import { activeProfile, findTemplate, initialBody, prepareFields } from '../draft-templates'
import { recordExport } from '../review/review-service'
import { checkApproval } from '../review/review-signature'
import { requireDraft } from '../stored-draft'
import { writeDraft } from './draft-write'

type DraftHandlers = Pick<Handlers, keyof typeof draftsContract>

function summary(ctx: ServiceContext, draft: Draft, profile: Profile): DraftSummary {
  const f = draft.fields
  return {
    due_date: replyDueDate(f.kind, f.assigned_date, profile),
    unverified: checkApproval(ctx.db, draft)?.ok === false,
    id: draft.id,
    status: draft.status,
    revision: draft.revision,
    created_at: draft.created_at,
    updated_at: draft.updated_at,
    title: f.title || f.subject,
    proposer: f.proposer,
    kind: f.kind,
    item_number: f.item_number,
    session: f.session
  }
}

export function draftsHandlers(ctx: ServiceContext): DraftHandlers {
  return {
    'drafts:list': ({ status }) => {
      const profile = activeProfile(ctx)
      return listDrafts(ctx.db, status).map((d) => summary(ctx, d, profile))
    },

    'drafts:create': ({ fields, templateId, bodyText: text }) => {
      const given = { ...emptyFields(), ...fields }
      // A fields file from the assignment list rarely says what the proposer is; the name does.
      if (!fields?.proposer_type) {
        given.proposer_type = inferProposerType(given.kind, given.proposer)
      }
      const prepared = prepareFields(ctx, given, templateId)
      const body = initialBody(prepared, text)
      const now = ctx.now().toISOString()
      return insertDraft(ctx.db, {
        id: randomUUID(),
        status: 'draft',
        fields: prepared.fields,
        body: editorStateFromBody(body),
        template_id: prepared.template.id,
        created_at: now
      })
    },

    'drafts:get': ({ id }) => requireDraft(ctx, id),

    'drafts:save': ({ id, revision, fields, body, templateId }) => {
      const saved = writeDraft(
        ctx,
        id,
        (current) => ({
          ...(fields && { fields: { ...current.fields, ...fields } }),
          ...(body && { body }),
          // Only a template that exists: an unknown id would leave the draft unable to preview or export.
          ...(templateId !== undefined && { template_id: findTemplate(ctx, templateId).id })
        }),
        { revision }
      )
      return { id: saved.id, revision: saved.revision, updated_at: saved.updated_at }
    },

    'drafts:journal': ({ id, edits }) => {
      writeJournal(ctx, id, edits)
      return { id }
    },

    'drafts:unsaved': ({ id }) => readJournal(ctx, id),

    'drafts:delete': ({ id }) => {
      if (!deleteReply(ctx.db, id))
        throw new AppFailure('not-found', '找不到这份答复，可能已被删除。')
      writeJournal(ctx, id, null)
      return { id }
    },

    'drafts:compose': ({ id }) => composeDraft(ctx, requireDraft(ctx, id)),

    'drafts:preview': ({ id, format }) => previewDraft(ctx, requireDraft(ctx, id), format),

    'drafts:plainText': ({ id }) => {
      const draft = requireDraft(ctx, id)
      const text = draftPlainText(ctx, draft)
      recordExport(ctx, draft, '纯文本（复制到建议提案办理系统）', 'export-text')
      return { text }
    },

    'drafts:exportDocx': async ({ id, format, comments }) => {
      const draft = requireDraft(ctx, id)
      const file = await draftDocx(ctx, draft, { format, comments })
      recordExport(ctx, draft, file.fileName)
      return file
    },

    'drafts:exportPdf': async ({ id, format }) => {
      const draft = requireDraft(ctx, id)
      const file = await draftPdf(ctx, draft, format)
      recordExport(ctx, draft, file.fileName, 'export-pdf')
      return file
    }
  }
}
