import { useCallback, useState } from 'react'
import type { ReviewState } from '../../../../electron/contract'
import { errorText, request } from '../../lib/api'
import { mutate, useLoad, useQuery } from '../../lib/query'
import type { NewComment } from './CommentsPlugin'
import { COMMENT_MAKES_STALE } from './queries'

const PERSON_KEY = 'replydesk-person'

/** The people, signed in as the remembered name when it has no PIN. */
async function loadPeople() {
  const p = await request('review:people', {})
  const remembered = localStorage.getItem(PERSON_KEY)
  const known = p.people.find((x) => x.name === remembered)
  if (!p.current && remembered && !known?.hasPin) {
    return mutate('review:signIn', { name: remembered })
  }
  return p
}

/** Runs a change: true when it went through, otherwise the reason goes to `setError`. */
async function attempt(
  work: () => Promise<unknown>,
  fallback: string,
  setError: (text: string) => void
): Promise<boolean> {
  try {
    await work()
    setError('')
    return true
  } catch (e) {
    setError(errorText(e, fallback))
    return false
  }
}

/** Who is at the keyboard. The last name is remembered; a name with a PIN asks for it again. */
export function usePerson() {
  const fetched = useLoad(['review:people'], 'people', loadPeople, '读取人员名单失败。')
  const [error, setError] = useState('')
  const { set } = fetched

  const signIn = useCallback(
    (name: string, pin?: string) =>
      attempt(
        async () => {
          const next = await mutate('review:signIn', pin ? { name, pin } : { name })
          localStorage.setItem(PERSON_KEY, name)
          set(next)
        },
        '切换人员失败。',
        setError
      ),
    [set]
  )

  const setPin = useCallback(
    (name: string, pin: string, currentPin?: string) =>
      attempt(
        async () =>
          set(
            await mutate('review:setPin', currentPin ? { name, pin, currentPin } : { name, pin })
          ),
        '设置 PIN 失败。',
        setError
      ),
    [set]
  )

  const people = fetched.value ?? fetched.stale
  return { people, current: people?.current ?? null, error: error || fetched.error, signIn, setPin }
}

/** Comments of one reply, for the review screen and the drafting screen alike. */
export function useReviewComments(id: string) {
  const fetched = useQuery('review:comments', { id }, '读取批注失败。')
  const [activeId, setActiveId] = useState<string | null>(null)
  const [error, setError] = useState('')

  const act = useCallback(
    (work: () => Promise<unknown>, fallback: string) => attempt(work, fallback, setError),
    []
  )

  const create = useCallback(
    ({ commentId, quote, text }: NewComment) =>
      act(
        () => mutate('review:addComment', { id, commentId, quote, text }, COMMENT_MAKES_STALE),
        '保存批注失败。'
      ),
    [act, id]
  )
  const answer = useCallback(
    (parentId: string, text: string) =>
      act(
        () => mutate('review:addComment', { id, parentId, text }, COMMENT_MAKES_STALE),
        '回复批注失败。'
      ),
    [act, id]
  )
  const resolve = useCallback(
    (commentId: string) =>
      act(
        () => mutate('review:resolveComment', { id, commentId }, COMMENT_MAKES_STALE),
        '处理批注失败。'
      ),
    [act, id]
  )

  const comments = fetched.value ?? fetched.stale ?? []
  return {
    comments,
    activeId,
    setActiveId,
    create,
    answer,
    resolve,
    error: error || fetched.error
  }
}

/** The reply's place in the flow; `step` runs one review step, and what it changed loads again. */
export function useReviewState(id: string) {
  const fetched = useQuery('review:state', { id }, '读取审核状态失败。')
  const [error, setError] = useState('')
  const { set } = fetched

  const step = useCallback(
    (work: () => Promise<ReviewState>) =>
      attempt(async () => set(await work()), '操作失败，请稍后重试。', setError),
    [set]
  )

  return { state: fetched.value ?? fetched.stale, error: error || fetched.error, step }
}
