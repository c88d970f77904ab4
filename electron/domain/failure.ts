// How a call fails, shared by every layer: the store and the services throw AppFailure, and the
// transports (contract/result.ts) turn it into a Result. It lives in the domain, below them all, so
// the store needs nothing from the contract but types.

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

/** Shown by the window's banner, the CLI and every refused write while the archive is read-only. */
export const READ_ONLY_MESSAGE =
  '数据文件夹只读：可以查看和导出，不能保存修改。请检查数据文件夹的权限，或用 REPLYDESK_DATA_DIR（命令行用 --data-dir）指定另一个文件夹。'
