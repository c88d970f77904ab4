import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// The editor is reached one way (issue 14 item 5): features mount their plugins inside it and
// send it commands; the editor itself knows no feature.

const EDITOR = join(__dirname, '..', '..', '..', 'renderer', 'src', 'editor')
const FEATURES = join(__dirname, '..', '..', '..', 'renderer', 'src', 'features')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : []
  )
}

describe('the editor folder', () => {
  it('imports nothing from a feature', () => {
    const reaching = sources(EDITOR).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)]
        .map((m) => resolve(file, '..', m[1] as string))
        .filter((target) => !relative(FEATURES, target).startsWith('..'))
        .map((target) => `${relative(EDITOR, file)} → ${relative(FEATURES, target)}`)
    )
    expect(sources(EDITOR).length).toBeGreaterThan(5)
    expect(reaching).toEqual([])
  })
})
