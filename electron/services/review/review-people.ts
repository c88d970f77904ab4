import { randomBytes, scryptSync, timingSafeEqual, type KeyObject } from 'node:crypto'
import type { People, Person } from '../../contract/review'
import { AppFailure } from '../../contract/result'
import {
  clearPin,
  getPin,
  getPinAttempts,
  getSigningKey,
  listPinNames,
  setPin,
  setPinAttempts
} from '../../store/review-repo'
import type { ServiceContext } from '../context'
import { activeProfile } from '../draft-templates'
import { keyAfterPinChange, keyForSignIn } from './signer-keys'

// Identity is light on purpose: a bureau PC is shared and people pick their name; a PIN (stored
// as a salted scrypt hash) keeps one colleague from acting as another. Signing is not light: a
// sign-off needs 签发 rights in the profile and the signer's private key, which only their PIN
// unlocks (signer-keys.ts); the unlocked key lives in memory for this session only.

export function currentPerson(ctx: ServiceContext): string | null {
  return ctx.session.person?.name ?? null
}

/** The private key unlocked by this session's sign-in, if any. */
export function unlockedKey(ctx: ServiceContext): KeyObject | null {
  return ctx.session.person?.key ?? null
}

/** The person every review step is recorded under. */
export function requirePerson(ctx: ServiceContext): string {
  const name = currentPerson(ctx)
  if (!name) throw new AppFailure('unauthorized', '请先在“我是”处选择您的姓名，再进行审核操作。')
  return name
}

function hashPin(pin: string, salt: string): string {
  return scryptSync(pin, salt, 32).toString('hex')
}

// After a few wrong PINs each further try waits longer; after 10 in a row the name is locked for
// an hour. A right PIN clears the count. Trying all 10,000 four-digit PINs then takes months.
const FREE_TRIES = 3
const LOCK_AFTER = 10
const LOCK_MS = 60 * 60 * 1000
const MAX_WAIT_MS = 5 * 60 * 1000

function waitAfter(failures: number): number {
  if (failures >= LOCK_AFTER) return LOCK_MS
  if (failures < FREE_TRIES) return 0
  return Math.min(1000 * 2 ** (failures - FREE_TRIES), MAX_WAIT_MS)
}

function refuseWhileBlocked(ctx: ServiceContext, name: string): void {
  const attempts = getPinAttempts(ctx.db, name)
  if (!attempts) return
  const left = new Date(attempts.blocked_until).getTime() - ctx.now().getTime()
  if (left <= 0) return
  if (attempts.failures >= LOCK_AFTER) {
    throw new AppFailure(
      'unauthorized',
      `“${name}”的 PIN 已连续输错 ${attempts.failures} 次，已锁定，请 ${Math.ceil(left / 60_000)} 分钟后再试。`
    )
  }
  throw new AppFailure('unauthorized', `PIN 输错次数过多，请 ${Math.ceil(left / 1000)} 秒后再试。`)
}

function pinMatches(ctx: ServiceContext, name: string, pin: string | undefined): boolean {
  const row = getPin(ctx.db, name)
  if (!row) return true
  if (!pin) return false
  refuseWhileBlocked(ctx, name)
  const right = timingSafeEqual(
    Buffer.from(hashPin(pin, row.pin_salt), 'hex'),
    Buffer.from(row.pin_hash, 'hex')
  )
  if (right) setPinAttempts(ctx.db, name, null)
  else {
    const failures = (getPinAttempts(ctx.db, name)?.failures ?? 0) + 1
    const until = new Date(ctx.now().getTime() + waitAfter(failures)).toISOString()
    setPinAttempts(ctx.db, name, { failures, blocked_until: until })
  }
  return right
}

export function listPeople(ctx: ServiceContext): People {
  const profile = activeProfile(ctx)
  const withPin = new Set(listPinNames(ctx.db))
  const people: Person[] = []
  const add = (name: string, role: string) => {
    if (name && !people.some((p) => p.name === name))
      people.push({ name, role, hasPin: withPin.has(name) })
  }
  for (const p of profile.leaders) add(p.name, p.title || '领导')
  for (const p of profile.handlers) add(p.name, p.title || '经办人')
  for (const name of withPin) add(name, '')
  const current = currentPerson(ctx)
  if (current) add(current, '')
  return { people, current }
}

export function signIn(ctx: ServiceContext, name: string, pin: string | undefined): People {
  if (!pinMatches(ctx, name, pin)) {
    throw new AppFailure(
      'unauthorized',
      pin ? 'PIN 不正确，请重新输入。' : `“${name}”设有 PIN，请输入 PIN。`
    )
  }
  ctx.session.person = { name, key: pin ? keyForSignIn(ctx, name, pin) : null }
  return listPeople(ctx)
}

/** Setting, changing or clearing a PIN needs the current one, when there is one. */
export function changePin(
  ctx: ServiceContext,
  name: string,
  pin: string,
  currentPin?: string
): People {
  if (!pinMatches(ctx, name, currentPin)) {
    throw new AppFailure('unauthorized', '原 PIN 不正确，未作修改。')
  }
  if (pin === '') {
    if (getSigningKey(ctx.db, name))
      throw new AppFailure(
        'conflict',
        `“${name}”的 PIN 保护着签名密钥，不能清除；可以改设新的 PIN。`
      )
    clearPin(ctx.db, name)
  } else {
    const key = keyAfterPinChange(ctx, name, pin, currentPin)
    const salt = randomBytes(16).toString('hex')
    setPin(ctx.db, {
      name,
      pin_salt: salt,
      pin_hash: hashPin(pin, salt),
      updated_at: ctx.now().toISOString()
    })
    if (currentPerson(ctx) === name) ctx.session.person = { name, key }
  }
  return listPeople(ctx)
}
