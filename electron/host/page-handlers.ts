import type { Handlers } from '../contract'
import { AppFailure } from '../contract/result'

// What a page may ask for. A path names a file on this computer with the rights of the process:
// only the CLI (its user's own shell) may hand over paths. A page (browser mode or the desktop
// window, where a script injected into it would hold the same API) sends files' contents instead.

const SERVER_PATHS = ['archive:import'] as const

export function pageHandlers(handlers: Handlers): Handlers {
  const refused = Object.fromEntries(
    SERVER_PATHS.map((method) => [
      method,
      () => {
        throw new AppFailure(
          'invalid-input',
          '界面不能按路径导入文件，请用“导入文件”或“导入文件夹”选择要导入的文件。'
        )
      }
    ])
  )
  return { ...handlers, ...refused }
}
