import type { Draft, ExportedFile, SavedDraft } from '../../contract/drafts'
import type { AuditRow, VersionDiff, VersionSummary } from '../../contract/review'
import { AppFailure } from '../../contract/result'
import { localDateTime } from '../../domain/local-time'
import { emptyFields } from '../../domain/reply-schema'
import { toCsv } from '../../domain/review/csv'
import { diffStats, diffText } from '../../domain/review/diff'
import { changedFields, type FieldChange } from '../../domain/review/field-changes'
import { VERSION_REASONS, type ReviewVersion } from '../../domain/review/records'
import { AUDIT_LABELS, editEffect, STATUS_LABELS } from '../../domain/review/status'
import { inTransaction } from '../../store/db'
import { updateDraft } from '../../store/drafts-repo'
import { getVersion, listAudit, listVersions } from '../../store/review-repo'
import type { ServiceContext } from '../context'
import { requireDraft } from '../stored-draft'
import { requirePerson } from './review-people'
import { plainText, recordAudit, takeSnapshot } from './review-steps'

export function summarize({ fields: _f, body: _b, ...rest }: ReviewVersion): VersionSummary {
  return { ...rest, reasonLabel: VERSION_REASONS[rest.reason] }
}

export function requireVersion(
  ctx: ServiceContext,
  replyId: string,
  versionId: string
): ReviewVersion {
  const version = getVersion(ctx.db, versionId)
  if (!version || version.reply_id !== replyId) {
    throw new AppFailure('not-found', '找不到这个版本，请刷新版本列表后重试。')
  }
  return version
}

type Side = {
  summary: VersionSummary | null
  fields: Draft['fields'] | ReviewVersion['fields']
  body: unknown
  template_id: string
}

function side(ctx: ServiceContext, draft: Draft, ref: string): Side {
  if (ref === 'current')
    return { summary: null, fields: draft.fields, body: draft.body, template_id: draft.template_id }
  const v = requireVersion(ctx, draft.id, ref)
  return { summary: summarize(v), fields: v.fields, body: v.body, template_id: v.template_id }
}

export function compareContent(
  before: Pick<Side, 'fields' | 'body' | 'template_id'>,
  after: Pick<Side, 'fields' | 'body' | 'template_id'>
): Pick<VersionDiff, 'segments' | 'fields'> {
  const fields: FieldChange[] = changedFields(before.fields, after.fields)
  if (before.template_id !== after.template_id) {
    fields.push({
      field: 'template_id',
      label: '模板',
      before: before.template_id,
      after: after.template_id
    })
  }
  return { segments: diffText(plainText(before.body), plainText(after.body)), fields }
}

export function diffVersions(
  ctx: ServiceContext,
  id: string,
  from: string,
  to: string
): VersionDiff {
  const draft = requireDraft(ctx, id)
  const [a, b] = [side(ctx, draft, from), side(ctx, draft, to)]
  const { segments, fields } = compareContent(a, b)
  return { from: a.summary, to: b.summary, segments, fields, ...diffStats(segments) }
}

export function versionSummaries(ctx: ServiceContext, id: string): VersionSummary[] {
  requireDraft(ctx, id)
  return listVersions(ctx.db, id).map(summarize)
}

/** The version's content becomes the reply's newest revision, as a draft; nothing is lost. */
export function restoreVersion(ctx: ServiceContext, id: string, versionId: string): SavedDraft {
  const actor = requirePerson(ctx)
  return inTransaction(ctx.db, () => {
    const draft = requireDraft(ctx, id)
    const effect = editEffect(draft.status)
    if (effect.kind === 'locked') throw new AppFailure('conflict', effect.message)
    const version = requireVersion(ctx, id, versionId)
    const restored = updateDraft(
      ctx.db,
      id,
      {
        status: 'draft',
        fields: { ...emptyFields(), ...version.fields },
        body: version.body as Draft['body'],
        template_id: version.template_id
      },
      ctx.now().toISOString()
    )
    if (!restored) throw new AppFailure('not-found', '找不到这份答复，可能已被删除。')
    const note = `恢复为第 ${version.number} 版（${VERSION_REASONS[version.reason]}）`
    takeSnapshot(ctx, restored, 'restore', actor, note)
    recordAudit(ctx, draft, { event: 'restore', actor, from: draft.status, to: 'draft', note })
    return { id, revision: restored.revision, updated_at: restored.updated_at }
  })
}

export function auditRows(ctx: ServiceContext, id?: string): AuditRow[] {
  return listAudit(ctx.db, id).map((e) => ({ ...e, eventLabel: AUDIT_LABELS[e.event] }))
}

export function exportAudit(ctx: ServiceContext, id?: string): ExportedFile {
  const actor = requirePerson(ctx)
  const draft = id === undefined ? null : requireDraft(ctx, id)
  const fileName = `审核记录${draft ? `-${draft.fields.title || draft.fields.subject || '答复'}` : ''}.csv`
  recordAudit(ctx, draft, { event: 'export-audit', actor, detail: fileName })
  const status = (s: string | null) => (s ? STATUS_LABELS[s as keyof typeof STATUS_LABELS] : '')
  const rows = auditRows(ctx, id).map((e) => [
    localDateTime(e.created_at),
    e.reply_title,
    e.eventLabel,
    status(e.from_status),
    status(e.to_status),
    e.actor,
    e.note,
    e.detail
  ])
  const csv = toCsv(
    ['时间', '答复', '事项', '原状态', '新状态', '操作人', '意见或说明', '附记'],
    rows
  )
  return {
    fileName: fileName.replace(/[\\/:*?"<>|\r\n\t]/g, ''),
    mimeType: 'text/csv;charset=utf-8',
    base64: Buffer.from(csv, 'utf8').toString('base64')
  }
}
