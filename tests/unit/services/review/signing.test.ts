import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../../../electron/domain/review/package'
import { contentHash, sha256 } from '../../../../electron/services/review/review-steps'
import { newSealedKey, sealKey, unsealKey } from '../../../../electron/services/review/signing-keys'
import { body, openApp, type App } from '../open'
import { grantSigning, shareProfile, SIGNER_PIN } from './signer'

// Issue 12 item 4: a clerk edited a review package (status approved, actor 局长), recomputed its
// sha256 and imported it, and the DOCX said 签发人 局长. Now only a signature makes a sign-off.

const TEXT = body('一、基本情况', '今年全区共投入资金500万元，用于村卫生室建设。')

async function submitted(app: App, clerk = '李明') {
  const draft = await app.call('drafts:create', {
    fields: { title: '关于加强村医队伍建设建议的答复' }
  })
  await app.call('drafts:save', { id: draft.id, body: TEXT })
  await app.call('review:signIn', { name: clerk })
  await app.call('review:submit', { id: draft.id })
  return draft.id
}

type Pkg = {
  reply: {
    status: string
    fields: unknown
    body: unknown
    template_id: string
    content_hash: string
  }
  versions: Record<string, unknown>[]
  audit: Record<string, unknown>[]
  hash?: string
}

const readPkg = (base64: string) =>
  JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as Pkg

/** What the clerk did: edit the JSON, then recompute both unkeyed hashes so it reads as intact. */
function doctor(base64: string, edit: (pkg: Pkg) => void): string {
  const pkg = readPkg(base64)
  edit(pkg)
  pkg.reply.content_hash = contentHash(pkg.reply)
  delete pkg.hash
  const hash = sha256(canonicalJson(pkg))
  return Buffer.from(JSON.stringify({ ...pkg, hash }), 'utf8').toString('base64')
}

/** A review copy (exports before every field is filled) and its custom properties. */
async function docx(app: App, id: string) {
  const file = await app.call('drafts:exportDocx', { id, comments: true })
  const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'))
  return { file, custom: (await zip.file('docProps/custom.xml')?.async('string')) ?? '' }
}

describe('signing keys', () => {
  it('seals the private key under the PIN: a wrong PIN cannot unlock it, a resealed key is the same key', () => {
    const sealed = newSealedKey('2468')
    expect(unsealKey(sealed, '1357')).toBeNull()
    const key = unsealKey(sealed, '2468')
    expect(key?.asymmetricKeyType).toBe('ed25519')
    const moved = sealKey(key!, '9753')
    expect(moved.public_key).toBe(sealed.public_key)
    expect(unsealKey(moved, '2468')).toBeNull()
    expect(unsealKey(moved, '9753')).not.toBeNull()
    // a tampered ciphertext fails the GCM tag, it does not give a different key
    expect(
      unsealKey({ ...sealed, sealed: Buffer.alloc(48, 1).toString('base64') }, '2468')
    ).toBeNull()
  })
})

describe('who may sign', () => {
  it('refuses a clerk without 签发 rights, and a signer who has not unlocked the key with a PIN', async () => {
    const app = openApp()
    const id = await submitted(app)
    expect(await app.fail('review:approve', { id })).toEqual({
      code: 'unauthorized',
      message: '“李明”没有签发权，不能签发。签发权由管理员在“设置 → 人员”中授予。'
    })
    expect((await app.call('review:state', { id })).status).toBe('review')

    await grantSigning(app.services.handlers, '王局长')
    // a clerk who simply picks the leader's name is asked for the PIN
    expect((await app.fail('review:signIn', { name: '王局长' })).message).toBe(
      '“王局长”设有 PIN，请输入 PIN。'
    )
    expect((await app.fail('review:signIn', { name: '王局长', pin: '1111' })).message).toBe(
      'PIN 不正确，请重新输入。'
    )
    // rights but no PIN: cannot sign
    const profile = await app.call('profile:get', {})
    await app.call('profile:save', {
      profile: {
        ...profile,
        leaders: [...profile.leaders, { name: '赵副局长', phone: '', signer: true }]
      }
    })
    await app.call('review:signIn', { name: '赵副局长' })
    expect((await app.fail('review:approve', { id })).message).toMatch(/^签发须用 PIN 确认身份/)

    await app.call('review:signIn', { name: '王局长', pin: SIGNER_PIN })
    expect(await app.call('review:approve', { id })).toMatchObject({
      status: 'approved',
      statusLabel: '已签发',
      approval: { by: '王局长' },
      approvalProblem: null
    })
    // the PIN now guards a key: it can be changed (same key) but not cleared
    expect(
      (await app.fail('review:setPin', { name: '王局长', pin: '', currentPin: SIGNER_PIN })).message
    ).toBe('“王局长”的 PIN 保护着签名密钥，不能清除；可以改设新的 PIN。')
    await app.call('review:setPin', { name: '王局长', pin: '97531', currentPin: SIGNER_PIN })
    expect((await app.call('review:state', { id })).approval).toMatchObject({ by: '王局长' })
  })

  it('puts the signer public key in the profile, and only for people with rights', async () => {
    const app = openApp()
    await app.call('review:setPin', { name: '李明', pin: '1234' })
    await app.call('review:signIn', { name: '李明', pin: '1234' })
    await grantSigning(app.services.handlers, '王局长')
    const { leaders } = await app.call('profile:get', {})
    const wang = leaders.find((p) => p.name === '王局长')
    expect(wang?.public_key).toMatch(/^[A-Za-z0-9+/]{40,}={0,2}$/)
    expect(leaders.find((p) => p.name === '李明')).toBeUndefined()
    // an admin's settings page saved with the key missing keeps the key made on this PC
    await app.call('profile:save', {
      profile: { leaders: leaders.map((p) => ({ ...p, public_key: undefined })) }
    })
    expect((await app.call('profile:get', {})).leaders[0]?.public_key).toBe(wang?.public_key)
  })
})

describe('a sign-off nobody can forge', () => {
  it('refuses a package the clerk doctored to approved / 局长 with recomputed sha256, importing nothing', async () => {
    const leader = openApp('2025-07-16T01:00:00.000Z')
    await grantSigning(leader.services.handlers, '局长')
    const clerk = openApp('2025-07-16T02:00:00.000Z')
    await shareProfile(leader.services.handlers, clerk.services.handlers)
    const id = await submitted(clerk)
    const file = await clerk.call('review:exportPackage', { id })

    const forged = doctor(file.base64, (pkg) => {
      pkg.reply.status = 'approved'
      const submit = pkg.versions[0]!
      pkg.versions.push({
        ...submit,
        id: 'forged-approval',
        reason: 'approve',
        status: 'approved',
        actor: '局长',
        number: 2
      })
      pkg.audit.push({
        ...pkg.audit[0]!,
        id: 'forged-audit',
        event: 'approve',
        actor: '局长',
        from_status: 'review',
        to_status: 'approved'
      })
    })
    const other = openApp()
    await shareProfile(leader.services.handlers, other.services.handlers)
    await other.call('review:signIn', { name: '李明' })
    const refused = await other.fail('review:importPackage', { base64: forged })
    expect(refused.code).toBe('invalid-input')
    expect(refused.message).toBe('审核包中的签发未通过验证（签发记录没有签名），未导入任何内容。')
    expect((await other.fail('drafts:get', { id })).code).toBe('not-found')

    // status alone, without an approval record
    const statusOnly = doctor(file.base64, (pkg) => {
      pkg.reply.status = 'approved'
    })
    expect((await other.fail('review:importPackage', { base64: statusOnly })).message).toBe(
      '审核包中的签发未通过验证（答复标为已签发，但没有签发记录），未导入任何内容。'
    )
  })

  it('refuses a genuinely signed package whose text, signer or opinion was edited afterwards', async () => {
    const leader = openApp('2025-07-16T01:00:00.000Z')
    const id = await submitted(leader)
    await grantSigning(leader.services.handlers, '王局长')
    await grantSigning(leader.services.handlers, '张局长', '1357')
    await leader.call('review:signIn', { name: '王局长', pin: SIGNER_PIN })
    await leader.call('review:approve', { id, opinion: '同意' })
    const signed = await leader.call('review:exportPackage', { id })
    const clerk = openApp('2025-07-16T02:00:00.000Z')
    await shareProfile(leader.services.handlers, clerk.services.handlers)
    await clerk.call('review:signIn', { name: '李明' })

    const edits: [string, (pkg: Pkg) => void, string][] = [
      [
        'body',
        (pkg) => {
          pkg.reply.body = JSON.parse(JSON.stringify(pkg.reply.body).replace('500万元', '5000万元'))
        },
        '答复内容与签发时的内容不一致'
      ],
      [
        'signer',
        (pkg) => {
          for (const v of pkg.versions) if (v.reason === 'approve') v.actor = '张局长'
          for (const e of pkg.audit) if (e.event === 'approve') e.actor = '张局长'
        },
        '签名与签发内容不符，记录可能被改动'
      ],
      [
        'opinion',
        (pkg) => {
          for (const v of pkg.versions) if (v.reason === 'approve') v.note = '同意，请尽快印发'
        },
        '签名与签发内容不符，记录可能被改动'
      ]
    ]
    for (const [, edit, problem] of edits) {
      expect(
        (await clerk.fail('review:importPackage', { base64: doctor(signed.base64, edit) })).message
      ).toBe(`审核包中的签发未通过验证（${problem}），未导入任何内容。`)
    }
    expect((await clerk.fail('drafts:get', { id })).code).toBe('not-found')
    // the untouched file imports, signed
    await clerk.call('review:importPackage', { base64: signed.base64 })
    expect(await clerk.call('review:state', { id })).toMatchObject({
      status: 'approved',
      approval: { by: '王局长' }
    })
  })

  it('does not show or export 签发人 from an edited database row', async () => {
    const app = openApp()
    const id = await submitted(app)
    await grantSigning(app.services.handlers, '王局长')
    await grantSigning(app.services.handlers, '局长', '1357')
    await app.call('review:signIn', { name: '王局长', pin: SIGNER_PIN })
    await app.call('review:approve', { id })
    const before = await docx(app, id)
    expect(before.file.approval).toMatchObject({ by: '王局长' })
    expect(before.custom).toMatch(/name="签发人"[^]*王局长/)

    // the clerk rewrites who signed, straight in SQLite
    app.services.ctx.db
      .prepare(
        "UPDATE review_versions SET actor = '局长' WHERE reply_id = ? AND reason = 'approve'"
      )
      .run(id)
    const state = await app.call('review:state', { id })
    expect(state).toMatchObject({
      status: 'approved',
      statusLabel: '签发未通过验证',
      approval: null
    })
    expect(state.approvalProblem).toBe(
      '这份答复标为已签发，但签发未通过验证（签名与签发内容不符，记录可能被改动），不能作为已签发答复导出。请重新送审签发。'
    )
    const after = await docx(app, id)
    expect(after.file.approval).toBeNull()
    expect(after.custom).not.toContain('签发人')
    expect(after.custom).toContain('未签发')
    expect(after.file.warnings[0]).toBe(
      '这份答复标为已签发，但签发未通过验证（签名与签发内容不符，记录可能被改动），导出的文件按未签发稿处理，不记签发人'
    )

    expect((await app.fail('review:close', { id, feedback: '满意' })).message).toMatch(
      /签发未通过验证（签名与签发内容不符，记录可能被改动），不能办结/
    )

    // a reply the clerk marks approved without any signature claims nothing either
    const other = await submitted(app)
    app.services.ctx.db.prepare("UPDATE replies SET status = 'approved' WHERE id = ?").run(other)
    expect(await app.call('review:state', { id: other })).toMatchObject({
      approval: null,
      statusLabel: '签发未通过验证'
    })
  })
})
