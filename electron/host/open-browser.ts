import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

const CANDIDATES: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  win32: [
    join(
      process.env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)',
      'Microsoft\\Edge\\Application\\msedge.exe'
    ),
    join(process.env.ProgramFiles ?? 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe')
  ],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']
}

export function findBrowser(): string | null {
  return (CANDIDATES[process.platform] ?? []).find((p) => existsSync(p)) ?? null
}

/** Opens the app in its own window; returns a sentence saying what happened. */
export function openInBrowser(url: string, profileDir: string): string {
  const browser = findBrowser()
  if (!browser) return '未找到 Chromium 或 Edge，请手动在浏览器中打开上面的地址。'
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return '当前没有图形界面，请在有浏览器的电脑上打开上面的地址（仅限本机访问）。'
  }
  const child = spawn(
    browser,
    [
      `--app=${url}`,
      `--user-data-dir=${profileDir}`,
      '--no-first-run',
      '--disable-background-networking'
    ],
    { detached: true, stdio: 'ignore' }
  )
  child.unref()
  return `已用 ${browser} 打开。`
}
