import { z } from 'zod'
import type { Block, BodyDoc } from '../domain/body'
import type { ImportStatus } from '../domain/import-status'
import { REPLY_KINDS, type ReplyFields, type ReplyStatus } from '../domain/reply'
import { partialFieldsSchema } from '../domain/reply-schema'
import { searchFiltersSchema } from '../domain/search-filters'
import { method } from './method'
import { idSchema } from './schemas'

export type { SearchFilters } from '../domain/search-filters'
export type { ImportStatus } from '../domain/import-status'

export type SearchHit = {
  id: string
  title: string
  proposer: string
  kind: string
  year: number | null
  classification: string
  status: string
  /** Cut from the body; each hit is wrapped in \u0002 … \u0003 for the UI to highlight. */
  snippet: string
  score: number
}

/** total_exact is false when many replies match and total is an estimate (shown as 约 N 份). */
export type SearchResult = { total: number; total_exact: boolean; hits: SearchHit[] }

export type ImportResult = {
  path: string
  status: ImportStatus
  /** the archived reply: the new one, or for a duplicate the one already there */
  id?: string
  message: string
  /** fields the parser was unsure of, for the review screen to confirm */
  uncertain: string[]
}

export type ImportJob = {
  id: string
  state: 'running' | 'done' | 'cancelled'
  done: number
  total: number
  current: string
  results: ImportResult[]
  started_at: string
  finished_at: string | null
}

export type ArchiveSource = {
  path: string
  imported_at: string | null
  uncertain: string[]
  section_headings: string[]
  confirmed_at: string | null
}

export type ArchiveEntry = {
  id: string
  status: ReplyStatus
  fields: ReplyFields
  body: BodyDoc
  year: number | null
  source: ArchiveSource | null
  created_at: string
  updated_at: string
}

export type SimilarReply = {
  id: string
  title: string
  proposer: string
  kind: string
  year: number | null
  status: string
  score: number
  /** the words both texts share, most telling first */
  shared: string[]
}

export type ProposerItem = {
  id: string
  status: string
  kind: string
  session: string
  item_number: string
  subject: string
  title: string
  year: number | null
  date: string
}

export type LatestContact = Pick<
  ReplyFields,
  'organ' | 'leader' | 'leader_phone' | 'handler' | 'handler_phone' | 'postcode' | 'cc'
> & { from_id: string; from_title: string; date: string }

/** One insertable piece of a reply: a paragraph, or a heading with everything under it. */
export type ReplyPiece = {
  kind: 'paragraph' | 'section'
  /** the heading of the section the piece belongs to, '' before the first heading */
  heading: string
  text: string
  blocks: Block[]
}

export type BackupInfo = {
  name: string
  kind: 'auto' | 'manual' | 'before-restore'
  created_at: string
  bytes: number
}

export type IntegrityReport = { ok: boolean; problems: string[] }

/** The start-up check; setAside names a database file that could not be opened at all. */
export type ArchiveHealth = IntegrityReport & { setAside: string | null }

// Under the browser-mode host's 80 MB body limit with room for the JSON around it.
const MAX_UPLOAD_BASE64 = 70_000_000

const jobSchema = z.object({ jobId: z.string().min(1).max(64) }).strict()

export const archiveContract = {
  'archive:search': method<SearchResult>()(
    z
      .object({
        query: z.string().max(200),
        filters: searchFiltersSchema.optional(),
        limit: z.number().int().min(1).max(100).optional(),
        offset: z.number().int().min(0).max(10_000).optional()
      })
      .strict()
  ),
  /** Starts an import job (files and folders) and returns at once; poll archive:job. */
  'archive:import': method<ImportJob>()(
    z
      .object({
        paths: z.array(z.string().min(1).max(4096)).min(1).max(1000),
        force: z.boolean().optional()
      })
      .strict()
  ),
  /**
   * The page cannot hand over paths: each file comes as its bytes (base64) or, in browser mode,
   * as the id the host gave it on /api/upload.
   */
  'archive:importBytes': method<ImportJob>()(
    z
      .object({
        files: z
          .array(
            z.union([
              z
                .object({
                  fileName: z.string().min(1).max(255),
                  base64: z.string().max(MAX_UPLOAD_BASE64)
                })
                .strict(),
              z.object({ fileName: z.string().min(1).max(255), uploadId: z.uuid() }).strict()
            ])
          )
          .min(1)
          .max(200),
        force: z.boolean().optional()
      })
      .strict()
  ),
  'archive:job': method<ImportJob>()(jobSchema),
  'archive:cancel': method<ImportJob>()(jobSchema),
  'archive:get': method<ArchiveEntry>()(z.object({ id: idSchema }).strict()),
  /** Saves corrected fields of an imported reply and marks its doubtful fields as checked. */
  'archive:confirm': method<ArchiveEntry>()(
    z.object({ id: idSchema, fields: partialFieldsSchema.optional() }).strict()
  ),
  'archive:similar': method<SimilarReply[]>()(
    z
      .object({
        subject: z.string().max(300).optional(),
        title: z.string().max(300).optional(),
        proposer: z.string().max(200).optional(),
        bodyText: z.string().max(500_000).optional(),
        excludeId: idSchema.optional(),
        limit: z.number().int().min(1).max(50).optional()
      })
      .strict()
  ),
  'archive:paragraphs': method<ReplyPiece[]>()(z.object({ id: idSchema }).strict()),
  'archive:proposerHistory': method<ProposerItem[]>()(
    z.object({ proposer: z.string().min(1).max(200) }).strict()
  ),
  'archive:latestContact': method<LatestContact | null>()(
    z.object({ kind: z.enum(REPLY_KINDS) }).strict()
  ),
  'archive:backups': method<BackupInfo[]>()(z.object({}).strict()),
  'archive:backupNow': method<BackupInfo>()(z.object({}).strict()),
  /** Replaces the archive with a backup; the current state is first saved as a backup itself. */
  'archive:restore': method<{ restored: string; saved: BackupInfo }>()(
    z.object({ name: z.string().min(1).max(200) }).strict()
  ),
  'archive:integrity': method<ArchiveHealth>()(
    z.object({ recheck: z.boolean().optional() }).strict()
  ),
  /** The user has seen that a damaged archive file was set aside: stop showing it at start-up. */
  'archive:dismissSetAside': method<ArchiveHealth>()(z.object({}).strict()),
  /** The way out when the integrity check blames the full-text index. */
  'archive:rebuildIndex': method<{ indexed: number }>()(z.object({}).strict())
}
