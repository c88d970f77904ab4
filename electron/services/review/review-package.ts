import type { ExportedFile } from '../../contract/drafts'
import { AppFailure } from '../../contract/result'
import {
  canonicalJson,
  PACKAGE_FORMAT,
  PACKAGE_VERSION,
  packageSchema,
  type ReviewPackage
} from '../../domain/review/package'
import { inTransaction } from '../../store/db'
import {
  getSyncBase,
  listAudit,
  listComments,
  listVersions,
  setSyncBase
} from '../../store/review-repo'
import type { ServiceContext } from '../context'
import { safeFileName } from '../file-name'
import { requireDraft } from '../stored-draft'
import { requirePerson } from './review-people'
import { contentHash, recordAudit, sha256, titleOf } from './review-steps'

const DAMAGED = '审核包校验失败：文件可能已损坏或被改动，未导入任何内容。'

export function exportPackage(ctx: ServiceContext, id: string): ExportedFile {
  const actor = requirePerson(ctx)
  return inTransaction(ctx.db, () => {
    const draft = requireDraft(ctx, id)
    const hash = contentHash(draft)
    const base = getSyncBase(ctx.db, id) ?? hash
    const fileName = `${safeFileName(titleOf(draft))}（审核包）.json`
    recordAudit(ctx, draft, { event: 'export-package', actor, detail: fileName })
    const body: Omit<ReviewPackage, 'hash'> = {
      format: PACKAGE_FORMAT,
      version: PACKAGE_VERSION,
      exported_at: ctx.now().toISOString(),
      exported_by: actor,
      base_hash: base,
      reply: {
        id: draft.id,
        status: draft.status,
        fields: draft.fields,
        body: draft.body as ReviewPackage['reply']['body'],
        template_id: draft.template_id,
        revision: draft.revision,
        content_hash: hash,
        created_at: draft.created_at,
        updated_at: draft.updated_at
      },
      versions: listVersions(ctx.db, id),
      comments: listComments(ctx.db, id),
      audit: listAudit(ctx.db, id)
    }
    // From now on the other side holds this content: their next package is based on it.
    setSyncBase(ctx.db, id, hash, ctx.now().toISOString())
    const json = JSON.stringify({ ...body, hash: sha256(canonicalJson(body)) }, null, 1)
    return {
      fileName,
      mimeType: 'application/json',
      base64: Buffer.from(json, 'utf8').toString('base64')
    }
  })
}

export function readPackage(base64: string): ReviewPackage {
  let raw: unknown
  try {
    raw = JSON.parse(
      Buffer.from(base64, 'base64')
        .toString('utf8')
        .replace(/^\uFEFF/, '')
    )
  } catch {
    throw new AppFailure('invalid-input', '无法读取该文件：它不是本程序导出的审核包。')
  }
  const parsed = packageSchema.safeParse(raw)
  if (!parsed.success)
    throw new AppFailure('invalid-input', '该文件不是本程序导出的审核包，或版本不受支持。')
  const { hash, ...rest } = parsed.data
  if (sha256(canonicalJson(rest)) !== hash) throw new AppFailure('invalid-input', DAMAGED)
  if (contentHash(rest.reply) !== rest.reply.content_hash)
    throw new AppFailure('invalid-input', DAMAGED)
  return parsed.data
}
