import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { BrowserHost } from '../../electron/host/browser-host'
import { TOKEN_HEADER } from '../../electron/host/http'

const run = promisify(execFile)

/** Calls the browser-mode host the way the window does: contract methods and file uploads. */
export function hostClient(host: BrowserHost) {
  return {
    call: async <T>(method: string, input: unknown): Promise<T> => {
      const response = await fetch(`${host.url}api/${method}`, {
        method: 'POST',
        headers: { [TOKEN_HEADER]: host.token },
        body: JSON.stringify(input)
      })
      return ((await response.json()) as { value: T }).value
    },
    /** Streams the file to /api/upload from another process, as Chromium does; its upload id. */
    upload: async (file: string): Promise<string> => {
      const uploaded = await run('curl', [
        '-s',
        '-H',
        `${TOKEN_HEADER}: ${host.token}`,
        '--data-binary',
        `@${file}`,
        `${host.url}api/upload`
      ])
      return (JSON.parse(uploaded.stdout) as { value: { uploadId: string } }).value.uploadId
    }
  }
}
