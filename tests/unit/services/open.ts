import { join } from 'node:path'
import { afterEach } from 'vitest'
import type { Input, MethodName, Output } from '../../../electron/contract'
import { createDispatch } from '../../../electron/host/dispatch'
import { projectRoot } from '../../../electron/host/paths'
import { openServices, type OpenedServices } from '../../../electron/services'
import { tempDir } from '../helpers'
import { text } from '../domain/lexical-json'

export type Failure = { code: string; message: string }

export type App = {
  services: OpenedServices
  dataDir: string
  /** Goes through the dispatcher, so input is validated as the renderer's would be. */
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>
  fail<M extends MethodName>(method: M, input: Input<M>): Promise<Failure>
  /** Moves the app's clock on by a minute per call: steps get distinct, ordered times. */
  tick(): void
}

const opened: OpenedServices[] = []

afterEach(() => {
  for (const s of opened.splice(0)) s.close()
})

/** A copy of the app on its own temp data dir, as on a second PC. */
export function openApp(start = '2025-07-16T01:00:00.000Z'): App {
  const dataDir = tempDir('replydesk-review-')
  let now = new Date(start).getTime()
  const services = openServices({
    dataDir,
    mode: 'cli',
    version: 'test',
    templatesDir: join(projectRoot(), 'templates'),
    now: () => new Date(now)
  })
  opened.push(services)
  const dispatch = createDispatch(services.handlers)
  return {
    services,
    dataDir,
    async call(method, input) {
      const result = await dispatch(method, input)
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
      return result.value as never
    },
    async fail(method, input) {
      const result = await dispatch(method, input)
      if (result.ok) throw new Error(`${method} was expected to fail`)
      return { code: result.error.code, message: result.error.message }
    },
    tick() {
      now += 60_000
    }
  }
}

/** A Lexical body of paragraphs; `[[id:words]]` becomes a comment mark with that id. */
export function body(...paragraphs: string[]) {
  const inline = (p: string) =>
    p
      .split(/(\[\[[\w-]+:[^\]]+\]\])/)
      .filter(Boolean)
      .map((part) => {
        const m = /^\[\[([\w-]+):([^\]]+)\]\]$/.exec(part)
        return m ? { type: 'mark', ids: [m[1]], children: [text(m[2]!)], version: 1 } : text(part)
      })
  return {
    root: {
      type: 'root' as const,
      direction: null,
      format: '',
      indent: 0,
      version: 1,
      children: paragraphs.map((p) => ({ type: 'paragraph', version: 1, children: inline(p) }))
    }
  }
}

/** What the editor does when someone comments: the comment is saved, then the body with its mark. */
export async function comment(
  app: App,
  id: string,
  commentId: string,
  text: string,
  ...paragraphs: string[]
) {
  const quote =
    new RegExp(`\\[\\[${commentId}:([^\\]]+)\\]\\]`).exec(paragraphs.join(''))?.[1] ?? ''
  await app.call('review:addComment', { id, commentId, quote, text })
  await app.call('drafts:save', { id, body: body(...paragraphs) })
}
