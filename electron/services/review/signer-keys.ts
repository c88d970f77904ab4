import { createPublicKey, type KeyObject } from 'node:crypto'
import { AppFailure } from '../../contract/result'
import type { Profile } from '../../domain/templates'
import { getProfile, saveProfile } from '../../store/profile-repo'
import { getSigningKey, setSigningKey } from '../../store/review-repo'
import type { ServiceContext } from '../context'
import { signerEntries } from './review-signature'
import { newSealedKey, publicKeyText, sealKey, unsealKey, type SealedKey } from './signing-keys'

// Where a signer's key pair comes from and goes: made when a person with 签发 rights first uses a
// PIN, resealed when the PIN changes, and its public key written into the profile's entry for
// them when that entry has none yet (the profile then carries it to the bureau's other PCs).

function store(ctx: ServiceContext, name: string, sealed: SealedKey): void {
  setSigningKey(ctx.db, { name, ...sealed, updated_at: ctx.now().toISOString() })
}

/** The profile with each signer's empty public key filled from the keys made on this PC. */
export function withLocalSignerKeys(ctx: ServiceContext, profile: Profile): Profile {
  const fill = (people: Profile['leaders']) =>
    people.map((p) => {
      if (!p.signer || p.public_key) return p
      const key = getSigningKey(ctx.db, p.name)
      return key ? { ...p, public_key: key.public_key } : p
    })
  return { ...profile, leaders: fill(profile.leaders), handlers: fill(profile.handlers) }
}

function offerPublicKey(ctx: ServiceContext, name: string): void {
  const profile = getProfile(ctx.db)
  const filled = withLocalSignerKeys(ctx, profile)
  if (signerEntries(filled, name).some((p, i) => p !== signerEntries(profile, name)[i]))
    saveProfile(ctx.db, filled, ctx.now())
}

function isSigner(ctx: ServiceContext, name: string): boolean {
  return signerEntries(getProfile(ctx.db), name).length > 0
}

/**
 * At a sign-in with the right PIN: the signer's unlocked key, made first if they have rights and
 * none yet (PIN holders from before keys existed). Null for people without a key.
 */
export function keyForSignIn(ctx: ServiceContext, name: string, pin: string): KeyObject | null {
  const sealed = getSigningKey(ctx.db, name)
  if (sealed) return unsealKey(sealed, pin)
  if (!isSigner(ctx, name)) return null
  const made = newSealedKey(pin)
  store(ctx, name, made)
  offerPublicKey(ctx, name)
  return unsealKey(made, pin)
}

/** At a PIN change (the current PIN already checked): the same key under the new PIN. */
export function keyAfterPinChange(
  ctx: ServiceContext,
  name: string,
  pin: string,
  currentPin: string | undefined
): KeyObject | null {
  const sealed = getSigningKey(ctx.db, name)
  if (!sealed) return keyForSignIn(ctx, name, pin)
  const key = currentPin ? unsealKey(sealed, currentPin) : null
  if (!key) throw new AppFailure('unauthorized', '签名密钥无法用原 PIN 解开，未作修改。')
  store(ctx, name, sealKey(key, pin))
  return key
}

export function requireSigner(ctx: ServiceContext, name: string): void {
  if (!isSigner(ctx, name)) {
    throw new AppFailure(
      'unauthorized',
      `“${name}”没有签发权，不能签发。签发权由管理员在“设置 → 人员”中授予。`
    )
  }
}

/** The key a sign-off is made with: rights in the profile, unlocked by PIN, the one registered. */
export function requireSigningKey(
  ctx: ServiceContext,
  name: string,
  key: KeyObject | null
): KeyObject {
  requireSigner(ctx, name)
  if (!key) {
    throw new AppFailure(
      'unauthorized',
      '签发须用 PIN 确认身份：请在“我是”处重新选择您的姓名并输入 PIN；尚未设置 PIN 的，请先点“PIN”设置。'
    )
  }
  offerPublicKey(ctx, name)
  const mine = publicKeyText(createPublicKey(key))
  if (!signerEntries(getProfile(ctx.db), name).some((p) => p.public_key === mine)) {
    throw new AppFailure(
      'unauthorized',
      '您在本机的签名密钥与单位设置中登记的签名公钥不一致，不能签发。请管理员在“设置 → 人员”中核对。'
    )
  }
  return key
}
