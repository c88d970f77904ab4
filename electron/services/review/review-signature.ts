import { createHash, type KeyObject } from 'node:crypto'
import type { Draft } from '../../contract/drafts'
import { canonicalJson, differsFromSigned, printedContent } from '../../domain/review/package'
import type { ReviewVersion } from '../../domain/review/records'
import type { Profile } from '../../domain/templates'
import type { DB } from '../../store/db'
import { getProfile } from '../../store/profile-repo'
import { latestVersion } from '../../store/review-repo'
import { signText, verifyText } from './signing-keys'

// A sign-off is the signer's Ed25519 signature over what prints (canonical fields, body and
// template), the decision, the signer's name and the time. Status and actor are only claims: an
// edited package or database row cannot produce the signature, so it cannot claim a sign-off.

type Content = { fields: unknown; body: unknown; template_id: string }

export type ApprovalClaim = {
  reply_id: string
  content: Content
  signer: string
  signed_at: string
  opinion: string
}

function approvalText(claim: ApprovalClaim): string {
  return canonicalJson({
    format: 'replydesk-approval',
    version: 1,
    decision: 'approve',
    reply_id: claim.reply_id,
    content_hash: createHash('sha256').update(printedContent(claim.content), 'utf8').digest('hex'),
    signer: claim.signer,
    signed_at: claim.signed_at,
    opinion: claim.opinion
  })
}

export function signApproval(key: KeyObject, claim: ApprovalClaim): string {
  return signText(key, approvalText(claim))
}

/** The profile's entries for a name that hold 签发 rights. */
export function signerEntries(profile: Profile, name: string): Profile['leaders'] {
  return [...profile.leaders, ...profile.handlers].filter((p) => p.name === name && p.signer)
}

function claimOf(version: ReviewVersion): ApprovalClaim {
  return {
    reply_id: version.reply_id,
    content: version,
    signer: version.actor,
    signed_at: version.created_at,
    opinion: version.note
  }
}

/** Why an approve version does not verify under this PC's profile; null when it does. */
export function approvalProblem(profile: Profile, version: ReviewVersion): string | null {
  const keys = signerEntries(profile, version.actor).flatMap((p) =>
    p.public_key ? [p.public_key] : []
  )
  if (keys.length === 0) return `单位设置中“${version.actor}”没有签发权或没有登记签名公钥`
  if (!version.signature) return '签发记录没有签名'
  const text = approvalText(claimOf(version))
  if (!keys.some((key) => verifyText(key, text, version.signature)))
    return '签名与签发内容不符，记录可能被改动'
  return null
}

export type ApprovalCheck = { ok: true; version: ReviewVersion } | { ok: false; problem: string }

export function unverifiedMessage(problem: string): string {
  return `这份答复标为已签发，但签发未通过验证（${problem}）`
}

/**
 * Whether the reply as it stands carries a sign-off this PC can verify; null when it does not
 * claim one (not approved or closed).
 */
export function checkApproval(
  db: DB,
  draft: Pick<Draft, 'id' | 'status' | 'fields' | 'body' | 'template_id'>
): ApprovalCheck | null {
  if (draft.status !== 'approved' && draft.status !== 'closed') return null
  // Lists check every signed reply: read only the sign-off, not every snapshot of the reply.
  const version = latestVersion(db, draft.id, 'approve')
  if (!version) return { ok: false, problem: '没有签发记录' }
  const problem = approvalProblem(getProfile(db), version)
  if (problem) return { ok: false, problem }
  if (differsFromSigned(version, draft)) return { ok: false, problem: '签发后内容已被改动' }
  return { ok: true, version }
}

type PackageClaims = {
  reply: Content & { id: string; status: Draft['status'] }
  versions: readonly ReviewVersion[]
  audit: readonly { event: string; actor: string }[]
}

/**
 * Why a review package's sign-offs do not verify under this PC's profile; null when they do.
 * Every approval it carries must be signed, every 签发 in its log must be one of them, and a reply
 * that arrives approved must be the text that was signed.
 */
export function packageApprovalProblem(profile: Profile, pkg: PackageClaims): string | null {
  const approvals = pkg.versions
    .filter((v) => v.reason === 'approve')
    .map((v) => ({ ...v, reply_id: pkg.reply.id }))
  for (const version of approvals) {
    const problem = approvalProblem(profile, version)
    if (problem) return problem
  }
  const signers = new Set(approvals.map((v) => v.actor))
  const unsigned = pkg.audit.find((e) => e.event === 'approve' && !signers.has(e.actor))
  if (unsigned) return `记录中“${unsigned.actor}”的签发没有签名`
  if (pkg.reply.status !== 'approved' && pkg.reply.status !== 'closed') return null
  const latest = [...approvals].sort((a, b) => (a.created_at < b.created_at ? -1 : 1)).at(-1)
  if (!latest) return '答复标为已签发，但没有签发记录'
  if (differsFromSigned(latest, pkg.reply)) return '答复内容与签发时的内容不一致'
  return null
}
