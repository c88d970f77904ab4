import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

export const PRODUCT_NAME = '建议提案答复助手'

/** Mirrors Electron's app.getPath('userData') so browser mode, the CLI and the app share one archive. */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform
): string {
  if (env.REPLYDESK_DATA_DIR) return resolve(env.REPLYDESK_DATA_DIR)
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME)
}
