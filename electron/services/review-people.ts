import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'
import type { People, Person } from '../contract/review'
import { AppFailure } from '../contract/result'
import { clearPin, getPin, listPinNames, setPin } from '../archive/review-repo'
import type { ServiceContext } from './context'
import { activeProfile } from './draft-templates'

// Identity is light on purpose: a bureau PC is shared, people pick their name, and a PIN (stored
// as a salted scrypt hash) only keeps one colleague from signing as another by accident.

const signedIn = new WeakMap<ServiceContext, string>()

export function currentPerson(ctx: ServiceContext): string | null {
  return signedIn.get(ctx) ?? null
}

/** The person every review step is recorded under. */
export function requirePerson(ctx: ServiceContext): string {
  const name = signedIn.get(ctx)
  if (!name) throw new AppFailure('unauthorized', '请先在“我是”处选择您的姓名，再进行审核操作。')
  return name
}

function hashPin(pin: string, salt: string): string {
  return scryptSync(pin, salt, 32).toString('hex')
}

function pinMatches(ctx: ServiceContext, name: string, pin: string | undefined): boolean {
  const row = getPin(ctx.db, name)
  if (!row) return true
  if (!pin) return false
  return timingSafeEqual(
    Buffer.from(hashPin(pin, row.pin_salt), 'hex'),
    Buffer.from(row.pin_hash, 'hex')
  )
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
  signedIn.set(ctx, name)
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
  if (pin === '') clearPin(ctx.db, name)
  else {
    const salt = randomBytes(16).toString('hex')
    setPin(ctx.db, {
      name,
      pin_salt: salt,
      pin_hash: hashPin(pin, salt),
      updated_at: ctx.now().toISOString()
    })
  }
  return listPeople(ctx)
}
