import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { ensureDependencies, ensureRendererBuilt, npm, root, run } from './ensure-deps.mjs'

// Desktop app when Electron's binary is present (trying its download once, never fatally);
// otherwise the same app in the browser, served from this machine only.

ensureDependencies()

function electronBinary() {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(
    root,
    'node_modules',
    'electron',
    'dist',
    readFileSync(pathFile, 'utf8').trim()
  )
  return existsSync(binary) ? binary : null
}

function tryDownloadElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1' || process.env.CI) return
  const installer = join(root, 'node_modules', 'electron', 'install.js')
  if (!existsSync(installer)) return
  console.log('正在尝试下载 Electron 运行时（无法联网时将改用浏览器模式）…')
  // The installer's own error is an English stack trace; the outcome is said in one line below.
  const status = run(process.execPath, [installer], { timeout: 120_000, stdio: 'ignore' })
  if (status !== 0) console.log('未能下载 Electron 运行时（本机无法访问下载地址）。')
}

if (!electronBinary()) tryDownloadElectron()
ensureRendererBuilt()

const binary = electronBinary()
if (binary) {
  console.log('以桌面程序方式启动（Electron）。')
  const require = createRequire(import.meta.url)
  const electronVite = join(
    require.resolve('electron-vite/package.json'),
    '..',
    'bin',
    'electron-vite.js'
  )
  process.exit(run(process.execPath, [electronVite, 'preview']))
} else {
  console.log(
    '本机没有 Electron 运行时，改以浏览器模式启动：界面在 Chromium 中打开，数据与桌面版相同。'
  )
  process.exit(run(npm, ['run', 'host', '--silent', '--', ...process.argv.slice(2)]))
}
