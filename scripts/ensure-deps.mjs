import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'

// `npm start` and `npm test` must work on a fresh clone: install dependencies when missing, without
// ever letting Electron's binary download (which needs internet) break the install.

export const root = join(import.meta.dirname, '..')
export const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    cwd: root,
    shell: process.platform === 'win32',
    ...options
  })
  return result.status ?? 1
}

function installedIsCurrent() {
  const marker = join(root, 'node_modules', '.package-lock.json')
  if (!existsSync(marker)) return false
  return statSync(marker).mtimeMs >= statSync(join(root, 'package-lock.json')).mtimeMs
}

export function ensureDependencies() {
  if (installedIsCurrent()) return
  console.log('正在安装依赖（首次运行需要几分钟）…')
  const status = run(npm, ['ci', '--no-audit', '--no-fund'], {
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }
  })
  if (status !== 0) {
    console.error('依赖安装失败，请检查网络或 npm 镜像设置后重试。')
    process.exit(status)
  }
}

export function ensureRendererBuilt() {
  const index = join(root, 'out', 'renderer', 'index.html')
  if (existsSync(index) && process.env.REPLYDESK_REBUILD !== '1') return
  console.log('正在构建界面…')
  const status = run(npm, ['run', 'build', '--silent'])
  if (status !== 0) process.exit(status)
}
