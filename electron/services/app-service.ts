import type { appContract, FontStatus } from '../contract/app'
import { detectFonts } from '../export/fonts'
import type { Handlers } from '../contract'
import type { ServiceContext } from './context'
import { READ_ONLY_MESSAGE } from '../domain/failure'
import { dismissedKey, missingKey, saveDismissed } from './font-note'

export function appHandlers(ctx: ServiceContext): Pick<Handlers, keyof typeof appContract> {
  // Fonts are installed rarely and fc-list is slow: once per launch is enough.
  let fonts: Promise<FontStatus[]> | null = null
  const detected = () => (fonts ??= detectFonts())
  const note = async () => {
    const all = await detected()
    const key = missingKey(all)
    return {
      missing: all.filter((f) => !f.installed),
      dismissed: key === dismissedKey(ctx.dataDir)
    }
  }
  return {
    'app:fonts': detected,
    'app:fontNote': note,
    'app:dismissFontNote': async () => {
      saveDismissed(ctx.dataDir, missingKey(await detected()))
      return note()
    },
    'app:info': () => ({
      mode: ctx.mode === 'electron' ? 'electron' : 'browser',
      dataDir: ctx.dataDir,
      version: ctx.version,
      readOnly: ctx.readOnly ? READ_ONLY_MESSAGE : null
    })
  }
}
