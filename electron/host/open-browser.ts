import { spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

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

/**
 * The browser's arguments. A command line is readable by every user of the machine (/proc, Task
 * Manager), so the address with the token goes into a launch page only this user can read, and
 * the browser is pointed at that page.
 */
export function launchArgs(appUrl: string, dataDir: string): string[] {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const page = join(dataDir, 'launch.html')
  writeFileSync(
    page,
    `<!doctype html><meta charset="utf-8"><title>建议提案答复助手</title>` +
      `<script>location.replace(${JSON.stringify(appUrl)})</script>`,
    { mode: 0o600 }
  )
  // writeFileSync's mode applies only when it creates the file.
  chmodSync(page, 0o600)
  return [
    `--app=${pathToFileURL(page).href}`,
    `--user-data-dir=${join(dataDir, 'browser-profile')}`,
    '--no-first-run',
    '--disable-background-networking'
  ]
}

/** Opens the app in its own window; returns a sentence saying what happened. */
export function openInBrowser(appUrl: string, dataDir: string): string {
  const browser = findBrowser()
  if (!browser) return '未找到 Chromium 或 Edge，请手动在浏览器中打开上面的地址。'
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return '当前没有图形界面，请在有浏览器的电脑上打开上面的地址（仅限本机访问）。'
  }
  const child = spawn(browser, launchArgs(appUrl, dataDir), { detached: true, stdio: 'ignore' })
  child.unref()
  return `已用 ${browser} 打开。`
}
