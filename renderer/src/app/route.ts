import { useEffect, useState } from 'react'

export type Route =
  | { name: 'home' }
  | { name: 'draft'; id: string }
  | { name: 'review'; id: string }
  | { name: 'reviews' }
  | { name: 'archive'; query?: string }
  | { name: 'settings' }

function decodeQuery(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

export function parseRoute(hash: string): Route {
  const draft = /^#\/draft\/([\w-]+)/.exec(hash)
  if (draft?.[1]) return { name: 'draft', id: draft[1] }
  const review = /^#\/review\/([\w-]+)/.exec(hash)
  if (review?.[1]) return { name: 'review', id: review[1] }
  if (/^#\/review\/?$/.test(hash)) return { name: 'reviews' }
  const archive = /^#\/archive\/?(?:\?q=(.*))?$/.exec(hash)
  if (archive) return { name: 'archive', query: decodeQuery(archive[1] ?? '') }
  if (/^#\/settings\/?$/.test(hash)) return { name: 'settings' }
  return { name: 'home' }
}

export function navigate(route: Route): void {
  window.location.hash =
    route.name === 'draft' || route.name === 'review'
      ? `#/${route.name}/${route.id}`
      : route.name === 'reviews'
        ? '#/review'
        : route.name === 'archive'
          ? `#/archive${route.query ? `?q=${encodeURIComponent(route.query)}` : ''}`
          : route.name === 'settings'
            ? '#/settings'
            : '#/'
}

/** Asked before the route changes; it calls `leave` if and when leaving may go ahead. */
export type LeaveGuard = (leave: () => void) => void

let leaveGuard: LeaveGuard | null = null

/** A screen with unsaved work holds navigation while it asks; returns the release. */
export function holdNavigation(guard: LeaveGuard): () => void {
  leaveGuard = guard
  return () => {
    if (leaveGuard === guard) leaveGuard = null
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    let shown = window.location.hash
    const onChange = () => {
      const target = window.location.hash
      const guard = leaveGuard
      if (guard && target !== shown) {
        // Back to the screen that asks; the move happens only once it lets go.
        history.replaceState(null, '', shown || '#/')
        guard(() => {
          leaveGuard = null
          window.location.hash = target
        })
        return
      }
      shown = target
      setRoute(parseRoute(target))
    }
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}
