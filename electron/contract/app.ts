import { z } from 'zod'
import { method } from './method'

export type AppInfo = { mode: 'electron' | 'browser'; dataDir: string; version: string }

export const appContract = {
  'app:info': method<AppInfo>()(z.object({}).strict())
}
