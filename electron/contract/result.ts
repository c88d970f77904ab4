// Results cross the process boundary as data, never as thrown errors: IPC and HTTP would lose
// the error's type and its Chinese message.

import type { ErrorCode } from '../domain/failure'

export { AppFailure, ERROR_CODES, type ErrorCode } from '../domain/failure'

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
