import type { appContract, FontStatus } from '../contract/app'
import { detectFonts } from '../export/fonts'
import type { Handlers } from '../contract'
import type { ServiceContext } from './context'
import { READ_ONLY_MESSAGE } from '../archive/open-errors'

export function appHandlers(ctx: ServiceContext): Pick<Handlers, keyof typeof appContract> {
  // Fonts are installed rarely and fc-list is slow: once per launch is enough.
  let fonts: Promise<FontStatus[]> | null = null
  return {
    'app:fonts': () => (fonts ??= detectFonts()),
    'app:info': () => ({
      mode: ctx.mode === 'electron' ? 'electron' : 'browser',
      dataDir: ctx.dataDir,
      version: ctx.version,
      readOnly: ctx.readOnly ? READ_ONLY_MESSAGE : null
    })
  }
}
