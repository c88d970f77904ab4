import type { appContract } from '../contract/app'
import type { Handlers } from '../contract'
import type { ServiceContext } from './context'

export function appHandlers(ctx: ServiceContext): Pick<Handlers, keyof typeof appContract> {
  return {
    'app:info': () => ({
      mode: ctx.mode === 'electron' ? 'electron' : 'browser',
      dataDir: ctx.dataDir,
      version: ctx.version
    })
  }
}
