import type { z } from 'zod'
import { contract, isMethodName, type Handlers } from '../contract'
import { AppFailure, fail, ok, type Result } from '../contract/result'
import { READ_ONLY_MESSAGE } from '../domain/failure'

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>

/** Every transport (IPC, HTTP, CLI) goes through here: one place validates input and shapes errors. */
export function createDispatch(handlers: Handlers, log: (e: unknown) => void = () => {}): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) return fail('invalid-input', `未知的操作：${method}`)
    const parsed = (contract[method].input as z.ZodType).safeParse(input ?? {})
    if (!parsed.success)
      return fail('invalid-input', describeIssues(parsed.error), parsed.error.issues)
    try {
      const handler = handlers[method] as (i: unknown) => unknown
      return ok(await handler(parsed.data))
    } catch (e) {
      return toFailure(e, log)
    }
  }
}

function describeIssues(error: z.ZodError): string {
  const first = error.issues[0]
  if (!first) return '输入有误。'
  const where = first.path.length ? `（${first.path.join('.')}）` : ''
  const message = /[\u4e00-\u9fff]/.test(first.message) ? first.message : '格式不正确'
  return `输入有误${where}：${message}`
}

export function toFailure(e: unknown, log: (e: unknown) => void): Result<never> {
  if (e instanceof AppFailure) return fail(e.code, e.message, e.details)
  const code = (e as { code?: unknown } | null)?.code
  // Writes that are not a transaction of their own (an audit line, a PIN attempt) reach SQLite.
  if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) {
    return fail('read-only', READ_ONLY_MESSAGE)
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return fail(
      'disk-full',
      '磁盘空间已满，刚才的修改没有保存。请清理磁盘后再试，已输入的内容仍在窗口中。'
    )
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return fail('io', '没有写入权限，请检查数据文件夹的权限后再试。')
  }
  log(e)
  return fail('internal', `内部错误：${e instanceof Error ? e.message : String(e)}`)
}
