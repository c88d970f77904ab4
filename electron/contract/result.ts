// Results cross the process boundary as data, never as thrown errors: IPC and HTTP would lose
// the error's type and its Chinese message.

export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'conflict',
  /** a save based on a revision that another window has since replaced */
  'stale',
  'duplicate',
  'unsupported',
  'io',
  'disk-full',
  /** the data folder or the archive file cannot be written: it opened read-only */
  'read-only',
  'db-from-future',
  'unauthorized',
  'internal'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export type AppError = { code: ErrorCode; message: string; details?: unknown }

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail(code: ErrorCode, message: string, details?: unknown): Result<never> {
  return {
    ok: false,
    error: details === undefined ? { code, message } : { code, message, details }
  }
}

/** Thrown inside services to end a call with a specific code; the transport turns it into a Result. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown
  ) {
    super(message)
  }
}
