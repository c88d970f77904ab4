import { useEffect, useState } from 'react'

export type Route =
  | { name: 'home' }
  | { name: 'draft'; id: string }
  | { name: 'review'; id: string }
  | { name: 'reviews' }
  | { name: 'archive'; query?: string }
  | { name: 'settings' }
  | { name: 'items' }
  | { name: 'item'; id: string }
  | { name: 'items-stats' }

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
  const item = /^#\/item\/([\w-]+)/.exec(hash)
  if (item?.[1]) return { name: 'item', id: item[1] }
  if (/^#\/items\/stats\/?$/.test(hash)) return { name: 'items-stats' }
  if (/^#\/items\/?$/.test(hash)) return { name: 'items' }
  return { name: 'home' }
}

function itemsHash(route: Route): string | null {
  if (route.name === 'item') return `#/item/${route.id}`
  if (route.name === 'items') return '#/items'
  return route.name === 'items-stats' ? '#/items/stats' : null
}

export function navigate(route: Route): void {
  const items = itemsHash(route)
  if (items) {
    window.location.hash = items
    return
  }
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
