import { useCallback, useEffect, useRef, useState } from 'react'
import type {
  MethodName,
  Profile,
  ProfileCheck,
  SettingProblem
} from '../../../../electron/contract'
import { call } from '../../lib/api'
import { invalidate } from '../../lib/query'
import { problemsOf } from './problems'

// The profile being edited. Every change is checked by the service (debounced) so problems and
// the sample reply follow the typing; saving goes through 'profile:save', and a refused save
// keeps everything typed.

const CHECK_DELAY_MS = 250

/** What a saved profile changes elsewhere (the 办理 steps read it; the home page asks if it is set). */
export const SAVED_PROFILE: MethodName[] = ['profile:get', 'profile:status']

export type SaveOutcome = { ok: true } | { ok: false; message: string }

export function useProfileEditor(initial: Profile) {
  const [profile, setProfile] = useState(initial)
  const [saved, setSaved] = useState(initial)
  const [check, setCheck] = useState<ProfileCheck | null>(null)
  const [refused, setRefused] = useState<SettingProblem[] | null>(null)
  const [saving, setSaving] = useState(false)
  const latest = useRef(0)

  useEffect(() => {
    const ticket = ++latest.current
    const timer = setTimeout(() => {
      void call('profile:check', { profile }).then((result) => {
        if (result.ok && ticket === latest.current) setCheck(result.value)
      })
    }, CHECK_DELAY_MS)
    return () => clearTimeout(timer)
  }, [profile])

  const update = useCallback((patch: Partial<Profile>) => {
    setProfile((p) => ({ ...p, ...patch }))
    setRefused(null)
  }, [])

  /** A whole new profile (imported, or an example): the form shows it, unsaved unless told. */
  const replace = useCallback((next: Profile, alreadySaved: boolean) => {
    setProfile(next)
    if (alreadySaved) setSaved(next)
    setRefused(null)
  }, [])

  const save = useCallback(async (): Promise<SaveOutcome> => {
    setSaving(true)
    const result = await call('profile:save', { profile })
    setSaving(false)
    if (result.ok) {
      invalidate(...SAVED_PROFILE)
      setProfile(result.value)
      setSaved(result.value)
      setRefused(null)
      return { ok: true }
    }
    setRefused(problemsOf(result.error.details))
    return { ok: false, message: result.error.message }
  }, [profile])

  return {
    profile,
    update,
    replace,
    save,
    saving,
    dirty: JSON.stringify(profile) !== JSON.stringify(saved),
    check,
    problems: refused ?? check?.problems ?? []
  }
}

export type ProfileEditor = ReturnType<typeof useProfileEditor>
