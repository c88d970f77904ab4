import { useCallback, useEffect, useState } from 'react'
import type { People, ReviewComment, ReviewState } from '../../../../electron/contract'
import { errorText, request } from '../../lib/api'
import type { NewComment } from './CommentsPlugin'

const PERSON_KEY = 'replydesk-person'

/** Who is at the keyboard. The last name is remembered; a name with a PIN asks for it again. */
export function usePerson() {
  const [people, setPeople] = useState<People | null>(null)
  const [error, setError] = useState('')

  useEffect(() => {
    request('review:people', {})
      .then(async (p) => {
        const remembered = localStorage.getItem(PERSON_KEY)
        const known = p.people.find((x) => x.name === remembered)
        if (!p.current && remembered && !known?.hasPin) {
          return setPeople(await request('review:signIn', { name: remembered }))
        }
        setPeople(p)
      })
      .catch((e: unknown) => setError(errorText(e, '读取人员名单失败。')))
  }, [])

  const signIn = useCallback(async (name: string, pin?: string) => {
    try {
      const next = await request('review:signIn', pin ? { name, pin } : { name })
      localStorage.setItem(PERSON_KEY, name)
      setPeople(next)
      setError('')
      return true
    } catch (e) {
      setError(errorText(e, '切换人员失败。'))
      return false
    }
  }, [])

  const setPin = useCallback(async (name: string, pin: string, currentPin?: string) => {
    try {
      setPeople(
        await request('review:setPin', currentPin ? { name, pin, currentPin } : { name, pin })
      )
      setError('')
      return true
    } catch (e) {
      setError(errorText(e, '设置 PIN 失败。'))
      return false
    }
  }, [])

  return { people, current: people?.current ?? null, error, signIn, setPin }
}

/** Comments of one reply, for the review screen and the drafting screen alike. */
export function useReviewComments(id: string) {
  const [comments, setComments] = useState<ReviewComment[]>([])
  const [activeId, setActiveId] = useState<string | null>(null)
  const [error, setError] = useState('')

  const reload = useCallback(
    () =>
      request('review:comments', { id })
        .then(setComments)
        .catch((e: unknown) => setError(errorText(e, '读取批注失败。'))),
    [id]
  )
  useEffect(() => void reload(), [reload])

  const act = useCallback(
    async (work: () => Promise<unknown>, fallback: string) => {
      try {
        await work()
        setError('')
        await reload()
        return true
      } catch (e) {
        setError(errorText(e, fallback))
        return false
      }
    },
    [reload]
  )

  const create = useCallback(
    ({ commentId, quote, text }: NewComment) =>
      act(() => request('review:addComment', { id, commentId, quote, text }), '保存批注失败。'),
    [act, id]
  )
  const answer = useCallback(
    (parentId: string, text: string) =>
      act(() => request('review:addComment', { id, parentId, text }), '回复批注失败。'),
    [act, id]
  )
  const resolve = useCallback(
    (commentId: string) =>
      act(() => request('review:resolveComment', { id, commentId }), '处理批注失败。'),
    [act, id]
  )

  return { comments, activeId, setActiveId, create, answer, resolve, reload, error }
}

/** The reply's place in the flow; `step` runs one review step and reloads. */
export function useReviewState(id: string) {
  const [state, setState] = useState<ReviewState | null>(null)
  const [error, setError] = useState('')

  const reload = useCallback(
    () =>
      request('review:state', { id })
        .then((s) => {
          setState(s)
          setError('')
        })
        .catch((e: unknown) => setError(errorText(e, '读取审核状态失败。'))),
    [id]
  )
  useEffect(() => void reload(), [reload])

  const step = useCallback(async (work: () => Promise<ReviewState>) => {
    try {
      setState(await work())
      setError('')
      return true
    } catch (e) {
      setError(errorText(e, '操作失败，请稍后重试。'))
      return false
    }
  }, [])

  return { state, error, reload, step }
}
