import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { importCycles, importGraph, type ImportGraph } from './import-graph'

const ROOT = resolve(__dirname, '../../..')
const SERVICES = 'electron/services/'
// Cycles are looked for in the whole app, and reported when they touch these folders.
const CHECKED = [SERVICES, 'renderer/src/features/']

const appGraph = () => importGraph(ROOT, ['electron', 'renderer/src'])
const touching = (groups: string[][], dirs: readonly string[]) =>
  groups.filter((group) => group.some((file) => dirs.some((dir) => file.startsWith(dir))))

/** Each folder under dir as one node, so that imports between folders must go one way too. */
function byFolder(graph: ImportGraph, dir: string): ImportGraph {
  const node = (file: string) => {
    const rest = file.startsWith(dir) ? file.slice(dir.length).split('/') : []
    return rest.length > 1 ? `${dir}${rest[0]}/` : file
  }
  const folded: ImportGraph = new Map()
  for (const [file, targets] of graph) {
    const from = node(file)
    const to = targets.map(node).filter((t) => t !== from)
    folded.set(from, [...new Set([...(folded.get(from) ?? []), ...to])])
  }
  return folded
}

describe('import cycles', () => {
  test('electron/services and renderer/src/features import in one direction only', () => {
    const graph = appGraph()
    expect(graph.size).toBeGreaterThan(100)
    expect(touching(importCycles(graph), CHECKED)).toEqual([])
  })

  test('the folders of electron/services depend one way (drafts on review, never back)', () => {
    const folders = byFolder(appGraph(), SERVICES)
    expect(folders.get(`${SERVICES}drafts/`)).toContain(`${SERVICES}review/`)
    expect(touching(importCycles(folders), [SERVICES])).toEqual([])
  })
})

describe('the cycle finder', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  function project(files: Record<string, string>): string {
    dir = mkdtempSync(join(tmpdir(), 'cycles-'))
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true })
      writeFileSync(join(dir, name), text)
    }
    return dir
  }

  test('finds a circle through type imports, re-exports, index files and import()', () => {
    const root = project({
      'src/a.ts': "import type { B } from './b'\nexport type A = B",
      'src/b.ts': "export { c } from './deep'",
      'src/deep/index.ts': "export const c = () => import('../a')",
      'src/free.ts': "import { c } from './deep'\nimport x from 'zod'\nexport const f = [c, x]",
      'src/self.tsx': "import './self'"
    })
    expect(importCycles(importGraph(root, ['src']))).toEqual([
      ['src/a.ts', 'src/b.ts', 'src/deep/index.ts'],
      ['src/self.tsx']
    ])
  })

  test('folds folders into one node each', () => {
    const root = project({
      'src/x/a.ts': "import { b } from '../y/b'\nexport const a = b",
      'src/y/b.ts': 'export const b = 1',
      'src/y/c.ts': "import { a } from '../x/a'\nexport const c = a"
    })
    const graph = importGraph(root, ['src'])
    expect(importCycles(graph)).toEqual([])
    expect(importCycles(byFolder(graph, 'src/'))).toEqual([['src/x/', 'src/y/']])
  })

  test('a one-way chain is no cycle', () => {
    const root = project({
      'src/a.ts': "import { b } from './b'\nexport const a = b",
      'src/b.ts': "import { c } from './c'\nexport const b = c",
      'src/c.ts': 'export const c = 1'
    })
    expect(importCycles(importGraph(root, ['src']))).toEqual([])
  })
})
