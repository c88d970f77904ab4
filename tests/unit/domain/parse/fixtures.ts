import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures', 'parse')

export function fixtureText(...path: string[]): string {
  return readFileSync(join(FIXTURES, ...path), 'utf8')
}

export function fixtureJson<T>(...path: string[]): T {
  return JSON.parse(fixtureText(...path)) as T
}

/** A copy of an expected-values record without its bookkeeping keys (file, known_defects …). */
export function omit(record: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)))
}
