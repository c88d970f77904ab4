import { z } from 'zod'
import { method } from './method'

export type AppInfo = {
  mode: 'electron' | 'browser'
  dataDir: string
  version: string
  /** why nothing can be saved (the data folder is read-only), or null */
  readOnly: string | null
}

/** An official font and what WPS/Word on this machine show in its place when it is missing. */
export type FontStatus = { name: string; installed: boolean; fallback: string }

/** The note beside the preview: the missing fonts, unless the clerk dismissed this same set. */
export type FontNote = { missing: FontStatus[]; dismissed: boolean }

export const appContract = {
  'app:info': method<AppInfo>()(z.object({}).strict()),
  'app:fonts': method<FontStatus[]>()(z.object({}).strict()),
  'app:fontNote': method<FontNote>()(z.object({}).strict()),
  'app:dismissFontNote': method<FontNote>()(z.object({}).strict())
}
