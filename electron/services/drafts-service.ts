import { randomUUID } from 'node:crypto'
import type { Draft, DraftSummary, EditorState, ReplyStatus } from '../contract/drafts'
import type { draftsContract } from '../contract/drafts'
import type { Handlers } from '../contract'
import { AppFailure } from '../contract/result'
import { bodyText, type BodyDoc } from '../domain/body'
import { bodyFromEditorState, editorStateFromBody } from '../domain/lexical-body'
import { replyDueDate } from '../domain/compose'
import type { Profile } from '../domain/templates'
import { inferProposerType } from '../domain/drafting/proposer'
import { emptyFields, type ReplyFields } from '../domain/reply-schema'
import {
  deleteReply,
  getReply,
  insertReply,
  listReplies,
  type ReplyPatch,
  type ReplyRow
} from '../archive/drafts-repo'
import type { ServiceContext } from './context'
import { readJournal, writeJournal } from './draft-journal'
import { composeDraft, draftDocx, draftPlainText, previewDraft } from './draft-export'
import { draftPdf } from './draft-pdf'
import { activeProfile, findTemplate, initialBody, prepareFields } from './draft-templates'
import { recordExport, updateUnderReview } from './review-service'

type DraftHandlers = Pick<Handlers, keyof typeof draftsContract>

export function rowToDraft(row: ReplyRow): Draft {
  return {
    id: row.id,
    status: row.status as ReplyStatus,
    fields: { ...emptyFields(), ...(JSON.parse(row.fields_json) as Partial<ReplyFields>) },
    body: JSON.parse(row.body_json) as EditorState,
    template_id: row.template_id,
    revision: row.revision,
    created_at: row.created_at,
    updated_at: row.updated_at
  }
}

function summary(draft: Draft, profile: Profile): DraftSummary {
  const f = draft.fields
  return {
    due_date: replyDueDate(f.kind, f.assigned_date, profile),
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

export function requireDraft(ctx: ServiceContext, id: string): Draft {
  const row = getReply(ctx.db, id)
  if (!row) throw new AppFailure('not-found', '找不到这份答复，可能已被删除，请回到首页刷新。')
  return rowToDraft(row)
}

export function draftBody(draft: Draft): BodyDoc {
  return bodyFromEditorState(draft.body)
}

export function draftsHandlers(ctx: ServiceContext): DraftHandlers {
  return {
    'drafts:list': ({ status }) => {
      const profile = activeProfile(ctx)
      return listReplies(ctx.db, status).map((r) => summary(rowToDraft(r), profile))
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
      const row = insertReply(ctx.db, {
        id: randomUUID(),
        status: 'draft',
        fields_json: JSON.stringify(prepared.fields),
        body_json: JSON.stringify(editorStateFromBody(body)),
        body_text: bodyText(body),
        template_id: prepared.template.id,
        created_at: now
      })
      return rowToDraft(row)
    },

    'drafts:get': ({ id }) => requireDraft(ctx, id),

    'drafts:save': ({ id, revision, fields, body, templateId }) => {
      const current = requireDraft(ctx, id)
      if (revision !== undefined && revision !== current.revision) {
        throw new AppFailure(
          'stale',
          '另一个窗口已保存了更新的内容，本窗口的修改尚未保存。请对照两边的内容后选择保留哪一份。',
          { revision: current.revision }
        )
      }
      const patch: ReplyPatch = {}
      if (fields) patch.fields_json = JSON.stringify({ ...current.fields, ...fields })
      if (body) {
        patch.body_json = JSON.stringify(body)
        patch.body_text = bodyText(bodyFromEditorState(body))
      }
      // Only a template that exists: an unknown id would leave the draft unable to preview or export.
      if (templateId !== undefined) patch.template_id = findTemplate(ctx, templateId).id
      const saved = updateUnderReview(ctx, id, patch, ctx.now().toISOString())
      if (!saved) throw new AppFailure('not-found', '找不到这份答复，可能已被删除。')
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
