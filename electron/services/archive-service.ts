import type { Handlers } from '../contract'
import type { ArchiveEntry, archiveContract } from '../contract/archive'
import { AppFailure } from '../contract/result'
import { bodyFromEditorState } from '../domain/lexical-body'
import type { ReplyFields } from '../domain/reply'
import { getArchiveSource, markConfirmed, replyDoc } from '../store/archive-repo'
import { createBackup, listBackups, restoreBackup } from '../store/backup'
import { inTransaction } from '../store/db'
import { getDraft, updateDraft } from '../store/drafts-repo'
import { importFiles, importUploads } from '../import/pipeline'
import { rebuildSearchIndex } from '../store/integrity'
import { latestContactFor, paragraphsOf, proposerHistory } from '../store/reuse'
import { searchReplies } from '../store/search'
import { similarReplies } from '../store/similar'
import type { ServiceContext } from './context'
import { ImportJobs } from './import-jobs'
import { removeUploads, uploadsFrom } from './uploads'

type ArchiveHandlers = Pick<Handlers, keyof typeof archiveContract>

const NOT_FOUND = '找不到这份答复，可能已被删除，请刷新后再试。'

function archiveEntry(ctx: ServiceContext, id: string): ArchiveEntry {
  const draft = getDraft(ctx.db, id)
  if (!draft) throw new AppFailure('not-found', NOT_FOUND)
  const source = getArchiveSource(ctx.db, id)
  return {
    id,
    status: draft.status,
    fields: draft.fields,
    body: bodyFromEditorState(draft.body),
    year: replyDoc(ctx.db, id)?.year ?? null,
    source: source
      ? {
          path: source.source_path,
          imported_at: source.imported_at,
          uncertain: JSON.parse(source.uncertain_json) as string[],
          section_headings: sectionHeadings(source.parsed_json),
          confirmed_at: source.confirmed_at
        }
      : null,
    created_at: draft.created_at,
    updated_at: draft.updated_at
  }
}

function sectionHeadings(parsedJson: string): string[] {
  const parsed = JSON.parse(parsedJson) as { section_headings?: unknown }
  return Array.isArray(parsed.section_headings) ? parsed.section_headings.map(String) : []
}

export function archiveHandlers(ctx: ServiceContext): ArchiveHandlers {
  const jobs = new ImportJobs(ctx.now)
  const now = () => ctx.now()
  return {
    'archive:search': (input) => searchReplies(ctx.db, input),

    'archive:import': ({ paths, force }) =>
      jobs.start(0, (options) => importFiles(ctx.db, paths, { ...options, force, now })),

    'archive:importBytes': ({ files, force }) => {
      const uploads = uploadsFrom(ctx.dataDir, files)
      return jobs.start(uploads.length, (options) =>
        importUploads(ctx.db, uploads, { ...options, force, now }).finally(() =>
          removeUploads(uploads)
        )
      )
    },

    'archive:job': ({ jobId }) => jobs.get(jobId),

    'archive:cancel': ({ jobId }) => jobs.cancel(jobId),

    'archive:get': ({ id }) => archiveEntry(ctx, id),

    'archive:confirm': ({ id, fields }) => {
      const current = archiveEntry(ctx, id)
      const at = ctx.now().toISOString()
      inTransaction(ctx.db, () => {
        if (fields) {
          const merged: ReplyFields = { ...current.fields, ...fields }
          updateDraft(ctx.db, id, { fields: merged }, at)
        }
        markConfirmed(ctx.db, id, at)
      })
      return archiveEntry(ctx, id)
    },

    'archive:similar': ({ limit, ...input }) => similarReplies(ctx.db, input, limit ?? 10),

    'archive:paragraphs': ({ id }) => {
      const pieces = paragraphsOf(ctx.db, id)
      if (!pieces) throw new AppFailure('not-found', NOT_FOUND)
      return pieces
    },

    'archive:proposerHistory': ({ proposer }) => proposerHistory(ctx.db, proposer),

    'archive:latestContact': ({ kind }) => latestContactFor(ctx.db, kind),

    'archive:backups': () => listBackups(ctx.dataDir),

    'archive:backupNow': () => createBackup(ctx.db, ctx.dataDir, 'manual', ctx.now()),

    'archive:restore': async ({ name }) => {
      const restored = await restoreBackup(ctx.db, ctx.dataDir, name, ctx.now())
      ctx.health.restored()
      return restored
    },

    'archive:integrity': ({ recheck }) => ctx.health.report(recheck ?? false),

    'archive:dismissSetAside': () => ctx.health.dismissed(),

    'archive:rebuildIndex': () => {
      const indexed = rebuildSearchIndex(ctx.db)
      ctx.health.report(true)
      return { indexed }
    }
  }
}
