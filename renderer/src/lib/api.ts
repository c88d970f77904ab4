import type { Api, Input, MethodName, Output, Result } from '../../../electron/contract'
import type { DesktopBridge } from '../../../electron/contract/channels'
import { inputProblem } from './input-problems'

// The only file that knows how the renderer reaches the services: Electron's preload bridge when
// present, otherwise the browser-mode host on loopback with the per-launch token.

declare global {
  // Declaration merging with the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    api?: Api
    desktop?: DesktopBridge
  }
}

const TOKEN_KEY = 'replydesk-token'

function takeToken(): string {
  const match = /(?:^#|&)token=([0-9a-f]+)/.exec(window.location.hash)
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1])
    history.replaceState(null, '', window.location.pathname + window.location.search + '#/')
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

const token = window.api ? '' : takeToken()

function httpApi(): Api {
  return {
    async call(method, input) {
      try {
        const response = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-replydesk-token': token },
          body: JSON.stringify(input)
        })
        return (await response.json()) as never
      } catch {
        return {
          ok: false,
          error: { code: 'io', message: UNREACHABLE }
        } as never
      }
    }
  }
}

export const transport: 'electron' | 'browser' = window.api ? 'electron' : 'browser'

const UNREACHABLE = '无法连接本机服务，请确认程序仍在运行后重试。'

const api: Api = window.api ?? httpApi()

export function call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
  return api.call(method, input)
}

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown
  ) {
    super(message)
  }
}

/** For queries where the caller shows the message; throws ApiError with the Chinese text. */
export async function request<M extends MethodName>(
  method: M,
  input: Input<M>
): Promise<Output<M>> {
  const result = await call(method, input)
  if (!result.ok) {
    const { code, message, details } = result.error
    throw new ApiError(
      code,
      code === 'invalid-input' ? inputProblem(details, message) : message,
      details
    )
  }
  return result.value
}

/** Save dialog in the desktop app, a download in browser mode. */
export const SAVE_CANCELLED = '已取消保存。'

export async function saveBase64(
  fileName: string,
  base64: string,
  mimeType: string
): Promise<string> {
  if (window.desktop) {
    const outcome = await window.desktop.saveFile(fileName, base64)
    if (outcome.message) throw new ApiError('io', outcome.message)
    return outcome.saved ? `已保存到 ${outcome.path ?? fileName}` : SAVE_CANCELLED
  }
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return `已下载：${fileName}`
}

/** The service's Chinese message for a failed call, or what the screen says when there is none. */
export function errorText(e: unknown, fallback: string): string {
  return e instanceof ApiError ? e.message : fallback
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result)
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () =>
      reject(new ApiError('io', `无法读取文件“${file.name}”，请确认文件仍可打开。`))
    reader.readAsDataURL(file)
  })
}

/**
 * A file's contents for archive:importBytes. Browser mode streams the file to the host first and
 * sends only the id it gets back: a large file is then never parsed as JSON on the host's thread.
 */
export async function sendableFile(file: File): Promise<{ base64: string } | { uploadId: string }> {
  if (transport === 'electron') return { base64: await readBase64(file) }
  let result: Result<{ uploadId: string }>
  try {
    const response = await fetch('/api/upload', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-replydesk-token': token },
      body: file
    })
    result = (await response.json()) as Result<{ uploadId: string }>
  } catch {
    throw new ApiError('io', UNREACHABLE)
  }
  if (!result.ok) throw new ApiError(result.error.code, result.error.message)
  return result.value
}
